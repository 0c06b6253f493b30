/**
 * A page whose scripts extend Object.prototype and Array.prototype with enumerable properties
 * (`Object.prototype.extra = 1`, `Array.prototype.extra2 = () => 0`), before the SDK is imported or after: every
 * main function returns the same JSON as in a clean process. Each case runs in its own Node process
 * (tests/calculator/hostile/sdk-calls.mjs), so the prototypes of this one stay as the runner left them.
 */
import { before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

// the fixture is plain JavaScript, read from the sources next to this file's (build/tests/calculator → tests/calculator)
const script = fileURLToPath(new URL('../../../tests/calculator/hostile/sdk-calls.mjs', import.meta.url));

type Outcome = { ok: boolean; value?: unknown; message?: string; kk?: Outcome; ru?: Outcome; en?: Outcome };
type Outcomes = Record<string, Outcome>;

async function run(mode: 'clean' | 'before' | 'after'): Promise<Outcomes> {
  const env = { ...process.env };
  delete env.NODE_OPTIONS; // the child starts clean unless its mode says otherwise
  const { stdout } = await promisify(execFile)(process.execPath, [script, mode], { env, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as Outcomes;
}

const FUNCTIONS = {
  checkEligibility: ['checkEligibility', 'checkEligibilityPartial'],
  estimateReimbursement: ['estimateReimbursement', 'estimateProcess', 'estimateUnknownField'],
  buildChecklist: ['buildChecklist'],
  trackObligation: ['trackObligation'],
  serviceDeadline: ['serviceDeadline'],
} as const;

describe('Hostile prototypes: enumerable Object.prototype.extra and Array.prototype.extra2', () => {
  let clean: Outcomes;
  const polluted: Partial<Record<'before' | 'after', Outcomes>> = {};
  before(async () => {
    [clean, polluted.before, polluted.after] = await Promise.all([run('clean'), run('before'), run('after')]);
  });

  test('the clean process computes every case, and refuses the unknown field `extend` alone', () => {
    for (const cases of Object.values(FUNCTIONS)) {
      for (const c of cases) {
        const expectOk = c !== 'estimateUnknownField';
        assert.equal(clean[c]?.ok, expectOk, `${c}: ${clean[c]?.message ?? ''}`);
        if (expectOk) for (const lang of ['kk', 'ru', 'en'] as const) assert.equal(clean[c]?.[lang]?.ok, true, `${c} in ${lang}`);
      }
    }
    assert.match(clean.estimateUnknownField!.message!, /Unknown field: extend\.$/);
  });

  for (const when of ['before', 'after'] as const) {
    for (const [fn, cases] of Object.entries(FUNCTIONS)) {
      test(`${fn} gives the same JSON, and the same texts, with the prototypes extended ${when} import`, () => {
        for (const c of cases) assert.deepEqual(polluted[when]![c], clean[c], c);
      });
    }
  }
});
