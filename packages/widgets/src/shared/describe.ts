// Reading the SDK's field descriptions (`describeEligibility`, `describeChecklist`, `describeObligation`): the
// generic grammar of `relevantWhen`, nothing of the law itself. (Task: widgets render from the SDK's descriptions.)
import type { FieldDescription } from '@qazindustry/productivity-calculator/core';

type Relevance = NonNullable<FieldDescription['relevantWhen']>[number];

function holds(r: Relevance, answers: Readonly<Record<string, unknown>>): boolean {
  const v = Object.prototype.hasOwnProperty.call(answers, r.field) ? answers[r.field] : undefined;
  if ('is' in r) return (r.is as readonly unknown[]).includes(v);
  if (v === undefined || v === null) return false;
  if ('not' in r) return !(r.not as readonly unknown[]).includes(v);
  const n = Number(String(v).replace(',', '.'));
  return Number.isFinite(n) && n >= Number(r.atLeast);
}

/** Whether a described field is relevant for the answers so far (every condition of `relevantWhen` holds). */
export function isRelevant(f: Pick<FieldDescription, 'relevantWhen'>, answers: Readonly<Record<string, unknown>>): boolean {
  return (f.relevantWhen ?? []).every((r) => holds(r, answers));
}
