// A result stands alone: the same JSON whether zero, one or three language packs are registered (texts are read when
// formatting), a fresh deep-frozen value that shares no object with the edition data, and that no page can use to
// change a later result.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  buildChecklist,
  checkEligibility,
  CHECKLISTS,
  EDITIONS,
  estimateReimbursement,
  format,
  InputError,
  LANGS,
  serviceDeadline,
  trackObligation,
} from '@qazindustry/productivity-calculator';
import { SAMPLE_INPUTS } from './fixtures.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const FIXTURES = pathToFileURL(join(dirname(fileURLToPath(import.meta.url)), 'fixtures.js')).href;

const FUNCTIONS = {
  checkEligibility: (i: unknown) => checkEligibility(i as never),
  estimateReimbursement: (i: unknown) => estimateReimbursement(i as never),
  buildChecklist: (i: unknown) => buildChecklist(i as never),
  trackObligation: (i: unknown) => trackObligation(i as never),
  serviceDeadline: (i: unknown) => serviceDeadline(i as never),
} as const;
type Name = keyof typeof FUNCTIONS;
const NAMES = Object.keys(FUNCTIONS) as Name[];

/** Every sample input of the five functions, computed in this process (the default entry: three languages). */
function computeAll(): Record<Name, string[]> {
  return Object.fromEntries(NAMES.map((n) => [n, (SAMPLE_INPUTS[n] as readonly unknown[]).map((i) => JSON.stringify(FUNCTIONS[n](i)))])) as Record<Name, string[]>;
}

/** The same in a fresh Node process that imports `/core` and registers `langs` only. */
function computeInChild(langs: readonly string[]): { results: Record<Name, string[]>; formatted: string } {
  const script = `
    const core = await import('@qazindustry/productivity-calculator/core');
    for (const l of ${JSON.stringify(langs)}) core.registerLanguage((await import('@qazindustry/productivity-calculator/i18n/' + l)).default);
    const { SAMPLE_INPUTS } = await import(${JSON.stringify(FIXTURES)});
    const names = ${JSON.stringify(NAMES)};
    const results = Object.fromEntries(names.map((n) => [n, SAMPLE_INPUTS[n].map((i) => JSON.stringify(core[n](i)))]));
    let formatted;
    try { formatted = core.format(core[names[0]](SAMPLE_INPUTS[names[0]][0]), 'en'); } catch (e) { formatted = e.name + ':' + e.issues.map((i) => i.code).join(','); }
    process.stdout.write(JSON.stringify({ results, formatted }));
  `;
  return JSON.parse(execFileSync(process.execPath, ['--input-type=module', '-e', script], { cwd: ROOT, encoding: 'utf8' }));
}

describe('a result stands alone', () => {
  const here = computeAll();

  test('its JSON is the same from /core with no language, with Russian only, and from the default entry with three', () => {
    const none = computeInChild([]);
    const ruOnly = computeInChild(['ru']);
    for (const n of NAMES) {
      assert.ok(here[n].length >= 3, `${n}: too few samples`);
      here[n].forEach((json, i) => {
        assert.equal(none.results[n][i], json, `${n} sample ${i}: /core without languages differs`);
        assert.equal(ruOnly.results[n][i], json, `${n} sample ${i}: /core with ru differs`);
      });
    }
  });

  test('formatting in a language that is not registered is an InputError naming it, never a text with "undefined"', () => {
    assert.equal(computeInChild([]).formatted, 'InputError:lang-not-registered');
    assert.match(computeInChild(['en']).formatted, /^\S/);
    assert.doesNotMatch(computeInChild(['en']).formatted, /undefined/);
  });

  test('every sample result, formatted in kk, ru and en, holds no empty line, "undefined", "NaN", placeholder or bare message key', () => {
    for (const n of NAMES) {
      for (const input of SAMPLE_INPUTS[n] as readonly unknown[]) {
        const r = FUNCTIONS[n](input);
        for (const lang of LANGS) {
          const text = format(r as never, lang);
          assert.ok(text.length > 0);
          for (const line of text.split('\n')) assert.ok(line.trim().length > 0, `${n} ${lang}: an empty line in\n${text}`);
          assert.doesNotMatch(text, /undefined|NaN|\{\w+\}|\b[a-z]+\.[a-z-]+\b(?= |$)/, `${n} ${lang}:\n${text}`);
        }
      }
    }
  });
});

/** Every object and array reachable from `v`. */
function nodes(v: unknown, into: unknown[] = []): unknown[] {
  if (v !== null && typeof v === 'object') {
    into.push(v);
    for (const k of Object.keys(v)) nodes((v as Record<string, unknown>)[k], into);
  }
  return into;
}

/** Tries every way a page changes data: set, add and delete properties, empty and grow arrays. */
function vandalise(v: unknown): void {
  for (const node of nodes(v)) {
    const o = node as Record<string, unknown> & unknown[];
    const attempt = (f: () => void) => {
      try {
        f();
      } catch {
        // a frozen value refuses in strict mode: that is the point
      }
    };
    for (const k of Object.keys(o)) {
      attempt(() => (o[k] = typeof o[k] === 'string' ? '0.00' : Array.isArray(o[k]) ? [] : null));
      attempt(() => delete o[k]);
    }
    attempt(() => (o['extra'] = 1));
    if (Array.isArray(o)) {
      attempt(() => o.push('x'));
      attempt(() => (o.length = 0));
      attempt(() => o.splice(0));
    }
  }
}

describe('a result is a fresh, deep-frozen value; the edition data is deep-frozen', () => {
  test('every object and array of every result, and of EDITIONS and CHECKLISTS, is frozen', () => {
    for (const n of NAMES) {
      for (const input of SAMPLE_INPUTS[n] as readonly unknown[]) {
        for (const node of nodes(FUNCTIONS[n](input))) assert.ok(Object.isFrozen(node), `${n}: a node is not frozen`);
      }
    }
    for (const node of nodes(EDITIONS)) assert.ok(Object.isFrozen(node), 'an edition node is not frozen');
    for (const node of nodes(CHECKLISTS)) assert.ok(Object.isFrozen(node), 'a checklist node is not frozen');
  });

  test('no result shares an object with the edition data or with another result', () => {
    const data = new Set(nodes([EDITIONS, CHECKLISTS]));
    const seen = new Set<unknown>();
    for (const n of NAMES) {
      for (const input of SAMPLE_INPUTS[n] as readonly unknown[]) {
        for (const node of nodes(FUNCTIONS[n](input))) {
          assert.ok(!data.has(node), `${n}: a result holds an object of the edition data`);
          assert.ok(!seen.has(node), `${n}: two results share an object`);
          seen.add(node);
        }
      }
    }
  });

  test('mutating every object and array of a result, of EDITIONS and of CHECKLISTS changes no later result', () => {
    const before = computeAll();
    for (const n of NAMES) for (const input of SAMPLE_INPUTS[n] as readonly unknown[]) vandalise(FUNCTIONS[n](input));
    vandalise(EDITIONS);
    vandalise(CHECKLISTS);
    assert.deepEqual(computeAll(), before);
    // the issue's case: emptying caps[0].costTypes of one estimate leaves the next one's 40 000 000.00
    const input = { applicationDate: '2026-03-02', measure: 'process' as const, costs: [{ costType: 'tech-equipment' as const, amount: '100000000', date: '2026-01-10' }] };
    const r = estimateReimbursement(input);
    assert.throws(() => (r.caps[0]!.costTypes as string[]).splice(0), TypeError);
    assert.equal(estimateReimbursement(input).total, '40000000.00');
  });

  test('an InputError and its issues cannot be changed either', () => {
    try {
      estimateReimbursement({ applicationDate: 'x' } as never);
      assert.fail('expected an InputError');
    } catch (e) {
      assert.ok(e instanceof InputError);
      assert.ok(Object.isFrozen(e.issues) && e.issues.every((i) => Object.isFrozen(i) && Object.isFrozen(i.path)));
    }
  });
});
