import { describe, expect, it } from 'vitest';
import { DATA_VERSION, ENGINE_VERSION } from '../../lib/widgets/versions';
import { renderWidgetModel } from '../widgets/latency';
import { latencyUrl } from '../widgets/latency/state';
import { combined, provenanceOf, READER_SET } from './provenance';
import { csvCell, runCsv, runExport, runJson } from './run-download';

describe('download this run', () => {
  const run = renderWidgetModel({ ...latencyUrl.defaults(), rf: 2 }).run;
  const x = runExport(run, 'https://example.org/widgets/latency/?v=1&latency.rf=2', '2026-11-25T12:00:00.000Z');

  it('stamps engine and data versions into CSV and JSON', () => {
    expect(ENGINE_VERSION).toMatch(/^\d+\.\d+\.\d+/);
    expect(DATA_VERSION).toMatch(/^[0-9a-f]{8}$/);
    const json = JSON.parse(runJson(x));
    expect(json.engineVersion).toBe(ENGINE_VERSION);
    expect(json.dataVersion).toBe(DATA_VERSION);
    expect(json.inputs.find((i: { key: string }) => i.key === 'rf')).toMatchObject({ value: 2, status: 'reader' });
    const csv = runCsv(x);
    expect(csv).toContain(`# engine version,${ENGINE_VERSION}`);
    expect(csv).toContain('output,oneWayMs,One way,');
  });

  it('quotes cells and defuses spreadsheet formulas', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"');
    expect(csvCell(-3.5)).toBe('-3.5');
  });

  it('a computed value takes the weakest status of its inputs; the reader counts as an assumption', () => {
    const known = provenanceOf([{ status: 'known', source: 'a' }]);
    const estimated = provenanceOf([{ status: 'estimated', source: 'b' }]);
    expect(combined(known, estimated).status).toBe('estimated');
    expect(combined(known, READER_SET).status).toBe('assumed');
    expect(combined(known).status).toBe('known');
  });
});
