/**
 * The presenter's deck at build time: the union of both variants' slides in the full session's order,
 * each with the site path a participant's phone opens (without the base; the page adds it, and the
 * browser the origin it is served from) and the variants that show it.
 */

import { AGENDAS, VARIANTS, type WorkshopVariant } from '../../figures/workshop/agenda';
import { exerciseOutline, type SlideSpec, slideById } from '../../figures/workshop/slides';
import { type WidgetPicture, widgetPicture } from '../../figures/workshop/widget-pictures';
import { getChapters } from '../chapter/chapters';

export interface DeckSlide {
  spec: SlideSpec;
  /** Site path (no base) with the state a participant should land on. */
  path: string;
  variants: WorkshopVariant[];
  picture?: WidgetPicture | undefined;
}

export function slidePath(spec: SlideSpec, picture?: WidgetPicture): string {
  const s = spec.source;
  switch (s.kind) {
    case 'title':
      return '/workshop/';
    case 'section':
      return `/chapters/${s.chapter}/#${s.heading}`;
    case 'figure':
      return `/chapters/${s.chapter}/#${s.figure}`;
    case 'widget': {
      const query = (picture ?? widgetPicture(s.widget, s.preset)).query;
      return `/widgets/${s.widget}/${query ? `?${query}` : ''}`;
    }
    case 'exercise':
      return `/workshop/exercises/${exerciseOutline(s.exercise).id}/`;
  }
}

/** Slide ids in the full session's order; the short session's slides are all in it (a unit test holds this). */
export function deckSlides(): DeckSlide[] {
  const order = AGENDAS['90'].sections.flatMap((section) => section.slides);
  return order.map((id) => {
    const spec = slideById(id);
    const variants = VARIANTS.filter((v) => AGENDAS[v].sections.some((section) => section.slides.includes(id)));
    const picture = spec.source.kind === 'widget' ? widgetPicture(spec.source.widget, spec.source.preset) : undefined;
    return { spec, path: slidePath(spec, picture), variants, picture };
  });
}

/** The chapters the deck transcludes from, by slug, so a slide can render its chapter's MDX. */
export async function chaptersBySlug() {
  const chapters = await getChapters();
  return new Map(chapters.map((c) => [c.slug, c]));
}
