/**
 * `npm run bench -- quality`: Lighthouse (from npm, mobile emulation and throttling as its defaults set
 * them) over one page of each kind, the median of QUALITY_RUNS runs (3) per page, against the goals of
 * issue 18. Then the peer, How To Scale Your Model, the same way when its build is at PEER_DIR.
 * Prints figures; never passes or fails on them (the machine is shared, so timings are noisy).
 *
 * QUALITY_ONLY=landing,train runs some of our pages; QUALITY_DETAIL=1 prints, for each page, the
 * audits that lost points and where the main thread went (to find what to fix); QUALITY_SAVE=dir writes
 * each page's median-run report there as JSON (open it in the Lighthouse viewer).
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse, { type Result } from 'lighthouse';
import { CHROMIUM_PATH, chromiumLaunchOptions } from '../chromium';
import { serveBuild } from './serve-build';

const OUT_DIR = process.env.ASTRO_OUT_DIR ?? 'dist';
const PEER_DIR = resolve(process.env.PEER_DIR ?? '../peer/scaling-book/_site');
// The peer's build links everything under the base path it is published at.
const PEER_BASE = process.env.PEER_BASE ?? '/scaling-book/';
const RUNS = Math.max(1, Number(process.env.QUALITY_RUNS ?? 3) || 3);
const DETAIL = process.env.QUALITY_DETAIL === '1';
const SAVE_DIR = process.env.QUALITY_SAVE;

interface BenchPage {
  id: string;
  path: string;
  /** `noindex` pages are exempt from the SEO goal: search engines are told to leave them out. */
  noindex?: boolean;
}

const OURS: BenchPage[] = [
  { id: 'landing', path: '/' },
  { id: 'globe chapter', path: '/chapters/what-distance-costs/' },
  { id: 'widget chapter', path: '/chapters/bandwidth-and-the-wan/' },
  { id: 'train', path: '/widgets/train/' },
  { id: 'workshop', path: '/workshop/' },
  { id: 'embed', path: '/embed/latency/', noindex: true },
];

// As many of the peer's pages as of ours: its landing page and its first chapters.
const PEER: BenchPage[] = [
  { id: 'landing', path: '' },
  { id: 'roofline', path: 'roofline' },
  { id: 'tpus', path: 'tpus' },
  { id: 'sharding', path: 'sharding' },
  { id: 'transformers', path: 'transformers' },
  { id: 'training', path: 'training' },
];

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Figures {
  performance: number;
  accessibility: number;
  'best-practices': number;
  seo: number;
  cls: number;
  tbt: number;
  lcp: number;
}

const GOALS: Record<keyof Figures, { label: string; pass: (x: number) => boolean }> = {
  performance: { label: '>= 95', pass: (x) => x >= 95 },
  accessibility: { label: '100', pass: (x) => x >= 100 },
  'best-practices': { label: '100', pass: (x) => x >= 100 },
  seo: { label: '100', pass: (x) => x >= 100 },
  cls: { label: '< 0.02', pass: (x) => x < 0.02 },
  tbt: { label: '< 100 ms', pass: (x) => x < 100 },
  lcp: { label: '(shown)', pass: () => true },
};

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] ?? Number.NaN) : ((s[mid - 1] ?? 0) + (s[mid] ?? 0)) / 2;
};

function figuresOf(lhr: Result): Figures {
  const score = (id: (typeof CATEGORIES)[number]) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
  const value = (id: string) => lhr.audits[id]?.numericValue ?? Number.NaN;
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    cls: value('cumulative-layout-shift'),
    tbt: value('total-blocking-time'),
    lcp: value('largest-contentful-paint'),
  };
}

/** What lost points and what occupied the main thread, for finding the work to remove. */
function printDetail(lhr: Result): void {
  for (const id of CATEGORIES) {
    for (const ref of lhr.categories[id]?.auditRefs ?? []) {
      const audit = lhr.audits[ref.id];
      if (!audit || ref.weight === 0 || audit.score === null || audit.score >= 0.9) continue;
      console.log(`    ${id}: ${ref.id} ${audit.score} ${audit.displayValue ?? ''} ${audit.title}`);
    }
  }
  for (const id of ['bootup-time', 'mainthread-work-breakdown', 'long-tasks']) {
    const details = lhr.audits[id]?.details as { items?: Record<string, unknown>[] } | undefined;
    const rows = (details?.items ?? []).slice(0, 6).map((item) => {
      const name = String(item.url ?? item.groupLabel ?? item.group ?? '').replace(/^https?:\/\/[^/]+/, '');
      const ms = Number(item.total ?? item.duration ?? 0);
      const start = item.startTime === undefined ? '' : ` @${Math.round(Number(item.startTime))}`;
      return `${name || '(other)'} ${Math.round(ms)} ms${start}`;
    });
    if (rows.length) console.log(`    ${id}: ${rows.join(' | ')}`);
  }
}

async function audit(url: string, port: number): Promise<Result | undefined> {
  const result = await lighthouse(url, {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: [...CATEGORIES],
  });
  return result?.lhr;
}

const pad = (s: string, n: number) => s.padEnd(n);
const cell = (key: keyof Figures, x: number, exempt: boolean): string => {
  if (Number.isNaN(x)) return '—';
  const text = key === 'cls' ? x.toFixed(3) : key === 'tbt' || key === 'lcp' ? `${Math.round(x)}` : `${x}`;
  if (key === 'lcp') return text;
  if (exempt) return `${text} (exempt)`;
  return `${text} ${GOALS[key].pass(x) ? '✓' : '✗'}`;
};

const COLUMNS: (keyof Figures)[] = ['performance', 'accessibility', 'best-practices', 'seo', 'cls', 'tbt', 'lcp'];
const HEADINGS = ['perf', 'a11y', 'BP', 'SEO', 'CLS', 'TBT ms', 'LCP ms'];

function printHeader(): void {
  console.log(`${pad('page', 16)}${HEADINGS.map((h) => pad(h, 14)).join('')}`);
  console.log(`${pad('goal', 16)}${COLUMNS.map((c) => pad(GOALS[c].label, 14)).join('')}`);
}

async function benchSite(
  label: string,
  dir: string,
  base: string,
  pages: BenchPage[],
  chromePort: number,
): Promise<void> {
  const { port, close } = await serveBuild(dir, { base, gzip: true });
  try {
    console.log(`\n${label}: median of ${RUNS} run(s), Lighthouse mobile defaults, served with gzip`);
    printHeader();
    for (const page of pages) {
      const file = join(dir, page.path, 'index.html');
      const htmlFile = join(dir, `${page.path}.html`);
      if (!existsSync(file) && !existsSync(htmlFile)) {
        console.log(`${pad(page.id, 16)}not built (${page.path || '/'})`);
        continue;
      }
      const url = `http://127.0.0.1:${port}${base}${page.path.replace(/^\//, '')}`;
      const runs: { figures: Figures; lhr: Result }[] = [];
      for (let i = 0; i < RUNS; i++) {
        const lhr = await audit(url, chromePort);
        if (lhr) runs.push({ figures: figuresOf(lhr), lhr });
      }
      if (runs.length === 0) {
        console.log(`${pad(page.id, 16)}Lighthouse returned no result`);
        continue;
      }
      const row = COLUMNS.map((c) => {
        const x = median(runs.map((r) => r.figures[c]));
        return pad(cell(c, x, c === 'seo' && page.noindex === true), 14);
      });
      console.log(`${pad(page.id, 16)}${row.join('')}`);
      // The run whose performance score is the median stands for the page.
      const sorted = [...runs].sort((a, b) => a.figures.performance - b.figures.performance);
      const mid = sorted[Math.floor(sorted.length / 2)];
      if (mid && DETAIL) printDetail(mid.lhr);
      if (mid && SAVE_DIR) {
        mkdirSync(SAVE_DIR, { recursive: true });
        const name = `${label.split(' (')[0]}-${page.id}`.replace(/[^a-z0-9]+/gi, '-').toLowerCase();
        writeFileSync(join(SAVE_DIR, `${name}.json`), JSON.stringify(mid.lhr));
      }
    }
  } finally {
    close();
  }
}

export default async function (): Promise<void> {
  const only = process.env.QUALITY_ONLY?.split(',').map((s) => s.trim());
  const ours = only ? OURS.filter((p) => only.includes(p.id) || only.includes(p.path)) : OURS;
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    // The repo's flags keep Chromium off the (closed) network; Lighthouse drives it over the debug port.
    chromeFlags: ['--headless=new', ...(chromiumLaunchOptions().args ?? [])],
  });
  try {
    await benchSite(`Superfactory (${OUT_DIR})`, OUT_DIR, '/', ours, chrome.port);
    if (existsSync(join(PEER_DIR, 'index.html'))) {
      await benchSite(`How To Scale Your Model (${PEER_DIR})`, PEER_DIR, PEER_BASE, PEER, chrome.port);
    } else {
      console.log(`\npeer build not found at ${PEER_DIR} (set PEER_DIR to a built How To Scale Your Model _site)`);
    }
  } finally {
    chrome.kill();
  }
  console.log(
    '\nCLS unitless; TBT and LCP simulated (Lighthouse mobile: 4x CPU, slow 4G). A shared machine: compare runs made together.',
  );
}
