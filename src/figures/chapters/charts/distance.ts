/** Chapter 4's chart: waiting time = number of sequential waits × one delay, inside a rack and across the WAN. */
import { figureMidpoint } from '../../../lib/data';
import { flatRingAcrossSites, scenarioNic, scenario as scenarioPreset } from '../../../lib/sim';
import { latencyOverDistance } from '../../../lib/sim/link-latency';
import { param } from '../inputs';
import * as sc from '../scenario';
import { type ArticleFigureSpec, trackedChart } from './tracked-chart';

export function waitsChart(): ArticleFigureSpec {
  return trackedChart(() => {
    const wanMs = latencyOverDistance(sc.distanceKm()).oneWayMs;
    const rackMs = param('scaleUpLatencyS').value * 1000;
    const waits = [1, 10, 100, 1e3, 1e4, 1e5, 1e6];
    const gpusTwoSites = 2 * Math.round(sc.gpusPerSite().value);
    // A flat ring's waits are its 2(p-1) steps inside the sites; the WAN adds only its few crossings.
    const flatWaits = 2 * (gpusTwoSites - 1);
    const nic = scenarioNic(scenarioPreset(sc.SCENARIO_ID));
    const flat = flatRingAcrossSites({
      sites: 2,
      ranksPerSite: Math.round(sc.gpusPerSite().value),
      bytes: 1,
      intraBandwidthBytesPerS: nic ? figureMidpoint(nic) : 1e11,
      intraLatencyS: param('scaleOutLatencyS').value,
      wanBandwidthBytesPerS: sc.wanBandwidth().value,
      wanLatencyS: wanMs / 1000,
    });
    const tpWaits = 4 * sc.model().layers.value;
    return {
      kind: 'line',
      id: 'chart-waits',
      title: 'Time spent waiting: number of sequential waits × one delay',
      description:
        'Two straight lines on log–log axes: waits across the WAN cost thousands of times more than the same waits inside an NVLink rack. Marked: one hierarchical all-reduce, tensor parallelism across the WAN, and a flat ring through every GPU, whose many waits are inside the sites.',
      x: { label: 'Sequential waits', unit: 'count', scale: 'log' },
      y: { label: 'Total waiting time', unit: 'ms', scale: 'log' },
      series: [
        { label: 'Across the WAN (one-way fibre delay)', points: waits.map((n) => ({ x: n, y: n * wanMs })) },
        { label: 'Inside an NVLink rack', points: waits.map((n) => ({ x: n, y: n * rackMs })) },
      ],
      annotations: [
        { kind: 'point', x: 1, y: wanMs, label: 'Hierarchical all-reduce' },
        { kind: 'point', x: tpWaits, y: tpWaits * wanMs, label: 'Tensor parallel over WAN' },
        {
          kind: 'point',
          x: flatWaits,
          y: flat.latencyTermS * 1000,
          label: 'Flat ring, every GPU (waits inside the sites)',
        },
      ],
    };
  });
}
