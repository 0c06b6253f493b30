#!/usr/bin/env node
// Runs every test suite, after `pnpm run build` compiled the packages and the tests:
// 1. the calculator's tests on Node's test runner (closing lines "ℹ pass N" / "ℹ fail N");
// 2. the widgets' tests in headless Chromium (@web/test-runner; closing line "widgets: N passed, N failed, N skipped");
// then a closing line for the whole run. Exits non-zero if any suite failed.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const results = [];
const run = (name, cmd, args) => {
  console.log(`\n=== ${name} ===`);
  const r = spawnSync(cmd, args, { stdio: 'inherit' });
  results.push({ name, ok: r.status === 0 });
  return r.status === 0;
};

const dir = 'build/tests/calculator';
const files = readdirSync(dir).filter((f) => f.endsWith('.test.js')).map((f) => join(dir, f));
run('calculator', process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=2', ...files]);
if (run('chromium', 'bash', ['scripts/ensure-chromium.sh'])) {
  run('widgets', process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs']);
}
const failed = results.filter((r) => !r.ok).map((r) => r.name);
console.log(`\nsuites: ${results.length - failed.length} passed, ${failed.length} failed${failed.length ? ` (${failed.join(', ')})` : ''}`);
process.exit(failed.length ? 1 : 0);
