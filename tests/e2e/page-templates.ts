/**
 * The site's page templates: one entry per kind of page, the single list the page matrix and the
 * byte budgets read. A new route adds its entry here (and its budget in tests/budgets.json); a built
 * page that matches no template fails the budget test, so nothing ships outside the gates.
 */

export interface PageTemplate {
  /** Key in tests/budgets.json. */
  id: string;
  /** The one page the matrix checks for this template. */
  sample: string;
  /** Which built pages (URL paths) belong to this template. */
  matches: (path: string) => boolean;
  /** Reading pages: at most 30 KB of JavaScript before interaction, and never three.js. */
  article: boolean;
  /** The built page answers with this status (the 404 page). */
  status?: number;
  /**
   * Pages where axe needs minutes (every chapter on one page): checked at the laptop width in one theme, since
   * the same chapter markup is checked in the chapters at both widths and themes, and at 320 px here.
   */
  slow?: boolean;
}

const exact =
  (...paths: string[]) =>
  (path: string): boolean =>
    paths.includes(path);

export const PAGE_TEMPLATES: readonly PageTemplate[] = [
  { id: 'landing', sample: '/', matches: exact('/'), article: true },
  { id: 'chapter-list', sample: '/chapters/', matches: exact('/chapters/'), article: true },
  {
    id: 'chapter',
    // The globe chapter: the heaviest of the chapters (globe, latency widget).
    sample: '/chapters/what-distance-costs/',
    matches: (p) => /^\/chapters\/[^/]+\/$/.test(p),
    article: true,
  },
  // The engine appendix and the changelog are methods-like reference pages, lighter than the sample.
  {
    id: 'methods',
    sample: '/methods/',
    matches: exact('/methods/', '/methods/engine/', '/changelog/'),
    article: true,
  },
  { id: 'glossary', sample: '/glossary/', matches: exact('/glossary/'), article: true },
  { id: 'references', sample: '/references/', matches: exact('/references/'), article: true },
  { id: 'print', sample: '/print/', matches: exact('/print/'), article: true, slow: true },
  { id: 'explore-globe', sample: '/explore/globe/', matches: exact('/explore/globe/'), article: false },
  { id: 'explore-campus', sample: '/explore/campus/', matches: exact('/explore/campus/'), article: false },
  { id: 'widget-list', sample: '/widgets/', matches: exact('/widgets/'), article: false },
  {
    id: 'widget',
    sample: '/widgets/step/',
    matches: (p) => /^\/widgets\/[^/]+\/$/.test(p),
    article: false,
  },
  {
    id: 'embed',
    // The globe: the heaviest embed's first load (its three.js loads only once the reader interacts with it).
    sample: '/embed/globe/',
    matches: (p) => /^\/embed\/[^/]+\/$/.test(p),
    article: false,
  },
  {
    id: 'workshop-exercise',
    // The failures exercise: the heaviest widget template and the longest answer.
    sample: '/workshop/exercises/site-failure/',
    matches: (p) => /^\/workshop\/exercises\/([^/]+\/)?$/.test(p),
    article: false,
  },
  // Eight widget charts of SVG: axe takes minutes per width, and the phone layout is the 320 px pass's.
  {
    id: 'workshop-handout',
    sample: '/workshop/handout/',
    matches: exact('/workshop/handout/'),
    article: false,
    slow: true,
  },
  { id: 'dev-charts', sample: '/dev/charts/', matches: exact('/dev/charts/'), article: false },
  // The workshop (issue 17): the facilitator's guide reads like the article; the presenter view and its
  // notes window are tools for the room.
  { id: 'workshop-guide', sample: '/workshop/', matches: exact('/workshop/'), article: true },
  { id: 'workshop-present', sample: '/workshop/present/', matches: exact('/workshop/present/'), article: false },
  {
    id: 'workshop-notes',
    sample: '/workshop/present/notes/',
    matches: exact('/workshop/present/notes/'),
    article: false,
  },
  { id: 'not-found', sample: '/404.html', matches: exact('/404.html'), article: false, status: 404 },
];

/** The template a built page belongs to (the first that matches), or undefined. */
export function templateOf(path: string): PageTemplate | undefined {
  return PAGE_TEMPLATES.find((t) => t.matches(path));
}

/** The two widths every template is checked at: a large phone and a laptop. */
export const WIDTHS = [412, 1280] as const;
export type Width = (typeof WIDTHS)[number];
