import { describe, expect, it } from 'vitest';
import { AGENDAS, agendaSteps, VARIANTS, variantFrom } from './agenda';
import { EXERCISE_IDS } from './exercise-ids';
import { SLIDES, slideById } from './slides';

describe('workshop agenda', () => {
  it.each(VARIANTS)('the %s-minute session adds up to its length', (variant) => {
    const agenda = AGENDAS[variant];
    expect(agenda.totalMinutes).toBe(Number(variant));
    expect(agenda.sections.reduce((sum, s) => sum + s.minutes, 0)).toBe(agenda.totalMinutes);
    for (const section of agenda.sections) expect(section.minutes).toBeGreaterThan(0);
  });

  it('names only slides that exist, each once per session', () => {
    for (const variant of VARIANTS) {
      const ids = agendaSteps(variant).map((s) => s.slideId);
      expect(new Set(ids).size).toBe(ids.length);
      for (const id of ids) expect(() => slideById(id)).not.toThrow();
    }
  });

  it('shows every slide in the full session, and the short session in the same order', () => {
    const full = agendaSteps('90').map((s) => s.slideId);
    expect([...full].sort()).toEqual(SLIDES.map((s) => s.id).sort());
    const positions = agendaSteps('45').map((s) => full.indexOf(s.slideId));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
  });

  it('runs all eight exercises in the full session, in teaching order', () => {
    const exercises = agendaSteps('90').flatMap((s) => {
      const source = slideById(s.slideId).source;
      return source.kind === 'exercise' ? [source.exercise] : [];
    });
    expect(exercises).toEqual([...EXERCISE_IDS]);
  });

  it('starts each section where the previous one ends', () => {
    const steps = agendaSteps('45');
    const last = steps.at(-1);
    expect(steps[0]?.sectionStartMinutes).toBe(0);
    expect((last?.sectionStartMinutes ?? 0) + (last?.sectionMinutes ?? 0)).toBe(45);
  });

  it('reads the variant from the address, falling back to the full session', () => {
    expect(variantFrom('45')).toBe('45');
    expect(variantFrom('90')).toBe('90');
    expect(variantFrom('30')).toBe('90');
    expect(variantFrom(null)).toBe('90');
  });
});
