/** Public API of the simulation engine. Pure TypeScript: runs in Node, the browser and a Web Worker. */

export { type BandwidthNeed, MIN_WAN_BYTES_PER_S, UNLIMITED_WAN_BYTES_PER_S } from './bandwidth-solver';
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
export {
  FAILURE_POLICIES,
  type FailurePolicy,
  type FailureSimConfig,
  type FailureSimResult,
  type PolicyRun,
} from './failure-sim';
export { failureSimSchema, simulateFailures } from './failure-sim-checked';
export { FORMULA_SOURCES } from './formula-sources';
export { DEFAULT_ROUTE_FACTOR, defaultRouteFactor, fiberKmPerS, type LatLon } from './geo';
export { fiberLatencyMs, greatCircleKm, routeKm } from './geo-checked';
export { GPU_IDS, type GpuSpec, gpuSpec } from './gpu';
export { chooseLayout } from './layout-choice';
export {
  bandwidthForUtilisation,
  LOW_COMM_METHODS,
  type LowCommMethod,
  withSitesLikeTheFirst,
} from './low-comm-checked';
export {
  type MemoryOption,
  type MemorySplitInput,
  type MemorySplitResult,
  SHARDINGS,
  type SplitExchange,
  type SplitFit,
} from './memory-split';
export { memorySplit, memorySplitSchema } from './memory-split-checked';
export { type ExpertAllToAll, expertAllToAll, expertParams, type MoeInput, paramsHeldPerGpu } from './moe';
export { moeSchema } from './moe-schema';
export { PARAMS } from './params';
export { powerForGpus, powerForGpusSchema, siteCompute, siteComputeSchema } from './power-checked';
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
} from './scenario';
export { rangeOf } from './schemas';
export { siteSplit, siteSplitSchema } from './site-split-checked';
export {
  analyticStep,
  bandwidthForMfuLoss,
  simulateScenario,
  simulateStep,
  stepConfigSchema,
} from './step-checked';
export type { StepConfigInput, StepSummary } from './step-config';
export type { ItemKind, StepResult, TimelineItem, TimelineRow } from './step-sim';
export { superfactoryBuild, superfactoryBuildSchema } from './superfactory-build-checked';
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
export { memoryPerGpu, trainingFlopPerToken, transformerSchema } from './transformer-checked';
