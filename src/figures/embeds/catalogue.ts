/**
 * Every interactive a blogger can embed: each widget of the registry (so a widget added there gets its
 * /embed/<id>/ page without a line here), the globe and the campus. `statePrefix` is the URL-state view
 * id the interactive reads on its embed page; `heightPx` is the frame height the snippet and the oEmbed
 * document state before the frame reports its own (measured at 640 px wide, default state, light theme).
 */
import { WIDGETS, widgetPath } from '../widgets/registry';

export interface EmbedEntry {
  id: string;
  title: string;
  description: string;
  kind: 'widget' | 'globe' | 'campus';
  /** The full page (site path) the attribution line links to. */
  pagePath: string;
  statePrefix: string;
  heightPx: number;
}

/**
 * Content heights measured on 2026-12-01 in a 640 px column (tests/e2e/embed.spec.ts prints them), with
 * the spec's sample states; a widget without one starts at the fallback until its frame reports.
 */
const MEASURED_HEIGHT_PX: Readonly<Record<string, number>> = {
  latency: 2274,
  step: 1790,
  utilisation: 1820,
  train: 1588,
  globe: 907,
  campus: 766,
};
const FALLBACK_HEIGHT_PX = 900;

const heightOf = (id: string) => MEASURED_HEIGHT_PX[id] ?? FALLBACK_HEIGHT_PX;

export const EMBEDS: readonly EmbedEntry[] = [
  ...WIDGETS.map(
    (w): EmbedEntry => ({
      id: w.id,
      title: w.title,
      description: w.description,
      kind: 'widget',
      pagePath: widgetPath(w.id),
      statePrefix: w.id,
      heightPx: heightOf(w.id),
    }),
  ),
  {
    id: 'globe',
    title: 'The superfactory on a globe',
    description:
      'The sites on a globe, with light-in-fibre delays along schematic routes and a sandbox for a site of your own.',
    kind: 'globe',
    pagePath: '/explore/globe/',
    statePrefix: 'globe',
    heightPx: heightOf('globe'),
  },
  {
    id: 'campus',
    title: 'Inside a superfactory',
    description: 'A schematic AI campus sized by its power: halls, racks and GPUs from the engine.',
    kind: 'campus',
    pagePath: '/explore/campus/',
    statePrefix: 'campus',
    heightPx: heightOf('campus'),
  },
];

export function embedById(id: string): EmbedEntry | undefined {
  return EMBEDS.find((e) => e.id === id);
}

/** Site paths of an embed's page, its oEmbed document and its preview image. */
export const embedPath = (id: string) => `/embed/${id}/`;
export const oembedPath = (id: string) => `/embed/${id}/oembed.json`;
export const previewImagePath = (id: string) => `/embed/${id}/preview.png`;
