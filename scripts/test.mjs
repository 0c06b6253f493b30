#!/usr/bin/env node
// Runs every test suite, after `pnpm run build` compiled the packages and the tests:
// 1. the calculator's tests on Node's test runner, three times: as they are, then with Object.prototype and
//    Array.prototype extended before the SDK is imported, then after (tests/calculator/pollute-*.mjs preloads);
// 2. the widgets' tests in headless Chromium (@web/test-runner), Debian's Chromium installed when missing;
// 3. the end-to-end tests (built demo pages, strict CSP, every Storybook story) on Node's runner with playwright-core.
// Each suite's output is shown as it runs; the last line sums them up: "tests: N passed, N failed, N skipped".
import { spawn } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const totals = { passed: 0, failed: 0, skipped: 0 };
let suitesFailed = 0;

function run(name, cmd, args, count) {
  console.log(`\n=== ${name} ===`);
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      process.stdout.write(d);
      out += d;
    });
    child.on('close', (code) => {
      if (count) count(out.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ''));
      if (code !== 0) suitesFailed++;
      resolve(code === 0);
    });
  });
}

const last = (text, re) => {
  const all = [...text.matchAll(re)];
  return all.length ? Number(all.at(-1)[1]) : 0;
};

const dir = 'build/tests/calculator';
const files = readdirSync(dir).filter((f) => f.endsWith('.test.js')).map((f) => join(dir, f));
const nodeCounts = (o) => {
  totals.passed += last(o, /^ℹ pass (\d+)/gm);
  // a test that never finished (its hook failed, it timed out) is a failure, not a silence
  totals.failed += last(o, /^ℹ fail (\d+)/gm) + last(o, /^ℹ cancelled (\d+)/gm);
  totals.skipped += last(o, /^ℹ skipped (\d+)/gm);
};
const calculator = ['--test', '--test-reporter=spec', '--test-concurrency=2', ...files];
await run('calculator', process.execPath, calculator, nodeCounts);
// a page script may extend the prototypes with enumerable properties before the SDK loads or after: the whole suite
// has to pass both ways (the test files' processes inherit the --import)
for (const when of ['before', 'after']) {
  const preload = pathToFileURL(resolve(`tests/calculator/pollute-${when}.mjs`)).href;
  await run(`calculator, prototypes extended ${when} import`, process.execPath, ['--import', preload, ...calculator], nodeCounts);
}
if (await run('chromium', 'bash', ['scripts/ensure-chromium.sh'])) {
  await run('widgets', process.execPath, ['node_modules/@web/test-runner/dist/bin.js', '--config', 'web-test-runner.config.mjs'], (o) => {
    const m = [...o.matchAll(/^widgets: (\d+) passed, (\d+) failed, (\d+) skipped$/gm)].at(-1);
    if (m) {
      totals.passed += Number(m[1]);
      totals.failed += Number(m[2]);
      totals.skipped += Number(m[3]);
    } else totals.failed++;
  });
  const built =
    (await run('demo build', process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'])) &&
    (await run('storybook build', process.execPath, ['node_modules/storybook/dist/bin/dispatcher.js', 'build', '-o', 'storybook-static', '--quiet']));
  if (built) {
    const e2e = readdirSync('tests/e2e').filter((f) => f.endsWith('.test.mjs')).map((f) => join('tests/e2e', f));
    await run('end to end', process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=1', ...e2e], nodeCounts);
  } else totals.failed++;
} else totals.failed++;
if (suitesFailed && !totals.failed) totals.failed = suitesFailed;
console.log(`\ntests: ${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(suitesFailed ? 1 : 0);
