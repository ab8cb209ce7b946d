/**
 * Discrete-event simulation of one training step: 1F1B pipeline (interleaving is simulated as v·m
 * chunks of 1/v the work, which gives the interleaved bubble (p-1)/v), stage-boundary transfers
 * (inside a site, or over the WAN through one FIFO per direction), then per-stage gradient buckets:
 * reduce-scatter inside the site (NVLink domain, then NICs), all-reduce over the WAN (one FIFO shared by
 * all stages), optimizer; under ZeRO the new weights are all-gathered at the next step's start. Rows
 * are groups of identical ranks, one per (site, stage), plus one per WAN link.
 */
import {
  type StepConfigInput,
  type StepCosts,
  type StepSummary,
  stepCosts,
  summarise,
  withStepDefaults,
} from './step-config';

export type ItemKind =
  | 'forward'
  | 'backward'
  | 'bubble'
  | 'p2p'
  | 'reduce-scatter'
  | 'wan-all-reduce'
  | 'all-gather'
  | 'optimizer';

export interface TimelineItem {
  start: number;
  end: number;
  kind: ItemKind;
  bytes?: number;
}

export interface TimelineRow {
  id: string;
  label: string;
  kind: 'stage' | 'link';
  site: number;
  stage?: number;
  items: TimelineItem[];
}

export interface StepResult {
  summary: StepSummary;
  rows: TimelineRow[];
}

/** A FIFO resource: jobs start when both the job and the resource are ready. */
class Fifo {
  free = 0;
  take(ready: number, occupancyS: number): number {
    const start = Math.max(ready, this.free);
    this.free = start + occupancyS;
    return start;
  }
}

/** simulateStep without parsing: for a config bounded at the edge (step-checked.ts has the checked one). */
export function simulateStepUnchecked(input: StepConfigInput): StepResult {
  return simulateCosts(stepCosts(withStepDefaults(input)));
}

export function simulateCosts(k: StepCosts): StepResult {
  const c = k.config;
  const p = k.stages;
  const n = k.chunks;
  const fEnd = new Float64Array(p * n).fill(-1);
  const bEnd = new Float64Array(p * n).fill(-1);
  const fArrive = new Float64Array(p * n);
  const bArrive = new Float64Array(p * n);
  const wanBoundary = new Set(k.wanBoundaries);
  const fwdLinks = new Map<number, Fifo>();
  const bwdLinks = new Map<number, Fifo>();
  for (const b of k.wanBoundaries) {
    fwdLinks.set(b, new Fifo());
    bwdLinks.set(b, new Fifo());
  }
  const linkItems = new Map<number, TimelineItem[]>(k.wanBoundaries.map((b) => [b, []]));
  const wanOccupancy = k.wanP2pBytes / k.wanBytesPerS;
  let wanBytes = 0;

  // Arrival of chunk i's activation at stage s (from s-1), or of its gradient at s (from s+1).
  const arrive = (boundary: number, sentAt: number, forward: boolean): number => {
    if (!wanBoundary.has(boundary)) return sentAt + k.p2pS;
    const link = (forward ? fwdLinks : bwdLinks).get(boundary) as Fifo;
    const start = link.take(sentAt, wanOccupancy);
    wanBytes += k.wanP2pBytes;
    (linkItems.get(boundary) as TimelineItem[]).push({
      start,
      end: start + wanOccupancy,
      kind: 'p2p',
      bytes: k.wanP2pBytes,
    });
    return start + wanOccupancy + k.wanOneWayS;
  };

  // Each stage's 1F1B order: warm-up forwards, then one forward / one backward, then cool-down.
  const order: Int32Array[] = [];
  for (let s = 0; s < p; s++) {
    const ops = new Int32Array(2 * n);
    const warm = Math.min(p - s - 1, n);
    let nf = 0;
    let nb = 0;
    let j = 0;
    for (; nf < warm; nf++) ops[j++] = nf + 1;
    while (nf < n) {
      ops[j++] = ++nf;
      ops[j++] = -++nb;
    }
    while (nb < n) ops[j++] = -++nb;
    order.push(ops);
  }

  const stageItems: TimelineItem[][] = Array.from({ length: p }, () => []);
  // ZeRO-1/2: the previous step's new weights arrive bucket by bucket while the forward starts.
  const stageFree = new Float64Array(p).fill(k.allGatherLeadS);
  if (k.allGatherLeadS > 0)
    for (const items of stageItems)
      for (let j = 0; j < c.buckets; j++)
        items.push({ start: j * k.bucketAllGatherS, end: (j + 1) * k.bucketAllGatherS, kind: 'all-gather' });
  const ptr = new Int32Array(p);
  let remaining = 2 * n * p;
  while (remaining > 0) {
    let progressed = false;
    for (let s = 0; s < p; s++) {
      const ops = order[s] as Int32Array;
      while ((ptr[s] as number) < ops.length) {
        const op = ops[ptr[s] as number] as number;
        const i = Math.abs(op) - 1;
        let ready = 0;
        if (op > 0) {
          if (s > 0) {
            const sent = fEnd[(s - 1) * n + i] as number;
            if (sent < 0) break;
            ready = fArrive[s * n + i] = arrive(s, sent, true);
          }
        } else if (s < p - 1) {
          const sent = bEnd[(s + 1) * n + i] as number;
          if (sent < 0) break;
          ready = bArrive[s * n + i] = arrive(s + 1, sent, false);
        } else {
          ready = fEnd[s * n + i] as number;
        }
        const start = Math.max(ready, stageFree[s] as number);
        const dur = op > 0 ? k.forwardS : k.backwardS;
        const end = start + dur;
        if (start > (stageFree[s] as number) + 1e-12)
          (stageItems[s] as TimelineItem[]).push({ start: stageFree[s] as number, end: start, kind: 'bubble' });
        (stageItems[s] as TimelineItem[]).push({ start, end, kind: op > 0 ? 'forward' : 'backward' });
        stageFree[s] = end;
        if (op > 0) fEnd[s * n + i] = end;
        else bEnd[s * n + i] = end;
        ptr[s] = (ptr[s] as number) + 1;
        remaining--;
        progressed = true;
      }
    }
    if (!progressed) throw new Error('pipeline schedule deadlocked (engine bug)');
  }

  let pipelineEndS = 0;
  for (let s = 0; s < p; s++) pipelineEndS = Math.max(pipelineEndS, stageFree[s] as number);
  // Gradient buckets become ready while the stage's last v backward chunks run.
  const v = c.layout.interleave;
  const nb = c.buckets;
  const window = Math.min(v, n) * k.backwardS;
  const wanLink = new Fifo();
  const wanOcc = k.bucketWanBytes / k.wanBytesPerS;
  const requests: { s: number; j: number; ready: number }[] = [];
  const rsEnd = new Float64Array(p * nb);
  for (let s = 0; s < p; s++) {
    const last = stageFree[s] as number;
    const nic = new Fifo();
    for (let j = 0; j < nb; j++) {
      const ready = last - window + ((j + 1) * window) / nb;
      const start = nic.take(ready, k.bucketReduceScatterS);
      const end = start + k.bucketReduceScatterS;
      rsEnd[s * nb + j] = end;
      if (k.bucketReduceScatterS > 0) (stageItems[s] as TimelineItem[]).push({ start, end, kind: 'reduce-scatter' });
      requests.push({ s, j, ready: end });
    }
  }
  const wanEnd = new Float64Array(p * nb);
  const dpLinkItems: TimelineItem[] = [];
  if (k.bucketWanBytes > 0) {
    requests.sort((a, b) => a.ready - b.ready || a.s - b.s || a.j - b.j);
    for (const r of requests) {
      const start = wanLink.take(r.ready, wanOcc);
      const end = start + wanOcc + k.wanAllReduceLatencyS;
      wanEnd[r.s * nb + r.j] = end;
      dpLinkItems.push({ start, end, kind: 'wan-all-reduce', bytes: k.bucketWanBytes });
      (stageItems[r.s] as TimelineItem[]).push({ start, end, kind: 'wan-all-reduce', bytes: k.bucketWanBytes });
      wanBytes += c.sites * k.bucketWanBytes;
    }
  } else wanEnd.set(rsEnd);

  let stepEnd = 0;
  for (let s = 0; s < p; s++) {
    const items = stageItems[s] as TimelineItem[];
    const ag = new Fifo();
    let t = 0;
    if (k.sharding === 'none') {
      for (let j = 0; j < nb; j++) {
        const start = ag.take(wanEnd[s * nb + j] as number, k.bucketAllGatherS);
        t = start + k.bucketAllGatherS;
        if (k.bucketAllGatherS > 0) items.push({ start, end: t, kind: 'all-gather' });
      }
      items.push({ start: t, end: t + k.optimizerS, kind: 'optimizer' });
      t += k.optimizerS;
    } else {
      // ZeRO: update the local shard once its gradients are reduced; the gather of the new weights
      // belongs to the next step's start (allGatherLeadS), or to the forward itself under ZeRO-3.
      let ready = 0;
      for (let j = 0; j < nb; j++) ready = Math.max(ready, wanEnd[s * nb + j] as number);
      items.push({ start: ready, end: ready + k.optimizerS, kind: 'optimizer' });
      t = ready + k.optimizerS;
    }
    stepEnd = Math.max(stepEnd, t);
  }

  const rows: TimelineRow[] = [];
  const sitesWithAllStages = c.crossing === 'data-parallel' ? c.sites : 1;
  const stagesPerSite = c.crossing === 'data-parallel' ? p : p / c.sites;
  for (let site = 0; site < c.sites; site++) {
    for (let s = 0; s < p; s++) {
      const home = sitesWithAllStages > 1 || c.sites === 1 ? site : Math.floor(s / stagesPerSite);
      if (home !== site) continue;
      // Sites running identical replicas share one item list: same ranks, same times.
      rows.push({
        id: `site${site}-stage${s}`,
        label: `site ${site + 1} · stage ${s + 1}`,
        kind: 'stage',
        site,
        stage: s,
        items: stageItems[s] as TimelineItem[],
      });
    }
  }
  for (const [b, items] of linkItems) {
    const from = Math.floor((b - 1) / stagesPerSite);
    rows.push({
      id: `wan-${from}-${from + 1}`,
      label: `WAN site ${from + 1} ↔ ${from + 2}`,
      kind: 'link',
      site: from,
      items,
    });
  }
  if (dpLinkItems.length) {
    for (let site = 0; site < Math.max(1, c.sites - 1); site++)
      rows.push({
        id: `wan-${site}-${site + 1}`,
        label: `WAN site ${site + 1} ↔ ${site + 2}`,
        kind: 'link',
        site,
        items: dpLinkItems,
      });
  }
  return { summary: summarise(k, stepEnd, wanBytes, pipelineEndS), rows };
}
