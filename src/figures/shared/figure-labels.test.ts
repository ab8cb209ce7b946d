import { describe, expect, it } from 'vitest';
import { figureLabel } from './figure-labels';

describe('figureLabel', () => {
  it('drops the unit suffix and splits camel case', () => {
    expect(figureLabel('rackPowerKw')).toBe('Rack power');
    expect(figureLabel('campusAreaAcres')).toBe('Campus area');
    expect(figureLabel('floorAreaSqFt')).toBe('Floor area');
  });
  it('keeps acronyms', () => {
    expect(figureLabel('solarPpaMw')).toBe('Solar PPA');
    expect(figureLabel('gpusPerBuildingCount')).toBe('GPUs per building');
  });
  it('uses the fixed label where words alone would mislead', () => {
    expect(figureLabel('itPowerMw')).toBe('IT power');
    // Issue 12: the globe's cards printed "GPU scale out" here while the site table said this.
    expect(figureLabel('gpuScaleOutBytesPerS')).toBe('Network per GPU (scale-out)');
  });
});
