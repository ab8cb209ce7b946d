/**
 * Figures only the article uses: published results (DiLoCo perplexities, Gemini goodput...) and the
 * few choices of our illustrative scenario, each marked assumed. Same figure shape as the data set,
 * so they print through the same formatter and badge; loaded here, not in src/lib/data/index.ts.
 */
import { z } from 'zod';
import articleFiguresJson from '../../../content/data/article-figures.json';
import { type Figure, figureSchema, sources } from '../data';
import { DataError, parseDataFile } from '../data/validate';

const articleFiguresSchema = z
  .object({
    findings: z.record(z.string(), figureSchema),
    scenario: z.record(z.string(), figureSchema),
  })
  .strict();

export const articleFigures = parseDataFile(
  articleFiguresSchema,
  articleFiguresJson,
  'content/data/article-figures.json',
);

for (const [group, records] of Object.entries(articleFigures)) {
  for (const [name, figure] of Object.entries(records)) {
    if (!sources.has(figure.source))
      throw new DataError(
        `content/data/article-figures.json: ${group}.${name} names unknown source "${figure.source}"`,
      );
  }
}

/** `finding('dilocoInnerSteps')` or `finding('scenario.outageHours')`; a miss lists what exists. */
export function articleFigure(path: string): Figure {
  const [group, name] = path.includes('.') ? path.split('.', 2) : ['findings', path];
  const records =
    group === 'scenario' ? articleFigures.scenario : group === 'findings' ? articleFigures.findings : null;
  const figure = records && name ? records[name] : undefined;
  if (!figure) {
    const known = [
      ...Object.keys(articleFigures.findings),
      ...Object.keys(articleFigures.scenario).map((n) => `scenario.${n}`),
    ];
    throw new DataError(`Article figure "${path}" does not exist; known: ${known.sort().join(', ')}`);
  }
  return figure;
}
