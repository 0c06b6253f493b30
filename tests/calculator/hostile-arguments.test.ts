// Every exported function of the SDK, fed the arguments a hostile or careless page passes (a bad `lang`, prototype
// keys such as `constructor` and `__proto__`, `null` options, sparse arrays, getters that throw, getters that answer
// differently after validation, results that are not results): a value or an InputError, never another error, never
// a negative or NaN amount.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import * as sdk from '@qazindustry/productivity-calculator';
import { estimateReimbursement, InputError } from '@qazindustry/productivity-calculator';
import { SAMPLE_INPUTS } from './fixtures.js';

const VALID_ESTIMATE = SAMPLE_INPUTS.estimateReimbursement[0];
const VALID_RESULT = estimateReimbursement(VALID_ESTIMATE as never);

/** A line whose amount passes validation, then reads as a negative number. */
function changingLine(): object {
  let reads = 0;
  return {
    costType: 'training',
    get amount() {
      reads++;
      return reads === 1 ? '1000000.00' : '-1000000.00';
    },
    date: '2025-11-20',
  };
}

const throwing = { get applicationDate(): string { throw new Error('getter says no'); }, measure: 'digital', costs: [] };
const sparse = { ...VALID_ESTIMATE, costs: [, VALID_ESTIMATE.costs[0]] as unknown[] };
// eslint-disable-next-line no-sparse-arrays
const sparsePayments = { applicationDate: '2026-05-05', measure: 'digital', costs: [{ costType: 'digital-equipment', currency: 'EUR', payments: [, { date: '2025-01-10', amount: '1000', rate: '600.5' }] }] };
const protoKeys = JSON.parse('{"applicationDate":"2026-03-02","measure":"constructor","__proto__":{"x":1},"costs":[]}');
const proxy = new Proxy({}, { ownKeys() { throw new Error('trap'); } });

/** Arguments each function is called with: first position, second position, third. */
const FIRSTS: unknown[] = [
  undefined, null, 0, -1, NaN, '', 'constructor', '__proto__', 'toString', [], {}, Object.create(null), proxy, throwing,
  sparse, sparsePayments, protoKeys, { key: 'constructor' }, { key: '__proto__' }, { key: 'verdict.eligible', params: null },
  { key: 'verdict.eligible', params: { measure: { measure: 'constructor' } } }, { act: 'constructor' }, { kind: 'estimate' },
  { kind: 'eligibility', verdict: 'constructor' }, { ...VALID_ESTIMATE, costs: [changingLine()] }, VALID_ESTIMATE, VALID_RESULT,
  () => 0,
];
const SECONDS: unknown[] = [undefined, null, 'xx', 'constructor', '__proto__', 'ru', { editions: null }, { editions: [{}] }, { editions: 'x' }, { get editions(): never { throw new Error('no'); } }, Object.create(null), [] ];
const THIRDS: unknown[] = [undefined, null, { editions: null }, 'constructor'];

const NEGATIVE_AMOUNT = /^-\d/;
const show = (v: unknown): string => {
  try {
    return typeof v === 'string' ? JSON.stringify(v) : (JSON.stringify(v) ?? String(v)).slice(0, 80);
  } catch {
    return Object.prototype.toString.call(v);
  }
};
function scan(v: unknown, where: string, seen = new Set<unknown>()): void {
  if (typeof v === 'number') assert.ok(!Number.isNaN(v), `${where}: NaN`);
  else if (typeof v === 'string') {
    assert.ok(!/\bNaN\b/.test(v), `${where}: ${v}`);
    assert.ok(!NEGATIVE_AMOUNT.test(v), `${where}: a negative amount ${v}`);
  } else if (v && typeof v === 'object' && !seen.has(v)) {
    seen.add(v);
    for (const k of Object.keys(v)) scan((v as Record<string, unknown>)[k], `${where}.${k}`, seen);
  }
}

/** Functions that mutate the SDK's registries: called with bad arguments only (a good one would change later calls). */
const REGISTERS = new Set(['registerLanguage', 'registerAnnexTexts', 'registerEdition']);

describe('every exported function is total', () => {
  const functions = Object.entries(sdk).filter(([name, v]) => typeof v === 'function' && name !== 'InputError') as [string, (...a: unknown[]) => unknown][];

  test('the SDK exports the helpers this test must cover', () => {
    for (const name of ['format', 'formatMessage', 'formatCitation', 'formatDate', 'formatDecimal', 'formatTenge', 'formatDocText', 'editionTitle', 'interpretationText', 'sentence', 'localize', 'checkEligibility', 'estimateReimbursement', 'buildChecklist', 'trackObligation', 'serviceDeadline', 'addWorkingDays', 'isWorkingDay', 'editionFor', 'registerEdition']) {
      assert.ok(functions.some(([n]) => n === name), `${name} is not exported`);
    }
  });

  for (const [name, fn] of functions) {
    test(`${name}: a value or an InputError for every hostile argument`, () => {
      let calls = 0;
      let errors = 0;
      for (const a of FIRSTS) {
        for (const b of SECONDS) {
          for (const c of REGISTERS.has(name) ? [undefined] : THIRDS) {
            if (REGISTERS.has(name) && a === VALID_RESULT) continue;
            calls++;
            try {
              const v = fn(a, b, c);
              scan(v, name);
              // a function returned (safely) is itself total
              if (typeof v === 'function') {
                try {
                  scan((v as (...x: unknown[]) => unknown)(a, b), `${name}(…)()`);
                } catch (e) {
                  assert.ok(e instanceof InputError, `${name}(…)() threw ${show((e as Error)?.message)}`);
                }
              }
            } catch (e) {
              errors++;
              assert.ok(e instanceof InputError, `${name}(${show(a)}, ${show(b)}, ${show(c)}) threw ${(e as Error)?.name}: ${(e as Error)?.message}`);
              for (const i of e.issues) for (const l of ['kk', 'ru', 'en'] as const) assert.ok(i.message[l].length > 0);
            }
          }
        }
      }
      assert.ok(calls > 100, `${name}: ${calls} calls`);
      assert.ok(errors > 0 || name.startsWith('is') || name.startsWith('has') || ['knownEditions', 'defineEdition', 'formatPath', 'languagePack', 'localizedName'].includes(name) || name.endsWith('_OF') || name.startsWith('safe'), `${name}: no argument was refused`);
    });
  }

  test('the estimate computes from the validated copy: an amount that turns negative after validation changes nothing', () => {
    const r = estimateReimbursement({ applicationDate: '2026-03-10', measure: 'competence', costs: [changingLine()] } as never);
    assert.equal(r.total, '400000.00');
    assert.equal(r.lines[0]!.amount, '1000000.00');
  });

  test('a sparse list of costs or payments is an InputError at the hole, not a DecimalError', () => {
    for (const input of [sparse, sparsePayments]) {
      assert.throws(() => estimateReimbursement(input as never), (e: unknown) => e instanceof InputError && e.issues.some((i) => i.code === 'required'));
    }
  });

  test('prototype keys: `constructor` as a language, a message key or a measure is refused by name', () => {
    assert.throws(() => sdk.format(VALID_RESULT, 'constructor' as never), (e: unknown) => e instanceof InputError && e.issues[0]!.code === 'lang');
    assert.throws(() => sdk.formatMessage({ key: 'constructor' as never }, 'ru'), (e: unknown) => e instanceof InputError && e.issues[0]!.code === 'message-key');
    assert.throws(() => estimateReimbursement(protoKeys), (e: unknown) => e instanceof InputError && e.issues.some((i) => i.path[0] === 'measure'));
    assert.equal(sdk.editionTitle('constructor', 'ru'), 'constructor');
  });

  test('a getter that throws, and a proxy that refuses, are InputErrors named "unreadable"', () => {
    assert.throws(() => sdk.checkEligibility(throwing as never), (e: unknown) => e instanceof InputError && e.issues.some((i) => i.code === 'unreadable' && i.path[0] === 'applicationDate'));
    assert.throws(() => sdk.checkEligibility(proxy as never), (e: unknown) => e instanceof InputError && e.issues[0]!.code === 'unreadable');
  });
});
