/**
 * The one key for kinds of work and traffic on a timeline: each kind has one colour (a CSS token in
 * src/styles/tokens.css) and one fill pattern, on every chart, figure and widget. The chapter-5 figure
 * and the step widget once listed kinds in different orders and so drew reduce-scatter and the
 * pipeline bubble in the same green.
 */
import type { ItemKind } from '../sim/step-sim';
import type { HatchPattern } from './hatch';

export interface TrafficKind {
  label: string;
  /** CSS custom property with the colour, defined in tokens.css; chart.css maps `chart-traffic-<id>` to it. */
  colourToken: `--traffic-${string}`;
  pattern: HatchPattern;
}

export const TRAFFIC_KINDS = {
  forward: { label: 'Forward pass', colourToken: '--traffic-compute', pattern: 'solid' },
  backward: { label: 'Backward pass', colourToken: '--traffic-compute', pattern: 'diagonal' },
  passes: { label: 'Forward and backward passes', colourToken: '--traffic-compute', pattern: 'vertical' },
  bubble: { label: 'Idle (pipeline bubble)', colourToken: '--traffic-idle', pattern: 'dots' },
  p2p: { label: 'Stage hand-off over the WAN', colourToken: '--traffic-pipeline', pattern: 'horizontal' },
  'in-site': {
    label: 'Reduce-scatter / all-gather in the site',
    colourToken: '--traffic-in-site',
    pattern: 'back-diagonal',
  },
  'wan-all-reduce': { label: 'Gradient all-reduce over the WAN', colourToken: '--traffic-wan', pattern: 'cross' },
  optimizer: { label: 'Optimizer', colourToken: '--traffic-optimizer', pattern: 'solid' },
} as const satisfies Record<string, TrafficKind>;

export type TrafficKindId = keyof typeof TRAFFIC_KINDS;

export const TRAFFIC_KIND_IDS = Object.keys(TRAFFIC_KINDS) as TrafficKindId[];

export function isTrafficKind(id: string): id is TrafficKindId {
  return Object.hasOwn(TRAFFIC_KINDS, id);
}

/** How each kind of engine timeline item is drawn: the two in-site collectives share one kind. */
export const TRAFFIC_KIND_OF_ITEM: Record<ItemKind, TrafficKindId> = {
  forward: 'forward',
  backward: 'backward',
  bubble: 'bubble',
  p2p: 'p2p',
  'reduce-scatter': 'in-site',
  'all-gather': 'in-site',
  'wan-all-reduce': 'wan-all-reduce',
  optimizer: 'optimizer',
};

export function trafficClass(id: TrafficKindId): string {
  return `chart-traffic-${id}`;
}

/** Legend entries for these kinds, in the table's order, labels from the table. */
export function trafficLegend(ids: Iterable<TrafficKindId>): { id: TrafficKindId; label: string }[] {
  const wanted = new Set(ids);
  return TRAFFIC_KIND_IDS.filter((id) => wanted.has(id)).map((id) => ({ id, label: TRAFFIC_KINDS[id].label }));
}
