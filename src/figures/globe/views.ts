/**
 * The globe's named views: each chapter shows its own point on the same globe, with a one-line
 * caption whose figures are computed here under the read tracker (badge and sources are what the
 * computation read, never typed). Build time only: the browser gets the payload, not this module.
 *
 * - `all`: every site and link (the explore page, the embed).
 * - `sites`: the two superfactory sites and their link (chapter 1).
 * - `round-trip`: a pulse's round trip against one step of the worked example (chapter 4).
 * - `power`: estimated IT power per site (chapter 8).
 */
import { figureMidpoint, latest, links, readLocation, type Site, sites } from '../../lib/data';
import { formatFigure } from '../../lib/format';
import { greatCircleKmUnchecked } from '../../lib/sim/geo';
import { linkLatency } from '../../lib/sim/link-latency';
import { derived } from '../chapters/derived';
import { computed, type DerivedFigure } from '../chapters/derived-figure';
import * as sc from '../chapters/scenario';

export const GLOBE_VIEWS = ['all', 'sites', 'round-trip', 'power'] as const;
export type GlobeViewId = (typeof GLOBE_VIEWS)[number];

/** A caption is text and computed figures in reading order. */
export type CaptionPart = string | DerivedFigure;

export interface GlobeView {
  id: GlobeViewId;
  /** The sites this view draws (the links follow: a link is drawn when both its ends are). */
  siteIds: string[];
  /** One line saying what the view shows, or null for the plain globe. */
  caption(): CaptionPart[] | null;
  /** What a site's label adds after its name in this view (a power figure), or null. */
  siteDetail(siteId: string): string | null;
  /** The zoom it opens at, when not the globe's default: two sites ~1,000 km apart want a closer look. */
  zoom?: number;
}

const TWO_SITE_ZOOM = 3;

const superfactorySites = (): Site[] => sites.filter((s) => s.role === 'superfactory');

/** The link between the superfactory's sites: the one the chapters talk about. */
function anchorLink() {
  const ids = new Set(superfactorySites().map((s) => s.id));
  const link = links.links.find((l) => ids.has(l.from) && ids.has(l.to));
  if (!link) throw new Error('links.json: no link between the superfactory sites');
  return link;
}

function siteById(id: string): Site {
  const s = sites.find((x) => x.id === id);
  if (!s) throw new Error(`sites.json: no site "${id}"`);
  return s;
}

function anchorEnds() {
  const link = anchorLink();
  return { link, from: readLocation(siteById(link.from).location), to: readLocation(siteById(link.to).location) };
}

/** The anchor link's delays as the globe's readout shows them: its own route factor, else the default. */
function anchorLatency() {
  const { link, from, to } = anchorEnds();
  return linkLatency(from, to, link.routeFactor ? figureMidpoint(link.routeFactor) : null);
}

/** The worked example's step with the two sites joined by the estimated inter-campus bandwidth. */
const twoSiteStepS = () => sc.scenarioStep(2, sc.wanBandwidth().value).stepTimeS;

const itPower = (s: Site) => (s.figures.itPowerMw ? latest(s.figures.itPowerMw) : null);

export const viewFigures = {
  greatCircleKm: () =>
    // Only the coordinates: the straight line owes nothing to the route factor or the speed of light.
    computed(() => greatCircleKmUnchecked(anchorEnds().from, anchorEnds().to), {
      unit: 'km',
      sig: 3,
      how: 'Great-circle distance between the two sites’ coordinates.',
      method: 'great-circle',
    }),
  oneWayMs: () =>
    computed(() => anchorLatency().oneWayMs, {
      unit: 'ms',
      sig: 2,
      how: 'Great-circle distance times the link’s route factor, over the speed of light in glass.',
      method: 'fiber-latency',
    }),
  roundTripMs: () =>
    computed(() => anchorLatency().roundTripMs, {
      unit: 'ms',
      sig: 2,
      how: 'Twice the one-way delay along the estimated route.',
      method: 'fiber-latency',
    }),
  /** Chapter 5's figure: the same step, one implementation. */
  stepS: () => derived('twoSiteStepS'),
  roundTripShareOfStep: () =>
    computed(() => (100 * anchorLatency().roundTripMs) / 1000 / twoSiteStepS(), {
      unit: '%',
      sig: 2,
      how: 'One round trip between the sites divided by one step of the worked example.',
      method: 'analytic-step',
    }),
  itPowerMw: (siteId: string) =>
    computed(
      () => {
        const f = itPower(siteById(siteId));
        if (!f) throw new Error(`sites.json: ${siteId} has no itPowerMw`);
        return figureMidpoint(f);
      },
      { unit: 'MW', sig: 2, how: 'The latest estimate of the site’s IT power.', method: 'power' },
    ),
};

/** The comparison site with the largest latest IT power estimate. */
function largestComparison(): Site | undefined {
  const powerOf = (s: Site) => {
    const f = itPower(s);
    return f ? figureMidpoint(f) : -1;
  };
  const ranked = sites.filter((s) => s.role === 'comparison' && itPower(s)).sort((a, b) => powerOf(b) - powerOf(a));
  return ranked[0];
}

function powerCaption(): CaptionPart[] {
  const anchors = superfactorySites().filter((s) => itPower(s));
  const parts: CaptionPart[] = ['Latest estimated IT power: '];
  anchors.forEach((s, i) => {
    parts.push(i === 0 ? '' : ' and ', `${s.name} `, viewFigures.itPowerMw(s.id));
  });
  const top = largestComparison();
  if (top) parts.push('; the largest comparison site, ', `${top.name}, `, viewFigures.itPowerMw(top.id));
  parts.push('. Each label on the globe gives its site’s figure.');
  return parts.filter((p) => p !== '');
}

export function globeView(id: GlobeViewId = 'all'): GlobeView {
  const anchorIds = superfactorySites().map((s) => s.id);
  const allIds = sites.map((s) => s.id);
  const [a, b] = superfactorySites();
  switch (id) {
    case 'sites':
      return {
        id,
        siteIds: anchorIds,
        zoom: TWO_SITE_ZOOM,
        caption: () => [
          `${a?.name} and ${b?.name} are `,
          viewFigures.greatCircleKm(),
          ' apart in a straight line; light in fibre takes ',
          viewFigures.oneWayMs(),
          ' one way along an estimated route.',
        ],
        siteDetail: () => null,
      };
    case 'round-trip':
      return {
        id,
        siteIds: anchorIds,
        zoom: TWO_SITE_ZOOM,
        caption: () => [
          'A pulse there and back takes ',
          viewFigures.roundTripMs(),
          '; one training step of the worked example split across the two sites takes ',
          viewFigures.stepS(),
          ', so one round trip is ',
          viewFigures.roundTripShareOfStep(),
          ' of a step.',
        ],
        siteDetail: () => null,
      };
    case 'power':
      return {
        id,
        siteIds: allIds,
        caption: powerCaption,
        siteDetail(siteId) {
          const f = itPower(siteById(siteId));
          return f
            ? formatFigure({ value: figureMidpoint(f), unit: 'MW', status: f.status }, { sig: 2 }).metric.text
            : null;
        },
      };
    default:
      return { id: 'all', siteIds: allIds, caption: () => null, siteDetail: () => null };
  }
}
