/**
 * RULES.md Interpretations 15 (priority goods end with their documents on 2026-01-01) and 16 (a partial edition's
 * silence is never a pass), at their boundaries.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { checkEligibility, type Applicant, type Measure } from '@qazindustry/productivity-calculator';
import { inputIssues, issueAt } from './helpers.js';

const all2026: Applicant = {
  size: 'small', stateShare: '0', sezParticipant: false, unrepaidBreach: false, industrialInnovativeSubject: true, taxExempt: true,
  inProducersRegister: true, otherBudgetFunding: false, courtBan: false, personalDataConsent: true,
};
const elig = (applicant: Applicant, applicationDate: string, measure: Measure = 'process', extra: object = {}) =>
  checkEligibility({ applicationDate, measure, applicant, ...extra });
const check = (r: ReturnType<typeof elig>, id: string) => r.checks.find((c) => c.id === id)!;

describe('Interpretation 15: priority goods until 2025-12-31, not asked from 2026-01-01', () => {
  test('a "no" fails on 2025-12-31, citing the priority-goods document item of the measure’s annex', () => {
    const r = elig({ producesPriorityGoods: false }, '2025-12-31', 'digital');
    const c = check(r, 'p13-priority-goods');
    assert.equal(c.status, 'fail');
    assert.deepEqual([c.citation.annex, c.citation.item, c.citation.subItem, c.citation.line], ['5-1', '8', '5', 970]);
    assert.equal(r.verdict, 'ineligible');
  });
  test('each measure cites its own annex item (Annex 3 sub-item 7, Annex 4 sub-item 7, Annex 5 sub-item 7)', () => {
    const cite = (m: Measure) => check(elig({ producesPriorityGoods: false }, '2025-12-30', m), 'p13-priority-goods').citation;
    assert.deepEqual((['competence', 'process', 'organization'] as const).map((m) => [cite(m).annex, cite(m).subItem]), [['3', '7'], ['4', '7'], ['5', '7']]);
  });
  test('on 2026-01-01 and the day after the check is not applicable, citing Interpretation 15', () => {
    for (const d of ['2026-01-01', '2026-01-02']) {
      const c = check(elig({ producesPriorityGoods: false }, d), 'p13-priority-goods');
      assert.equal(c.status, 'not-applicable', d);
      assert.equal(c.message.key, 'priorityGoods.not-applicable');
      assert.deepEqual(c.citation, { act: 'interpretation', interpretation: 15 });
    }
  });
  test('in 2026 a company that produces no priority goods and answers everything gets a verdict', () => {
    const r = elig({ ...all2026, producesPriorityGoods: false }, '2026-03-02');
    assert.equal(r.verdict, 'eligible');
    assert.deepEqual(r.unanswered, []);
  });
  test('the result names Interpretation 15 with the reading used; the alternative "still-required-2026" makes a "no" fail', () => {
    const r = elig({ producesPriorityGoods: false }, '2026-01-01');
    const i = r.interpretations.find((x) => x.id === 'priority-goods')!;
    assert.deepEqual([i.n, i.value, i.alternatives], [15, 'ends-with-documents', ['still-required-2026']]);
    const alt = elig({ producesPriorityGoods: false }, '2026-01-01', 'process', { interpretations: { priorityGoods: 'still-required-2026' } });
    assert.equal(check(alt, 'p13-priority-goods').status, 'fail');
    assert.equal(check(alt, 'p13-priority-goods').message.key, 'priorityGoods.fail-still-required');
    assert.equal(alt.interpretations.find((x) => x.id === 'priority-goods')!.value, 'still-required-2026');
    assert.equal(check(elig({ producesPriorityGoods: false }, '2025-12-31', 'process', { interpretations: { priorityGoods: 'still-required-2026' } }), 'p13-priority-goods').message.key, 'priorityGoods.fail');
  });
  test('an unknown reading is an InputError', () => {
    const issues = inputIssues(() => elig({}, '2026-01-01', 'process', { interpretations: { priorityGoods: 'maybe' } }));
    assert.equal(issueAt(issues, 'interpretations.priorityGoods').code, 'choice');
  });
  test('the 2022 edition requires priority goods on its last day (2025-12-21)', () => {
    const r = elig({ producesPriorityGoods: false }, '2025-12-21');
    assert.equal(r.edition.id, '2022');
    assert.equal(check(r, 'p13-priority-goods').status, 'fail');
    assert.equal(check(r, 'p13-priority-goods').message.key, 'priorityGoods.fail-always');
  });
});

describe('Interpretation 16: the 2022 edition’s silence is never a pass', () => {
  const ok2022: Applicant = { size: 'small', stateShare: '0', producesPriorityGoods: true };
  const quiet: Applicant = { sezParticipant: false, unrepaidBreach: false, industrialInnovativeSubject: true, taxExempt: true, otherBudgetFunding: false, courtBan: false, personalDataConsent: true };
  test('an SEZ participant with an unrepaid breach, a court ban and no consent is not "eligible" under 2022', () => {
    const r = elig({ ...ok2022, ...quiet, sezParticipant: true, unrepaidBreach: true, courtBan: true, personalDataConsent: false }, '2024-06-03');
    assert.equal(r.edition.id, '2022');
    assert.notEqual(r.verdict, 'eligible');
    assert.equal(r.verdict, 'incomplete');
    for (const id of ['p3.4-sez-participant', 'p3.3-unrepaid-breach', 'refusal9.4-court-ban', 'refusal9.5-personal-data-consent']) {
      const c = check(r, id);
      assert.equal(c.status, 'unknown', id);
      assert.equal(c.silent, true, id);
      assert.equal(c.message.key, 'silent.excludes', id);
      assert.equal(c.citation.seed, '002_6054b853f54b7591.txt', `${id} cites the current rule`);
    }
    assert.equal(r.summary[0]!.key, 'verdict.not-covered');
  });
  test('one such answer is enough to keep the verdict from "eligible"', () => {
    assert.equal(elig({ ...ok2022, ...quiet }, '2024-06-03', 'competence').verdict, 'eligible');
    assert.equal(elig({ ...ok2022, ...quiet, sezParticipant: true }, '2024-06-03', 'competence').verdict, 'incomplete');
  });
  test('an answer the current rules pass is "not covered" (not-applicable), never a pass', () => {
    const r = elig({ ...ok2022, ...quiet }, '2024-06-03');
    for (const c of r.checks.filter((x) => x.silent)) {
      assert.equal(c.status, 'not-applicable', c.id);
      assert.equal(c.message.key, 'silent.not-covered', c.id);
    }
  });
  test('a silent question left unanswered is asked (unknown), as under the current rules', () => {
    const r = elig(ok2022, '2024-06-03');
    assert.equal(r.verdict, 'incomplete');
    assert.ok(r.unanswered.includes('sezParticipant'));
  });
  test('the 2022 result names Interpretation 16; a 2025-442 result does not', () => {
    assert.deepEqual(elig({}, '2024-06-03').interpretations.filter((i) => i.n === 16).map((i) => [i.id, i.value]), [['partial-silence', 'unknown-under-current-rules']]);
    assert.ok(!elig({}, '2026-03-02').interpretations.some((i) => i.n === 16));
  });
  test('a failing answer under the 2022 edition’s own checks still makes it ineligible', () => {
    assert.equal(elig({ ...ok2022, ...quiet, sezParticipant: true, size: 'large' }, '2024-06-03').verdict, 'ineligible');
  });
  test('on 2025-12-22, under 2025-442, the same SEZ participant fails', () => {
    assert.equal(check(elig({ sezParticipant: true }, '2025-12-22'), 'p3.4-sez-participant').status, 'fail');
    assert.equal(check(elig({ sezParticipant: true }, '2025-12-21'), 'p3.4-sez-participant').status, 'unknown');
  });
});
