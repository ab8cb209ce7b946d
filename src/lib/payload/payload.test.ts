import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scenarios as loaded } from '../data/scenarios';
import { URL_BOUND_SCHEMAS } from '../widgets/url-bounds';
import { lowCommJson, payloadJson } from './build';
import { scenarios, urlBounds } from './index';
import { LOW_COMM_FILE, PAYLOAD_FILE } from './write';

describe('the build-time payload', () => {
  it('is what the validated data gives today (run `npm run data:payload` after editing content/data)', () => {
    expect(readFileSync(PAYLOAD_FILE, 'utf8')).toBe(payloadJson());
    expect(readFileSync(LOW_COMM_FILE, 'utf8')).toBe(lowCommJson());
  });

  it('keeps every preset the loader resolves, in order, with value, status and source of each figure', () => {
    expect(scenarios.map((s) => s.id)).toEqual(loaded.map((s) => s.id));
    for (const [i, s] of scenarios.entries()) {
      const full = loaded[i];
      expect(s.wanBandwidthBytesPerS.value).toEqual(full?.wanBandwidthBytesPerS.value);
      expect(s.wanBandwidthBytesPerS.status).toBe(full?.wanBandwidthBytesPerS.status);
      expect(s.model.params.source).toBe(full?.model.params.source);
    }
  });

  it('carries the URL bounds of the widgets as the numbers their schemas allow', () => {
    for (const [key, schema] of Object.entries(URL_BOUND_SCHEMAS)) {
      const { min, max } = urlBounds[key as keyof typeof urlBounds];
      expect(schema.safeParse(min).success && schema.safeParse(max).success).toBe(true);
      expect(schema.safeParse(min - 1e-9).success || schema.safeParse(max + 1e-9).success).toBe(false);
    }
  });

  it('holds no zod and no schema: nothing in it is parsed in the browser', () => {
    const source = readFileSync(new URL('./index.ts', import.meta.url), 'utf8');
    expect(source).not.toMatch(/^import (?!type)[^;]*from 'zod'/m);
    expect(source).not.toMatch(/from '\.\.\/data'/);
  });
});
