/** Issue 10 (engine v2), the mechanics: each test fails on the engine as it was before the issue. */
import { describe, expect, it } from 'vitest';
import { latest, links, runs, sites } from '../data';
import { scenarios } from '../data/scenarios';
import { UNLIMITED_WAN_BYTES_PER_S } from './bandwidth-solver';
import { halfCollectiveS, hierarchicalAllReduce } from './collectives';
import { lowCommForStep, lowCommSchedule } from './diloco';
import { PARAMS } from './params';
import { failureDomains, jobMtbfS } from './resilience';
import { resolveScenarioId, SCENARIO_IDS, scenario, scenarioConfig } from './scenario';
import { analyticStep, parseStepConfig, simulateScenario, simulateStep } from './step-checked';
import { type StepConfigInput, stepCosts } from './step-config';
import { memoryPerGpu } from './transformer-checked';

const costsOf = (c: StepConfigInput) => stepCosts(parseStepConfig(c, 'test'));
const atlantaNic = () => {
  const series = sites.find((s) => s.id === 'fairwater-atlanta')?.figures.gpuScaleOutBytesPerS;
  if (!series) throw new Error('sites.json: fairwater-atlanta has no gpuScaleOutBytesPerS');
  return Number(latest(series).value);
};

/** 1T dense on GB200 as the old Fairwater-like preset had it: 4 micro-batches for 8 interleaved stages. */
const oldFairwater: StepConfigInput = {
  model: { params: 1e12, layers: 128, hidden: 25600, seqLen: 8192, globalBatchTokens: 64 * 2 ** 20 },
  gpu: 'gb200',
  gpus: 8 * 8 * 2048,
  layout: { tp: 8, pp: 8, dp: 2048, interleave: 4 },
  sites: 2,
  wan: { distanceKm: 1068, bandwidthBytesPerS: 1.25e13 },
};

describe('issue 10: network, hierarchy and overlap (items 1-3)', () => {
  it('a site’s own network figure wins over the hardware’s reference NIC', () => {
    const config = scenarioConfig('fairwater-100t');
    expect(config.nicBytesPerS).toBe(atlantaNic());
    expect(costsOf(config).nicBytesPerS).toBe(atlantaNic());
    expect(costsOf({ ...config, nicBytesPerS: undefined }).nicBytesPerS).toBeLessThan(atlantaNic());
  });

  it('data-parallel peers sharing an NVL72 rack reduce over NVLink before the NICs', () => {
    const k = costsOf({ ...oldFairwater, sites: 1, nicBytesPerS: atlantaNic() });
    expect(k.dpInDomain).toBe(9);
    const bucketBytes = ((1e12 / 64) * PARAMS.gradWireBytesPerValue) / 8;
    const flat = halfCollectiveS(
      2048,
      bucketBytes,
      atlantaNic() * PARAMS.collectiveBusEfficiency,
      PARAMS.scaleOutLatencyS,
    );
    // Each GPU's NIC carries 1/9 of the bytes; the NVLink phase before it costs a little back.
    expect(k.bucketReduceScatterS).toBeLessThan(flat / 4);
  });

  it('the Fairwater-like preset exposes well under 0.1 s of gradient sync, one site or two', () => {
    const two = simulateScenario('fairwater-100t', { bandwidthBytesPerS: UNLIMITED_WAN_BYTES_PER_S }).summary;
    const one = simulateScenario('fairwater-100t', { sites: 1 }).summary;
    expect(two.exposedDataParallelS).toBeLessThan(0.1);
    expect(one.exposedDataParallelS).toBeLessThan(0.1);
    // What is left exposed is tensor-parallel and stage-boundary traffic inside the rack and site.
    expect(two.exposedCommS).toBeLessThan(0.5);
    expect(analyticStep(scenarioConfig('fairwater-100t')).exposedDataParallelS).toBeLessThan(0.1);
  });

  it('ZeRO-1 gathers the new weights while the next forward runs, not after the optimizer', () => {
    const r = simulateStep({ ...oldFairwater, sites: 1, gpus: 8 * 8 * 1024, layout: { tp: 8, pp: 8, dp: 1024 } });
    const stage1 = r.rows[0]?.items ?? [];
    const firstGather = stage1.find((i) => i.kind === 'all-gather');
    const firstForward = stage1.find((i) => i.kind === 'forward');
    const optimizer = stage1.find((i) => i.kind === 'optimizer');
    expect(firstGather && firstForward && optimizer).toBeTruthy();
    expect(firstGather?.start ?? Number.NaN).toBeLessThan(firstForward?.end ?? Number.NaN);
    expect(optimizer?.end).toBeCloseTo(r.summary.stepTimeS, 9);
  });
});

describe('issue 10: memory and schedulability (item 4)', () => {
  it('caps activations in flight at the micro-batches a replica runs', () => {
    const m = (microBatches?: number) =>
      memoryPerGpu({ model: oldFairwater.model, tp: 8, pp: 8, shardRanks: 1024, microBatchTokens: 8192, microBatches });
    expect(m(4).activationsBytes).toBeCloseTo(m().activationsBytes / 2, 0);
    expect(m(4).totalBytes / 1e9).toBeGreaterThan(140);
    expect(m(4).totalBytes / 1e9).toBeLessThan(160);
  });

  it('flags a pipeline that can never fill, and an interleaved m that is not a multiple of pp', () => {
    const s = simulateStep(oldFairwater).summary;
    expect(s.microBatches).toBe(4);
    expect(s.schedulable).toBe(false);
    expect(s.problem).toMatch(/cannot fill 8 pipeline stages/);
    expect(analyticStep(oldFairwater).schedulable).toBe(false);
    const twelve = { ...oldFairwater, model: { ...oldFairwater.model, globalBatchTokens: 12 * 2048 * 8192 } };
    expect(simulateStep(twelve).summary.problem).toMatch(/multiples of the stages/);
    expect(simulateStep({ ...twelve, layout: { ...twelve.layout, interleave: 1 } }).summary.schedulable).toBe(true);
  });

  it('reports a layout that does not fit in HBM, with and without recomputation', () => {
    const huge: StepConfigInput = {
      ...oldFairwater,
      gpu: 'h100',
      gpus: 2048,
      layout: { tp: 1, pp: 1, dp: 2048 },
      sites: 1,
    };
    for (const s of [simulateStep(huge).summary, analyticStep(huge)]) {
      expect(s.fitsInMemory).toBe(false);
      expect(s.memoryPerGpuBytes).toBeGreaterThan(s.hbmBytesPerGpu);
      expect(s.memoryWithRecomputeBytes).toBeLessThan(s.memoryWithoutRecomputeBytes);
      expect(s.problem).toMatch(/HBM/);
    }
  });

  it('every preset fits in HBM and can be scheduled', () => {
    for (const id of SCENARIO_IDS) {
      const s = simulateScenario(id).summary;
      expect({ id, fits: s.fitsInMemory, schedulable: s.schedulable }).toEqual({ id, fits: true, schedulable: true });
    }
  });
});

describe('issue 10: exchanges (items 7-9)', () => {
  const h = (sites: number) =>
    hierarchicalAllReduce({
      sites,
      ranksPerSite: 8,
      bytes: 1e9,
      intraBandwidthBytesPerS: 1e11,
      intraLatencyS: 0,
      wanBandwidthBytesPerS: 1e12,
      wanLatencyS: 0.005,
    });
  it('two sites exchange directly in one one-way delay; three or more run a ring', () => {
    expect(h(2).wanAllReduceS).toBeCloseTo(0.005 + 1e9 / 1e12, 12);
    expect(h(3).wanAllReduceS).toBeCloseTo(4 * 0.005 + (4 / 3) * (1e9 / 1e12), 12);
    const k = costsOf(scenarioConfig('fairwater-100t'));
    expect(k.wanAllReduceLatencyS).toBeCloseTo(k.wanOneWayS, 15);
  });

  it('the data-parallel baseline of the low-communication schedules is simulateStep’s step', () => {
    const config = scenarioConfig('worked-example');
    const fibre = 1.25e12;
    const dp = lowCommForStep(config, { method: 'data-parallel', wanBandwidthBytesPerS: fibre });
    const withWan = simulateStep({ ...config, wan: { ...config.wan, bandwidthBytesPerS: fibre } }).summary.stepTimeS;
    const c = parseStepConfig(config, 'test');
    const alone = simulateStep({
      ...config,
      sites: 1,
      gpus: c.gpus / 2,
      layout: { ...c.layout, dp: c.layout.dp / 2 },
      model: { ...c.model, globalBatchTokens: c.model.globalBatchTokens / 2 },
      wan: { distanceKm: 0 },
    }).summary.stepTimeS;
    expect(dp.computeUtilisation).toBeCloseTo(alone / withWan, 12);
    // The old baseline left the whole exchange exposed.
    const exposed = lowCommSchedule({
      method: 'data-parallel',
      params: c.model.params,
      bytesPerValue: c.gradWireBytesPerValue ?? PARAMS.gradWireBytesPerValue,
      innerStepS: alone,
      wanBandwidthBytesPerS: fibre,
    });
    expect(dp.computeUtilisation).toBeGreaterThan(exposed.computeUtilisation);
    // DiLoCo's inner step is a site alone: it does not pay the synchronous exchange.
    const diloco = lowCommForStep(config, { method: 'diloco', wanBandwidthBytesPerS: fibre, innerStepsPerSync: 1e5 });
    expect(diloco.computeUtilisation).toBeGreaterThan(dp.computeUtilisation);
  });

  it('the gradient’s wire precision is a stated input, fp32 by default like the memory model', () => {
    expect(PARAMS.gradWireBytesPerValue).toBe(PARAMS.gradBytesPerParam);
    const config = scenarioConfig('worked-example');
    const fp32 = costsOf(config).bucketWanBytes;
    const bf16 = costsOf({ ...config, gradWireBytesPerValue: 2 }).bucketWanBytes;
    expect(fp32).toBeCloseTo(2 * bf16, 0);
  });
});

describe('issue 10: failures at the system’s granularity (item 12)', () => {
  it('a GB200 node fault takes a 4-GPU tray, a rack fault 72 GPUs; H100 hosts hold 8', () => {
    expect(failureDomains('gb200')).toEqual({ nodeGpus: 4, rackGpus: 72 });
    expect(failureDomains('h100')).toEqual({ nodeGpus: 8, rackGpus: 8 });
    const rates = { gpuFailuresPerGpuHour: 0, nodeFailuresPerNodeHour: 1e-3 };
    expect(jobMtbfS({ gpus: 72_000, gpu: 'gb200', ...rates })).toBeCloseTo(3600 / (18_000 * 1e-3), 6);
    expect(jobMtbfS({ gpus: 72_000, gpu: 'h100', ...rates })).toBeCloseTo(3600 / (9_000 * 1e-3), 6);
  });
});

describe('issue 10: presets by id', () => {
  /** Ids shared links and embeds may carry: each must keep resolving (to itself or its successor). */
  const PUBLISHED_IDS = ['worked-example', 'fairwater-100t', 'fairwater-10t', 'fairwater-1p', 'llama3-405b-split'];
  it('every id ever published resolves; retired ids map to their successor', () => {
    for (const id of PUBLISHED_IDS) expect(resolveScenarioId(id)).toBeDefined();
    expect(resolveScenarioId('llama3-405b-split')).toBe('worked-example');
    expect(simulateScenario('llama3-405b-split').summary).toEqual(simulateScenario('worked-example').summary);
    expect(() => simulateScenario('no-such-preset')).toThrow(/no preset/);
  });

  it('the worked example takes Llama 3.1 405B’s recipe from runs.json and its sites from links.json', () => {
    // The loader resolves the references (identity below); the engine reads its copy in the build-time
    // payload, which src/lib/payload/payload.test.ts holds equal to this resolution.
    const s = scenarios.find((x) => x.id === scenario('worked-example').id) as (typeof scenarios)[number];
    const run = runs.find((r) => r.id === s.run);
    const link = links.links.find((l) => l.id === s.link);
    expect(run?.id).toBe('llama-3-1-405b');
    expect(s.model.params).toBe(run?.params);
    expect(s.model.globalBatchTokens).toBe(run?.globalBatchTokens);
    expect(s.layout.dpPerSite * s.sites).toBe(run?.layout?.dp);
    expect([s.layout.tp, s.layout.pp]).toEqual([run?.layout?.tp, run?.layout?.pp]);
    expect(s.layout.interleave).toBeGreaterThan(1);
    expect([s.siteA, s.siteB]).toEqual([link?.from, link?.to]);
    expect(scenarios[0]?.id).toBe('worked-example');
  });
});
