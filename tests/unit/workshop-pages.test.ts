/**
 * What the workshop pages show, rendered as the build renders them (Astro's container, so this runs
 * before the build in `npm test`), parsed with linkedom, against the engine recomputed here.
 */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { EXERCISE_IDS } from '../../src/figures/workshop/exercise-ids';
import { exercise, settingOf } from '../../src/figures/workshop/exercises';
import ExercisePageModule from '../../src/pages/workshop/exercises/[id].astro';
import HandoutPage from '../../src/pages/workshop/handout.astro';

// A page with getStaticPaths types its props as never; the container renders it like any component.
const ExercisePage = ExercisePageModule as unknown as Parameters<AstroContainer['renderToString']>[0];

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const docOf = (html: string) => parseHTML(html).document;

/** The digits of a shown figure ("~6.8 ms", "189,720 GPUs") as a number. */
const shownNumber = (text: string) => Number(text.replace(/[^0-9.]/g, ''));

describe('the exercise pages', () => {
  it.each(EXERCISE_IDS)(
    '%s shows the engine’s value, links the widget state and hides nothing it needs',
    async (id) => {
      const ex = exercise(id);
      const doc = docOf(await container.renderToString(ExercisePage, { params: { id } }));
      const root = doc.querySelector('[data-exercise]');
      expect(root?.getAttribute('data-exercise')).toBe(id);
      expect(root?.getAttribute('data-query')).toBe(ex.run.query);
      const value = ex.answer.value as number;
      if (ex.prediction.kind === 'number') {
        expect(Number(root?.getAttribute('data-answer-value'))).toBe(value);
      } else {
        expect(root?.getAttribute('data-answer-value')).toBe(ex.answerChoice);
        const label = ex.prediction.options.find((o) => o.value === ex.answerChoice)?.label;
        expect(doc.querySelector('[data-answer-choice-label]')?.textContent).toBe(label);
      }
      // The shown figure, badge and all, is the engine's value at its stated precision.
      const figure = doc.querySelector(`[data-figure="workshop.${id}"]`);
      expect(figure?.getAttribute('data-status')).toBe(ex.answer.status);
      const metric = figure?.querySelector('.unit-metric') ?? figure?.querySelector('.num__value');
      const shown = shownNumber(metric?.textContent ?? '');
      const inShownUnit = ex.answer.as === 'GB' ? value / 1e9 : value;
      expect(shown).toBeCloseTo(Number(inShownUnit.toPrecision(ex.answer.sig)), 6);
      // Without script: the question, a link to the widget at the state, and the answer behind a disclosure.
      const link = doc.querySelector('[data-widget-link]')?.getAttribute('href') ?? '';
      expect(link).toBe(`/widgets/${ex.widget}/${ex.run.query ? `?${ex.run.query}` : ''}`);
      expect(doc.querySelector('details[data-answer]')?.hasAttribute('open')).toBe(false);
      expect(doc.querySelector('details[data-answer] a[href^="/methods/#"]')?.getAttribute('href')).toBe(
        `/methods/#${ex.method}`,
      );
      expect(doc.querySelector(`details[data-answer] a[href="/chapters/${ex.chapter}/#${ex.section}"]`)).not.toBeNull();
      // The widget waits in a template, so it neither runs nor shows its answer before the run.
      expect(doc.querySelector('sf-widget')).toBeNull();
      const template = doc.querySelector('template[data-widget-template]') as unknown as HTMLTemplateElement | null;
      expect(template?.innerHTML).toContain(`data-widget="${ex.widget}"`);
    },
  );
});

describe('the handout', () => {
  it('has one sheet per exercise, each with its picture and its setting', async () => {
    const doc = docOf(await container.renderToString(HandoutPage));
    const sheets = Array.from(doc.querySelectorAll('.handout__sheet'));
    expect(sheets).toHaveLength(EXERCISE_IDS.length);
    sheets.forEach((sheet, i) => {
      const ex = exercise(EXERCISE_IDS[i] as (typeof EXERCISE_IDS)[number]);
      expect(sheet.querySelector('h2')?.textContent).toBe(ex.title);
      expect(sheet.querySelector('.handout__picture svg')).not.toBeNull();
      expect(sheet.querySelectorAll('.setting-table tbody tr')).toHaveLength(settingOf(ex).length);
    });
  });
});
