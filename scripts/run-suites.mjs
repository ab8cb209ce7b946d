/**
 * `npm test`: the suites in order (audit, check, unit, build, e2e, base-path build), each timed, stopping at the first that
 * fails with its exit code. The times are printed at the end so CI logs show where the minutes go;
 * the whole run must stay well under 20 minutes on a 2-core machine.
 */
import { spawnSync } from 'node:child_process';

const SUITES = [
  ['audit', 'audit:prod'],
  ['check', 'check'],
  ['unit', 'test:unit'],
  ['build', 'build'],
  ['e2e', 'test:e2e'],
  ['base-path build and e2e', 'test:base'],
];

const times = [];
const report = () => {
  const total = times.reduce((sum, [, s]) => sum + s, 0);
  console.log('\nSuite times:');
  for (const [name, s] of times) console.log(`${name}: ${s.toFixed(1)} s`);
  console.log(`total: ${total.toFixed(1)} s (${(total / 60).toFixed(1)} min)`);
};

for (const [name, script] of SUITES) {
  const start = performance.now();
  const run = spawnSync('npm', ['run', script], { stdio: 'inherit' });
  times.push([name, (performance.now() - start) / 1000]);
  if (run.status !== 0) {
    report();
    console.error(`\n${name} failed (npm run ${script}, exit ${run.status ?? run.signal}); later suites not run.`);
    process.exit(run.status || 1);
  }
}
report();
