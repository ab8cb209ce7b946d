/** Public API of the simulation engine. Pure TypeScript: runs in Node, the browser and a Web Worker. */

export {
  type BandwidthNeed,
  bandwidthForMfuLoss,
  MIN_WAN_BYTES_PER_S,
  UNLIMITED_WAN_BYTES_PER_S,
} from './bandwidth-solver';
export { type LeaveOneOut, leaveOneOut } from './calibration';
export {
  type CollectiveCost,
  collectiveInputSchema,
  type FlatRingCost,
  flatRingAcrossSites,
  type HierarchicalCost,
  hierarchicalAllReduce,
  hierarchicalInputSchema,
  ringAllGather,
  ringAllReduce,
  ringReduceScatter,
  treeAllReduce,
  wanExchangeSteps,
} from './collectives';
export {
  innerStepSeconds,
  type LowCommCost,
  type LowCommForStepInput,
  type LowCommInput,
  lowCommForStep,
  lowCommSchedule,
  lowCommSchema,
  type WanSyncInput,
  wanSyncBytesPerSite,
  wanSyncSeconds,
} from './diloco';
export { type AllowedRange, SimInputError } from './errors';
export { FORMULA_SOURCES } from './formula-sources';
export {
  DEFAULT_ROUTE_FACTOR,
  defaultRouteFactor,
  fiberKmPerS,
  fiberLatencyMs,
  greatCircleKm,
  type LatLon,
  routeKm,
} from './geo';
export { GPU_IDS, type GpuSpec, gpuSpec } from './gpu';
export { chooseLayout } from './layout-choice';
export { type ExpertAllToAll, expertAllToAll, type MoeInput, moeSchema, paramsHeldPerGpu } from './moe';
export { PARAMS } from './params';
export { powerForGpus, powerForGpusSchema, siteCompute, siteComputeSchema } from './power';
export {
  failureDomains,
  goodput,
  goodputSchema,
  jobMtbfS,
  siteOutage,
  siteOutageSchema,
  youngDalyIntervalS,
} from './resilience';
export { checkRuns, GPU_HOURS_TOLERANCE, MFU_POINTS_TOLERANCE, type RunCheck } from './runs-check';
export {
  resolveScenarioId,
  SCENARIO_ALIASES,
  SCENARIO_IDS,
  type ScenarioOverrides,
  scenario,
  scenarioConfig,
  scenarioDistanceKm,
  scenarioNic,
  simulateScenario,
} from './scenario';
export { rangeOf } from './schemas';
export { analyticStep } from './step-analytic';
export { type StepConfigInput, type StepSummary, stepConfigSchema } from './step-config';
export { type ItemKind, type StepResult, simulateStep, type TimelineItem, type TimelineRow } from './step-sim';
export {
  defaultGlobalBatchTokens,
  type EstimateInterval,
  estimateTrainingRun,
  estimateTrainingRunPoint,
  stepBands,
  type TrainingRunEstimate,
  type TrainingRunEstimateWithBands,
  trainingRunSchema,
} from './training-run';
export { memoryPerGpu, trainingFlopPerToken, transformerSchema } from './transformer';
