// npm run test:e2e: the browser tests in two passes (playwright.config.ts): most specs on two workers,
// then the specs that time the main thread on one, with the machine to themselves. Both passes run
// even when the first fails, so one flaky test does not hide the rest; the exit code is the worse one.
// Arguments are passed to both passes (e.g. a file filter or --grep).
import { spawnSync } from 'node:child_process';

const args = process.argv.slice(2);
let status = 0;
for (const project of ['site', 'timing']) {
  const run = spawnSync('npx', ['playwright', 'test', `--project=${project}`, '--pass-with-no-tests', ...args], { stdio: 'inherit' });
  status = Math.max(status, run.status ?? 1);
}
process.exit(status);
