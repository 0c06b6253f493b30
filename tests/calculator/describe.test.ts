/**
 * The SDK asks its own questions: describeEligibility's open questions always lead to a verdict, never repeat, and
 * never ask what cannot change the verdict; describeEstimate / describeChecklist / describeObligation give the
 * widgets the options and the relevance they used to hardcode.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import {
  checkEligibility,
  describeChecklist,
  describeEligibility,
  describeEstimate,
  describeObligation,
  MEASURES,
  type Applicant,
  type EligibilityDescription,
  type EligibilityField,
  type Measure,
  EDITIONS,
} from '@qazindustry/productivity-calculator';
import { inputIssues, issueAt } from './helpers.js';

const iso = (d: Date) => d.toISOString().slice(0, 10);
const dateArb = fc.date({ min: new Date(`${EDITIONS[0]!.inForce.from}T00:00:00Z`), max: new Date('2028-12-31T00:00:00Z'), noInvalidDate: true }).map(iso);
const amount = fc.bigInt({ min: 0n, max: 99_999_999_999_999n }).map((n) => `${n}.00`);

/** Any allowed answer to a field, "I don't know" included where the field takes it. */
function answerArb(f: EligibilityField, filing: string, withNull: boolean): fc.Arbitrary<unknown> {
  const definite = ((): fc.Arbitrary<unknown> => {
    switch (f.kind) {
      case 'yes-no-unknown': return fc.boolean();
      case 'choice': return fc.constantFrom(...f.options!.map((o) => o.value));
      case 'count': return fc.integer({ min: 0, max: 400 });
      case 'amount': return amount;
      case 'percent': return fc.oneof(fc.constantFrom('0', '49.9999', '50', '100'), fc.integer({ min: 0, max: 100 }).map(String));
      case 'date': return fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date(`${filing}T00:00:00Z`), noInvalidDate: true }).map(iso);
      case 'list': return fc.tuple(...f.keys!.map(() => amount)).map((xs) => Object.fromEntries(f.keys!.map((k, i) => [k, xs[i]])));
      default: throw new Error(`no answers for ${f.kind}`);
    }
  })();
  return withNull && f.nullable ? fc.oneof(definite, fc.constant(null)) : definite;
}

/** A few answers that stand for every case a field's check tells apart. */
function representatives(f: EligibilityField, d: EligibilityDescription): unknown[] {
  const reps = ((): unknown[] => {
    switch (f.kind) {
      case 'yes-no-unknown': return [true, false];
      case 'choice': return f.options!.map((o) => o.value);
      case 'count': return [15, 251];
      case 'amount': return ['0', '99999999999999'];
      case 'percent': return ['0', '50', '100'];
      case 'date': {
        // registered seven years before receipt (the day of: the exemption does not apply) and the day after
        const old = new Date(`${d.receiptDate}T00:00:00Z`);
        old.setUTCFullYear(old.getUTCFullYear() - 7);
        return [iso(old), iso(new Date(old.getTime() + 86_400_000))];
      }
      case 'list': return [Object.fromEntries(f.keys!.map((k, i) => [k, String(i + 1)])), Object.fromEntries(f.keys!.map((k) => [k, '1']))];
      default: return [];
    }
  })();
  return f.nullable ? [...reps, null] : reps;
}

const signature = (d: EligibilityDescription, without: string) =>
  JSON.stringify([d.verdict, d.open.filter((id) => id !== without), d.unresolved.map((u) => [u.check, u.reason])]);

interface Run { date: string; measure: Measure; seed: number }
const runArb = fc.record({ date: dateArb, measure: fc.constantFrom(...MEASURES), seed: fc.integer() });

/** Answers the first open question with arbitrary allowed values until nothing is open. */
function walk({ date, measure, seed }: Run, withNull: boolean, checkUseful: boolean) {
  const applicant: Record<string, unknown> = {};
  let d = describeEligibility({ applicationDate: date, measure, applicant: {} });
  const bound = d.fields.length + 1;
  let steps = 0;
  let s = seed;
  while (d.open.length) {
    assert.ok(++steps <= bound, `no verdict after ${bound} answers: ${JSON.stringify(applicant)}`);
    const id = d.open[0]!;
    assert.equal(applicant[id], undefined, `asks ${id} again`);
    const f = d.fields.find((x) => x.id === id)!;
    assert.equal(f.state, 'open');
    if (checkUseful) {
      const before = signature(d, id);
      const changes = representatives(f, d).some((v) => signature(describeEligibility({ applicationDate: date, measure, applicant: { ...applicant, [id]: v } as Applicant }), id) !== before);
      assert.ok(changes, `${date} ${measure}: asks ${id}, which no answer changes (answers ${JSON.stringify(applicant)})`);
    }
    const [v] = fc.sample(answerArb(f, date, withNull), { seed: s++, numRuns: 1 });
    applicant[id] = v;
    d = describeEligibility({ applicationDate: date, measure, applicant: applicant as Applicant });
  }
  assert.equal(d.verdict, checkEligibility({ applicationDate: date, measure, applicant: applicant as Applicant }).verdict);
  return { d, applicant };
}

describe('describeEligibility: the questions still open lead to a verdict (Publicodes’ "missing variables")', () => {
  test('answering the first open question, any allowed answer, any date and measure: terminates, never repeats, never asks in vain', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        const { d, applicant } = walk(run, true, true);
        if (d.verdict === 'eligible' || d.verdict === 'ineligible') return;
        // an open end only when the visitor said "I don't know", or a partial edition cannot say (Interpretation 16)
        assert.ok(d.unresolved.length > 0);
        assert.ok(d.unresolved.some((u) => u.reason !== 'not-asked'));
        for (const u of d.unresolved.filter((x) => x.reason === 'answered-unknown')) assert.ok(u.fields.every((id) => applicant[id] === null));
        if (!Object.values(applicant).includes(null)) assert.ok(d.edition.partial && d.unresolved.some((u) => u.reason === 'not-covered'));
      }),
      { numRuns: 60 },
    );
  });
  test('definite answers to every open question always reach eligible or ineligible (a partial edition: or "its source does not say")', () => {
    fc.assert(
      fc.property(runArb, (run) => {
        const { d } = walk(run, false, false);
        if (d.verdict === 'incomplete') {
          assert.equal(d.edition.partial, true, JSON.stringify(d.unresolved));
          assert.ok(d.unresolved.some((u) => u.reason === 'not-covered'));
        } else assert.ok(d.verdict === 'eligible' || d.verdict === 'ineligible');
      }),
      { numRuns: 100 },
    );
  });
  test('a failing answer ends the questions: open is empty and every unanswered field is not asked', () => {
    const d = describeEligibility({ applicationDate: '2026-03-02', measure: 'digital', applicant: { sezParticipant: true } });
    assert.equal(d.verdict, 'ineligible');
    assert.deepEqual(d.open, []);
    assert.ok(d.fields.filter((f) => f.id !== 'sezParticipant').every((f) => f.state === 'not-asked' && f.reason === 'verdict-reached'));
  });
  test('single answers that can exclude come first; tax growth (three answers to fail) comes last', () => {
    const { open } = describeEligibility({ applicationDate: '2026-03-02', measure: 'digital' });
    assert.equal(open[0], 'size');
    assert.deepEqual(open.slice(-3), ['taxExempt', 'registrationDate', 'taxPayments']);
  });
  test('the state-share holder is asked only at or above the threshold (p.3 sub-item 2)', () => {
    const holder = (share: string) => describeEligibility({ applicationDate: '2026-03-02', measure: 'process', applicant: { stateShare: share } }).fields.find((f) => f.id === 'stateShareHolderException')!;
    assert.equal(holder('49.9999').state, 'not-asked');
    assert.equal(holder('50').state, 'open');
    assert.deepEqual(holder('50').relevantWhen, [{ field: 'stateShare', atLeast: '50' }]);
  });
  test('headcount and income are asked when the size is not known; tax years follow the filing year (Interpretation 3)', () => {
    const d = describeEligibility({ applicationDate: '2026-01-05', measure: 'process', applicant: { size: null } });
    assert.ok(d.open.includes('headcount') && d.open.includes('averageAnnualIncome'));
    assert.deepEqual(d.fields.find((f) => f.id === 'taxPayments')!.keys, ['2023', '2024', '2025']);
    assert.equal(d.fields.find((f) => f.id === 'neverSmallActivity')!.reason, 'cannot-change-verdict');
  });
  test('competence does not ask the size (p.3 sub-item 1); the register is asked only from 2026-01-01; priority goods only until 2025-12-31', () => {
    const state = (date: string, m: Measure, id: string) => describeEligibility({ applicationDate: date, measure: m }).fields.find((f) => f.id === id)!.state;
    assert.equal(state('2026-03-02', 'competence', 'size'), 'not-asked');
    assert.equal(state('2025-12-31', 'process', 'inProducersRegister'), 'not-asked');
    assert.equal(state('2026-01-01', 'process', 'inProducersRegister'), 'open');
    assert.equal(state('2025-12-31', 'process', 'producesPriorityGoods'), 'open');
    assert.equal(state('2026-01-01', 'process', 'producesPriorityGoods'), 'not-asked');
  });
  test('under 2022 the silent questions are asked and marked not covered; after an answer they would exclude, only questions that can exclude remain', () => {
    const d = describeEligibility({ applicationDate: '2024-06-03', measure: 'competence' });
    assert.equal(d.fields.find((f) => f.id === 'sezParticipant')!.notCovered, true);
    assert.ok(d.open.includes('sezParticipant'));
    const after = describeEligibility({ applicationDate: '2024-06-03', measure: 'competence', applicant: { sezParticipant: true } });
    assert.deepEqual(after.open, ['size', 'stateShare', 'producesPriorityGoods']);
  });
  test('bad arguments are InputErrors', () => {
    assert.equal(issueAt(inputIssues(() => describeEligibility({ applicationDate: '2026-02-30', measure: 'digital' })), 'applicationDate').code, 'date');
    assert.equal(issueAt(inputIssues(() => describeEligibility({ applicationDate: '2026-03-02', measure: 'x' as Measure })), 'measure').code, 'choice');
  });
});

describe('describeEstimate, describeChecklist, describeObligation: what the widgets used to hardcode', () => {
  test('cost types per measure and their kind come from the edition: equipment, per diem never', () => {
    const kinds = (m: Measure, date = '2026-03-02') => Object.fromEntries(describeEstimate({ applicationDate: date, measure: m }).costTypes.map((c) => [c.costType, c.kind]));
    assert.deepEqual(kinds('process'), { 'energy-audit': 'service', 'tech-equipment': 'equipment', 'supervised-installation': 'service', installation: 'service' });
    assert.equal(kinds('competence')['per-diem'], 'never');
    assert.deepEqual(kinds('competence', '2024-06-03'), { training: 'service', 'foreign-employee': 'service' });
  });
  test('line fields: payments for equipment, an act date for services, the rate only in a foreign currency', () => {
    const d = describeEstimate({ applicationDate: '2026-03-02', measure: 'digital', costs: [{ costType: 'digital-equipment', currency: 'USD' }] });
    assert.deepEqual(d.lines[0]!.fields, ['costType', 'currency', 'payments', 'equipmentKind', 'previouslyUsed']);
    assert.deepEqual(d.line.find((f) => f.id === 'equipmentKind')!.options!.map((o) => o.value), ['3d-scanner', '3d-printer', 'wide-format-plotter', 'other']);
    const c = describeEstimate({ applicationDate: '2026-03-02', measure: 'competence', costs: [{ costType: 'accommodation' }, { costType: 'training', currency: 'EUR' }] });
    assert.deepEqual(c.lines.map((l) => l.fields), [
      ['costType', 'currency', 'amount', 'date', 'period.from', 'period.to', 'coursePeriod.from', 'coursePeriod.to', 'courseKind', 'decreeLimit'],
      ['costType', 'currency', 'amount', 'date', 'rate', 'period.from', 'period.to'],
    ]);
    assert.equal(issueAt(inputIssues(() => describeEstimate({ applicationDate: '2026-03-02', measure: 'digital', costs: [{ costType: 'training' }] })), 'costs.0.costType').code, 'cost-type-measure');
  });
  test('checklist: the cost type picks the list for process; travel and accommodation only for competence', () => {
    assert.deepEqual(describeChecklist({ applicationDate: '2026-03-02', measure: 'process' }).fields.map((f) => f.id), ['costType', 'taxExempt', 'nonResidentExecutor', 'individualEntrepreneur']);
    assert.deepEqual(describeChecklist({ applicationDate: '2026-03-02', measure: 'competence' }).fields.map((f) => f.id), ['claimsTravel', 'claimsAccommodation', 'taxExempt', 'nonResidentExecutor', 'individualEntrepreneur']);
    assert.deepEqual(describeChecklist({ applicationDate: '2024-06-03', measure: 'competence' }).fields, []);
  });
  test('obligation: the fields, the term and checkpoints, and the readings of Interpretation 0', () => {
    const d = describeObligation({ agreementDate: '2026-04-01' });
    assert.deepEqual(d.fields.map((f) => f.id), ['agreementDate', 'signingDate', 'baselineRevenue', 'measureReceivedDate', 'stateAmount', 'revenue', 'asOf', 'interpretations.baseline']);
    assert.deepEqual(d.fields.filter((f) => !f.required).map((f) => f.id), ['signingDate', 'measureReceivedDate', 'interpretations.baseline'], 'Interpretations 10 and 12: optional dates');
    assert.deepEqual([d.term.years, d.term.checkpointMonths, d.assumed], [2, 6, false]);
    assert.equal(describeObligation().assumed, true);
    assert.equal(issueAt(inputIssues(() => describeObligation({ agreementDate: '2020-01-01' })), 'agreementDate').code, 'before-first-edition');
  });
});
