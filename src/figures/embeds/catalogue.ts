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
 * Content heights of the default state (what the oEmbed document and a plain snippet show), measured on
 * 2026-12-01 in a 640 px column by tests/e2e/embed.spec.ts, which prints them and fails when a layout
 * change makes one overflow its frame or leave a blank under it. SLACK_PX keeps a pixel of font or
 * rounding difference from showing an inner scrollbar.
 */
const MEASURED_HEIGHT_PX: Readonly<Record<string, number>> = {
  latency: 2434,
  memory: 3098,
  step: 2087,
  utilisation: 2083,
  train: 1722,
  power: 2846,
  build: 3093,
  talkless: 4136,
  globe: 907,
  campus: 766,
  failures: 3712,
};
const SLACK_PX = 12;
/** A widget not measured yet starts here until its frame reports; the spec then names it. */
const FALLBACK_HEIGHT_PX = 900;

const heightOf = (id: string) => {
  const measured = MEASURED_HEIGHT_PX[id];
  return measured === undefined ? FALLBACK_HEIGHT_PX : measured + SLACK_PX;
};

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
