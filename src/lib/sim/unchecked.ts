/**
 * The engine for inputs already validated at the edge: presets checked at build time, widget state
 * bounded by its URL fields. No zod anywhere below this file, so workers and islands stay light; the
 * public, parsed API (index.ts) runs the same code after parsing.
 */

export {
  type BandwidthNeed,
  bandwidthForMfuLossUnchecked,
  MIN_WAN_BYTES_PER_S,
  UNLIMITED_WAN_BYTES_PER_S,
} from './bandwidth-solver';
export { stepBands } from './error-bands';
export { dalyGoodput, failureDomainsUnchecked, jobMtbfSUnchecked, youngDalyUnchecked } from './failure-rates';
export {
  FAILURE_POLICIES,
  type FailurePolicy,
  type FailureSimConfig,
  type FailureSimResult,
  type PolicyRun,
  simulateFailuresUnchecked,
} from './failure-sim';
export * from './geo';
export * from './link-latency';
export {
  bandwidthForUtilisationUnchecked,
  communicationReductionUnchecked,
  dataParallelStepAt,
  exposedBandwidthForUtilisation,
  LOW_COMM_DEFAULTS,
  LOW_COMM_METHODS,
  type LowCommCost,
  type LowCommMethod,
  type LowCommParams,
  type LowCommStepOptions,
  lowCommForStepUnchecked,
  lowCommParamsForStep,
  lowCommScheduleUnchecked,
  withSitesLikeTheFirst,
} from './low-comm';
export {
  type MemorySplitConfig,
  type MemorySplitResult,
  memorySplitUnchecked,
  SHARDINGS,
  type SplitExchange,
  type SplitKind,
} from './memory-split';
export { PARAMS } from './params';
export * from './scenario';
export {
  gridConnectionMw,
  type SiteSplitInput,
  type SiteSplitResult,
  SPLIT_SITE_COUNTS,
  type SplitSide,
  siteFromItPowerUnchecked,
  siteRacksFromItPowerUnchecked,
  siteSplitUnchecked,
} from './site-split';
export { analyticStepUnchecked } from './step-analytic';
export { type StepConfigInput, type StepSummary, withStepDefaults } from './step-config';
export { type ItemKind, type StepResult, simulateStepUnchecked, type TimelineRow } from './step-sim';
export {
  BUILD_CROSSINGS,
  BUILD_SITES,
  type BuildCrossing,
  type BuildPlan,
  type PlanTimes,
  ringLinks,
  type SuperfactoryBuild,
  superfactoryBuildUnchecked,
} from './superfactory-build';
export { innerStepSecondsUnchecked, wanSyncSeconds } from './wan-sync';
