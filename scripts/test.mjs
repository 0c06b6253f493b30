#!/usr/bin/env node
// Runs every test suite of the project, after `pnpm run build` compiled the calculator and the tests.
// The calculator's tests use Node's test runner, whose closing lines (ℹ pass N / ℹ fail N) CI reads.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = 'build/tests/calculator';
const files = readdirSync(dir).filter((f) => f.endsWith('.test.js')).map((f) => join(dir, f));
const run = spawnSync(process.execPath, ['--test', '--test-reporter=spec', '--test-concurrency=2', ...files], { stdio: 'inherit' });
process.exit(run.status ?? 1);
