import type { Status } from '../lib/data';

/** Words for each status: a short visible label, the spoken word, and the explanation on hover. */
export const STATUS_TEXT: Record<Status, { label: string; spoken: string; title: string }> = {
  known: {
    label: 'known',
    spoken: 'known',
    title: 'Known: published by the operator or measured by a primary source.',
  },
  estimated: {
    label: 'est.',
    spoken: 'estimated',
    title:
      'Estimated: inferred by a third party (satellite imagery, filings, analysts) or derived by us; not published by the operator.',
  },
  assumed: {
    label: 'assumed',
    spoken: 'assumed',
    title: 'Assumed: a modelling assumption, chosen where no source gives the value.',
  },
};
