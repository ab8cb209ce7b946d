/** Chapter 7, when something breaks: failure rates, checkpoints, goodput and a site going dark. */
import { failureDomains, goodput, jobMtbfS, siteOutage, youngDalyIntervalS } from '../../../lib/sim';
import { computed, computedInWords } from '../derived-figure';
import { fact, param } from '../inputs';
import * as sc from '../scenario';

/** The Llama run on its own hardware (H100): its failure rates were measured there. */
const runJob = () => ({ gpus: sc.model().gpus.value, gpu: sc.runHardware });
/** Every GPU of two Fairwater sites. */
const twoSiteJob = () => ({ gpus: 2 * sc.gpusPerSite().value, gpu: sc.SCENARIO_GPU });

function outage(policy: 'stall' | 'reducedDp') {
  return computed(
    () => {
      const hours = fact('scenario.outageHours').value;
      const r = siteOutage({ sites: 2, gpusPerSite: Math.round(sc.gpusPerSite().value), outageHours: hours });
      return r[policy].delayHours;
    },
    {
      unit: 'h',
      sig: 2,
      how:
        policy === 'stall'
          ? 'Everyone waits for the dark site, then restarts.'
          : 'The surviving site carries on at half speed, paying a reconfiguration on the way out and back.',
      method: 'site-outage',
    },
  );
}

export const failuresFigures = {
  runMtbfH: () =>
    computed(() => jobMtbfS(runJob()), {
      unit: 's',
      as: 'h',
      sig: 2,
      how: 'One over the summed failure rates of the run’s GPUs and nodes.',
      method: 'goodput',
    }),
  twoSiteGpus: () =>
    computedInWords(() => 2 * sc.gpusPerSite().value, {
      unit: 'GPUs',
      sig: 2,
      how: 'Two sites of one Fairwater building each (analyst estimate).',
      method: 'goodput',
    }),
  twoSiteMtbfS: () =>
    computed(() => jobMtbfS(twoSiteJob()), {
      unit: 's',
      sig: 2,
      how: 'Mean time between failures of a job on every GPU of two sites, counting each 4-GPU GB200 tray as a node.',
      method: 'goodput',
    }),
  twoSiteCheckpointIntervalS: () =>
    computed(
      () => youngDalyIntervalS({ checkpointCostS: param('checkpointWriteS').value, jobMtbfS: jobMtbfS(twoSiteJob()) }),
      {
        unit: 's',
        sig: 2,
        how: 'Young/Daly optimum: the square root of twice the checkpoint cost times the MTBF.',
        method: 'young-daly',
      },
    ),
  runGoodputPercent: () =>
    computed(() => 100 * goodput(runJob()).goodput, {
      unit: '%',
      sig: 2,
      how: 'Goodput of a job on the run’s GPU count with checkpoints at the Young/Daly interval.',
      method: 'goodput',
    }),
  twoSiteGoodputPercent: () =>
    computed(() => 100 * goodput(twoSiteJob()).goodput, {
      unit: '%',
      sig: 2,
      how: 'The same for every GPU of two sites.',
      method: 'goodput',
    }),
  scenarioNodeBlastGpus: () =>
    computed(() => failureDomains(sc.SCENARIO_GPU).nodeGpus, {
      unit: 'GPUs',
      sig: 2,
      how: 'GPUs on one host of the worked example’s system (a GB200 compute tray), lost together when it fails.',
      method: 'goodput',
    }),
  scenarioRackBlastGpus: () =>
    computed(() => failureDomains(sc.SCENARIO_GPU).rackGpus, {
      unit: 'GPUs',
      sig: 2,
      how: 'GPUs in one NVLink domain (a GB200 NVL72 rack), which share its switches, power and cooling.',
      method: 'goodput',
    }),
  // A checkpoint keeps weights and optimizer state; gradients are rebuilt by the next step.
  checkpointBytes: () =>
    computed(
      () => {
        const m = sc.modelStateMemory();
        return m.weightsBytes + m.optimizerBytes;
      },
      {
        unit: 'B',
        as: 'TB',
        sig: 2,
        how: 'Weights plus optimizer state of the worked example’s model.',
        method: 'memory',
      },
    ),
  checkpointWanCopyS: () =>
    computed(
      () => {
        const m = sc.modelStateMemory();
        return (m.weightsBytes + m.optimizerBytes) / sc.wanBandwidth().value;
      },
      {
        unit: 's',
        as: 'ms',
        sig: 2,
        how: 'One checkpoint sent once over the estimated Wisconsin–Atlanta link, at full rate, with nothing else on it.',
        method: 'memory',
      },
    ),
  outageStallH: () => outage('stall'),
  outageShrinkH: () => outage('reducedDp'),
};
