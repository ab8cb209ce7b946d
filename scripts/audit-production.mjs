// Audits what ships to readers (package.json "dependencies") for advisories of high severity or worse,
// and fails on one. Where the advisory service does not answer (offline machines, a registry mirror
// without the audit endpoint) it says so plainly and does not fail: an unreachable service is not a
// finding, and it is never reported as a pass.
import { spawnSync } from 'node:child_process';
import { auditVerdict } from './audit-verdict.mjs';

const run = spawnSync('npm', ['audit', '--omit=dev', '--audit-level=high', '--json'], {
  encoding: 'utf8',
  timeout: 120_000,
});
const verdict = auditVerdict({
  stdout: run.stdout ?? '',
  stderr: run.stderr ?? '',
  status: run.status,
  error: run.error,
});
for (const line of verdict.lines) console.log(line);
process.exit(verdict.outcome === 'fail' ? 1 : 0);
