import { describe, expect, it } from 'vitest';
import { figureLabel } from './globe-data';

describe('figureLabel', () => {
  it('drops the unit suffix and keeps acronyms', () => {
    expect(figureLabel('rackPowerKw')).toBe('Rack power');
    expect(figureLabel('itPowerMw')).toBe('IT power');
    expect(figureLabel('floorAreaSqFt')).toBe('Floor area');
    expect(figureLabel('gpuScaleOutBytesPerS')).toBe('GPU scale out');
    expect(figureLabel('solarPpaMw')).toBe('Solar PPA');
  });
});
