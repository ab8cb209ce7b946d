import { describe, expect, it } from 'vitest';
import { clock, driftWords, readTimer } from './timer';

describe('notes timer', () => {
  const section = { sectionStartMinutes: 10, sectionMinutes: 5 };

  it('is on plan while a section runs within its time', () => {
    expect(readTimer({ ...section, sessionSeconds: 10 * 60 + 120, sectionSeconds: 120 }).driftSeconds).toBe(0);
  });

  it('is late once a section overruns, and by the overrun', () => {
    expect(readTimer({ ...section, sessionSeconds: 10 * 60 + 420, sectionSeconds: 420 }).driftSeconds).toBe(120);
  });

  it('is early when a section starts before its planned time', () => {
    expect(readTimer({ ...section, sessionSeconds: 8 * 60 + 60, sectionSeconds: 60 }).driftSeconds).toBe(-120);
  });

  it('words the drift, with a margin for on time', () => {
    expect(driftWords(10)).toBe('On time');
    expect(driftWords(125)).toBe('2:05 late');
    expect(driftWords(-60)).toBe('1:00 early');
    expect(clock(3599)).toBe('59:59');
  });
});
