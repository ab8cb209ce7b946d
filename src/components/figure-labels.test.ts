import { describe, expect, it } from 'vitest';
import { figureLabel } from './figure-labels';

describe('figureLabel', () => {
  it('drops the unit suffix and splits camel case', () => {
    expect(figureLabel('rackPowerKw')).toBe('Rack power');
    expect(figureLabel('campusAreaAcres')).toBe('Campus area');
    expect(figureLabel('floorAreaSqFt')).toBe('Floor area');
  });
  it('uses the fixed label where words alone would mislead', () => {
    expect(figureLabel('itPowerMw')).toBe('IT power');
  });
});
