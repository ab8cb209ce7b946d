/**
 * What `npm audit --omit=dev --audit-level=high --json` said: a report (pass or fail) or no report at
 * all (the advisory service did not answer), which is neither a pass nor a failure.
 * @param {{ stdout: string, stderr: string, status: number | null, error?: Error }} run
 * @returns {{ outcome: 'pass' | 'fail' | 'not-run', lines: string[] }}
 */
export function auditVerdict(run) {
  let report;
  try {
    report = JSON.parse(run.stdout);
  } catch {
    report = undefined;
  }
  const counts = report?.metadata?.vulnerabilities;
  if (!counts) {
    const reason =
      run.error?.message ??
      report?.message ??
      (run.stderr.split('\n').find((l) => l.startsWith('npm error')) || `npm exited with ${run.status}`);
    return {
      outcome: 'not-run',
      lines: [
        `npm audit (production dependencies) could not run: ${reason}`,
        '  Production dependencies were NOT audited here. Run `npm audit --omit=dev` where the registry answers.',
      ],
    };
  }
  const summary = Object.entries(counts)
    .filter(([level]) => level !== 'total')
    .map(([level, n]) => `${n} ${level}`)
    .join(', ');
  const lines = [`npm audit (production dependencies): ${summary}.`];
  const serious = Object.entries(report.vulnerabilities ?? {}).filter(
    ([, v]) => v.severity === 'high' || v.severity === 'critical',
  );
  if ((counts.high ?? 0) + (counts.critical ?? 0) === 0) return { outcome: 'pass', lines };
  for (const [name, v] of serious) lines.push(`  ${v.severity}: ${name} ${v.range ?? ''}`.trimEnd());
  lines.push('High or critical advisories in what ships to readers: update them (`npm audit fix --omit=dev`).');
  return { outcome: 'fail', lines };
}
