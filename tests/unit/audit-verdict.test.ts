import { describe, expect, it } from 'vitest';
import { auditVerdict } from '../../scripts/audit-verdict.mjs';

const report = (counts: Record<string, number>, vulnerabilities = {}) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities, metadata: { vulnerabilities: counts } });

describe('the production audit', () => {
  it('says plainly that it could not run when the service does not answer, without failing', () => {
    const v = auditVerdict({
      stdout: JSON.stringify({
        message: '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
        statusCode: 405,
      }),
      stderr: 'npm error audit endpoint returned an error',
      status: 1,
    });
    expect(v.outcome).toBe('not-run');
    expect(v.lines.join('\n')).toMatch(/could not run: 405 Method Not Allowed[\s\S]*NOT audited/);
  });

  it('treats a timeout or no output at all the same way', () => {
    expect(
      auditVerdict({ stdout: '', stderr: '', status: null, error: new Error('spawnSync npm ETIMEDOUT') }),
    ).toMatchObject({
      outcome: 'not-run',
    });
  });

  it('passes on a report with nothing high or critical, and prints the counts', () => {
    const v = auditVerdict({
      stdout: report({ info: 0, low: 1, moderate: 2, high: 0, critical: 0, total: 3 }),
      stderr: '',
      status: 0,
    });
    expect(v).toEqual({
      outcome: 'pass',
      lines: ['npm audit (production dependencies): 0 info, 1 low, 2 moderate, 0 high, 0 critical.'],
    });
  });

  it('fails on a high advisory and names the package', () => {
    const v = auditVerdict({
      stdout: report({ low: 0, high: 1, critical: 0, total: 1 }, { three: { severity: 'high', range: '<0.188.0' } }),
      stderr: '',
      status: 1,
    });
    expect(v.outcome).toBe('fail');
    expect(v.lines).toContain('  high: three <0.188.0');
  });
});
