// The fast path of validation (rules/validate.ts `surelyValid`): an input it calls valid is one zod accepts, with the
// same data; and the inputs people give (the samples) take it. Otherwise zod decides and explains, as before.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  ChecklistInputSchema,
  CostLineSchema,
  EligibilityInputSchema,
  EstimateInputSchema,
  ObligationInputSchema,
  ServiceDeadlineInputSchema,
} from '@qazindustry/productivity-calculator';
// internal: the fast path is not part of the public API (the compiled test runs from build/tests/calculator)
const internal = (await import(new URL('../../../packages/calculator/dist/rules/validate.js', import.meta.url).href)) as {
  snapshot(v: unknown): unknown;
  surelyValid(schema: unknown, v: unknown): boolean;
};
const { snapshot, surelyValid } = internal;
import { SAMPLE_INPUTS } from './fixtures.js';

type Z = { safeParse(v: unknown): { success: boolean; data?: unknown } };
const SCHEMAS: [string, Z, readonly unknown[]][] = [
  ['checkEligibility', EligibilityInputSchema as unknown as Z, SAMPLE_INPUTS.checkEligibility],
  ['estimateReimbursement', EstimateInputSchema as unknown as Z, SAMPLE_INPUTS.estimateReimbursement],
  ['buildChecklist', ChecklistInputSchema as unknown as Z, SAMPLE_INPUTS.buildChecklist],
  ['trackObligation', ObligationInputSchema as unknown as Z, SAMPLE_INPUTS.trackObligation],
  ['serviceDeadline', ServiceDeadlineInputSchema as unknown as Z, SAMPLE_INPUTS.serviceDeadline],
  ['cost line', CostLineSchema as unknown as Z, SAMPLE_INPUTS.estimateReimbursement.flatMap((e) => (e as { readonly costs: readonly unknown[] }).costs)],
];

/** A value with one field somewhere replaced: how near-valid inputs look. */
const mutated = (seeds: readonly unknown[]) =>
  fc.tuple(fc.constantFrom(...seeds), fc.nat(), fc.oneof(fc.jsonValue({ maxDepth: 2 }), fc.constantFrom(undefined, null, '', '2026-02-30', '-1', '1e5', ' 12', 'constructor', [], {}))).map(([seed, at, value]) => {
    const copy = structuredClone(seed) as Record<string, unknown>;
    const paths: (string | number)[][] = [];
    const walk = (v: unknown, p: (string | number)[]) => {
      if (v && typeof v === 'object') for (const k of Object.keys(v)) { paths.push([...p, Array.isArray(v) ? Number(k) : k]); walk((v as Record<string, unknown>)[k], [...p, k]); }
    };
    walk(copy, []);
    const path = paths[at % Math.max(1, paths.length)] ?? ['extra'];
    let o: Record<string | number, unknown> = copy;
    for (const k of path.slice(0, -1)) o = o[k] as Record<string | number, unknown>;
    o[path.at(-1)!] = value;
    return copy;
  });

describe('validation: the fast path agrees with zod', () => {
  for (const [name, schema, seeds] of SCHEMAS) {
    test(`${name}: every sample takes the fast path, and zod gives the same data`, () => {
      for (const seed of seeds) {
        const input = snapshot(seed);
        assert.ok(surelyValid(schema, input), `${name}: a sample missed the fast path: ${JSON.stringify(seed)}`);
        const r = schema.safeParse(input);
        assert.ok(r.success);
        assert.equal(JSON.stringify(input), JSON.stringify(r.data));
      }
    });

    test(`${name}: an input the fast path calls valid is one zod accepts, with the same data`, () => {
      let fast = 0;
      fc.assert(
        fc.property(fc.oneof(mutated(seeds), fc.anything({ maxDepth: 3 })), (raw) => {
          let input: unknown;
          try {
            input = snapshot(raw);
          } catch {
            return; // unreadable input never reaches validation
          }
          if (!surelyValid(schema, input)) return;
          fast++;
          const r = schema.safeParse(input);
          assert.ok(r.success, `the fast path accepted what zod refuses: ${JSON.stringify(raw)}`);
          assert.equal(JSON.stringify(input), JSON.stringify(r.data));
        }),
        { numRuns: 1500 },
      );
      assert.ok(fast > 0, `${name}: no generated input took the fast path`);
    });
  }
});
