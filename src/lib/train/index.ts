/** Real training in the browser: a character-level MLP trained across simulated sites. No DOM. */
export {
  ALGORITHM_IDS,
  ALGORITHM_LABELS,
  type AlgorithmId,
  type AlgorithmResult,
  type DemoConfig,
  type DemoProgress,
  type DemoResult,
  runDemo,
  timeToLoss,
} from './demo';
export type { CurvePoint } from './setup';
