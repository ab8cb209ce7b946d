/**
 * The author vocabulary: the components a chapter's MDX may use without importing them, one map for
 * the chapter pages and the printable edition (as Starlight's `components.ts`), so both render a
 * chapter the same way.
 */

import GlossaryTerm from './article/GlossaryTerm.astro';
import Cite from './Cite.astro';
import ComputedNum from './ComputedNum.astro';
import EventDate from './EventDate.astro';
import Figure from './Figure.astro';
import LinkLatency from './LinkLatency.astro';
import Num from './Num.astro';
import SiteDistance from './SiteDistance.astro';
import SiteFigureTable from './SiteFigureTable.astro';
import StatusBadge from './StatusBadge.astro';
import Timeline from './Timeline.astro';

export const mdxComponents = {
  Num,
  Cite,
  Figure,
  StatusBadge,
  SiteFigureTable,
  SiteDistance,
  LinkLatency,
  EventDate,
  ComputedNum,
  Timeline,
  // Chapters need it unimported: remark-glossary-links writes it at each term's first use.
  GlossaryTerm,
};
