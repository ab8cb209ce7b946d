/**
 * Properties the real data must keep: the timeline traps of the fact sheet, the provenance rule
 * (trackers estimate, they do not know), hardware completeness, and no orphaned sources.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hardwareIdSchema } from './hardware';
import { dataset, figureAt, lookupFigure } from './index';
import { type Figure, figureMidpoint } from './provenance';

const root = join(import.meta.dirname, '../../..');
const site = (id: string) => {
  const s = dataset.sites.find((x) => x.id === id);
  if (!s) throw new Error(`no site ${id}`);
  return s;
};
const dateOf = (id: string, event: string) => site(id).timeline.find((t) => t.event === event)?.date;

describe('timeline (fact sheet traps)', () => {
  it('has Atlanta running from October 2025 and launched on 2025-11-12', () => {
    expect(dateOf('fairwater-atlanta', 'first-operation')).toBe('2025-10');
    expect(dateOf('fairwater-atlanta', 'public-launch')).toBe('2025-11-12');
  });

  it('has Wisconsin online in April 2026 and fully operational on 2026-06-23, after the launch', () => {
    expect(dateOf('fairwater-wisconsin', 'equipment-online')).toBe('2026-04');
    expect(dateOf('fairwater-wisconsin', 'fully-operational')).toBe('2026-06-23');
    expect(
      String(dateOf('fairwater-wisconsin', 'equipment-online')) > String(dateOf('fairwater-atlanta', 'public-launch')),
    ).toBe(true);
  });

  it('shows no Wisconsin IT power in force at the November 2025 launch, but Atlanta power', () => {
    const wisconsin = site('fairwater-wisconsin').figures.itPowerMw;
    const atlanta = site('fairwater-atlanta').figures.itPowerMw;
    expect(wisconsin && figureAt(wisconsin, '2025-11-12')).toBeUndefined();
    expect(atlanta && figureAt(atlanta, '2025-11-12')?.value).toBe(321);
    expect(lookupFigure('sites.fairwater-atlanta.itPowerMw', { at: '2026-06-30' }).figure.value).toBe(636);
  });
});

/** Every figure in the data set with the name of the key that holds it. */
function allFigures(): { name: string; figure: Figure }[] {
  const out: { name: string; figure: Figure }[] = [];
  const visit = (v: unknown, key: string): void => {
    if (Array.isArray(v)) for (const item of v) visit(item, key);
    else if (v && typeof v === 'object') {
      if ('value' in v && 'unit' in v && 'status' in v) out.push({ name: key, figure: v as Figure });
      else for (const [k, child] of Object.entries(v)) visit(child, k);
    }
  };
  visit([dataset.sites, dataset.hardware, dataset.links], '');
  return out;
}

describe('provenance rule', () => {
  it('marks every figure taken from a tracker dataset (Epoch AI) as estimated, never known', () => {
    const fromDatasets = allFigures().filter(({ figure }) => dataset.sources.get(figure.source)?.kind === 'dataset');
    expect(fromDatasets.length).toBeGreaterThan(5);
    for (const { name, figure } of fromDatasets)
      expect({ name, status: figure.status }).toEqual({ name, status: 'estimated' });
  });

  it('publishes no Microsoft-sourced MW figure for a Fairwater site (Microsoft has published none)', () => {
    for (const id of ['fairwater-wisconsin', 'fairwater-atlanta']) {
      for (const [name, series] of Object.entries(site(id).figures)) {
        if (!name.endsWith('Mw') || name === 'solarPpaMw') continue;
        for (const f of series) expect(f.source.startsWith('ms-'), `${id}.${name} cites ${f.source}`).toBe(false);
      }
    }
  });

  it('keeps the AI WAN fibre figure in published miles with a note that it is US-wide', () => {
    const miles = lookupFigure('links.wan.dedicatedFiberMiles').figure;
    expect(miles.unit).toBe('mi');
    expect(miles.note).toMatch(/US-wide/);
    expect(miles.note).toMatch(/NOT the Atlanta-Wisconsin link/);
  });
});

describe('hardware', () => {
  it('has exactly one record per id of the schema enum', () => {
    expect(dataset.hardware.map((h) => h.id).sort()).toEqual([...hardwareIdSchema.options].sort());
  });

  it('has the bandwidth ladder every accelerator obeys: HBM > scale-up > scale-out, all per direction', () => {
    for (const h of dataset.hardware) {
      const hbm = h.hbmBandwidthBytesPerS ? figureMidpoint(h.hbmBandwidthBytesPerS) : Number.POSITIVE_INFINITY;
      const up = figureMidpoint(h.scaleUpBytesPerS);
      const out = figureMidpoint(h.scaleOutBytesPerS);
      expect({ id: h.id, ladder: hbm > up && up > out }).toEqual({ id: h.id, ladder: true });
    }
  });

  it('notes the conversion wherever a vendor quoted a sparse or bidirectional figure', () => {
    for (const h of dataset.hardware) {
      const note = h.scaleUpBytesPerS.note ?? '';
      if (/bidirectional/i.test(note)) expect(note, h.id).toMatch(/half|halved/);
    }
    // NVLink 5 is 1.8 TB/s bidirectional: the stored per-direction value must be half of it.
    expect(lookupFigure('hardware.gb200.scaleUpBytesPerS').figure.value).toBe(900e9);
    expect(lookupFigure('hardware.h100.denseBf16FlopPerS').figure.value).toBe(989e12);
  });
});

describe('sources', () => {
  /**
   * Kept though no figure cites them yet: the chapters or the methods page are expected to cite
   * them by <Cite id>. Every entry must exist and must really be unreferenced, so the list cannot rot.
   */
  const ALLOWED_UNREFERENCED = new Set(['semianalysis-multi-dc-2024']);

  /**
   * The source files this room owns. sources/science.json belongs to the engine and is cited from
   * runs and model parameters still being written, so it is left to that room's own check.
   */
  const OWN_SOURCE_FILES = ['hardware.json', 'industry.json', 'superfactory.json'];
  const ownIds = OWN_SOURCE_FILES.flatMap((f) =>
    (JSON.parse(readFileSync(join(root, 'content/data/sources', f), 'utf8')) as { id: string }[]).map((s) => s.id),
  );

  function referencedIds(): Set<string> {
    const text = [
      ...readdirSync(join(root, 'content/data'))
        .filter((f) => f.endsWith('.json'))
        .map((f) => readFileSync(join(root, 'content/data', f), 'utf8')),
      ...readdirSync(join(root, 'content/chapters'))
        .filter((f) => f.endsWith('.mdx'))
        .map((f) => readFileSync(join(root, 'content/chapters', f), 'utf8')),
    ].join('\n');
    return new Set([...dataset.sources.keys()].filter((id) => text.includes(`"${id}"`)));
  }

  it('has every source cited by some data file or chapter, or explicitly allowed', () => {
    const used = referencedIds();
    expect(ownIds.length).toBeGreaterThan(40);
    const orphans = ownIds.filter((id) => !used.has(id) && !ALLOWED_UNREFERENCED.has(id));
    expect(orphans).toEqual([]);
  });

  it('allows only sources that exist and are not already cited', () => {
    const used = referencedIds();
    for (const id of ALLOWED_UNREFERENCED) {
      expect(ownIds.includes(id), id).toBe(true);
      expect(used.has(id), `${id} is cited now: drop it from the allow-list`).toBe(false);
    }
  });

  // Our own pages (kind "derived") are site paths, so they follow the base path; every other source is https.
  it('links every source over https, or to a page of this site', () => {
    for (const s of dataset.sources.values()) {
      expect(s.url, s.id).toMatch(s.kind === 'derived' ? /^(https:\/\/|\/(?!\/))/ : /^https:\/\//);
    }
  });
});
