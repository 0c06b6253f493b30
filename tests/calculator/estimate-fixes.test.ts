/**
 * Fixes of the estimate to the seed texts: the 2022 edition's unconfirmed start, caps not called yearly where the
 * source does not say so, "never used" cited per equipment type, accommodation only during the course, and every
 * paragraph the estimate cites coming from the edition's data.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import {
  EDITIONS,
  editionFor,
  editionInfo,
  estimateReimbursement,
  formatMessage,
  LANGS,
  type CostLine,
  type EstimateResult,
  type Measure,
} from '@qazindustry/productivity-calculator';
import { inputIssues, issueAt } from './helpers.js';

const est = (applicationDate: string, measure: Measure, costs: CostLine[], extra: object = {}) =>
  estimateReimbursement({ applicationDate, measure, costs, ...extra });
const e2022 = EDITIONS.find((e) => e.id === '2022')!;
const e2025 = EDITIONS.find((e) => e.id === '2025-442')!;

/** Every sentence an estimate produces, in every language. */
const texts = (r: EstimateResult): string[] =>
  LANGS.flatMap((lang) => [
    ...r.lines.flatMap((l) => l.reasons.map((x) => formatMessage(x.message, lang))),
    ...r.caps.map((c) => formatMessage(c.message, lang)),
    ...r.notes.map((n) => formatMessage(n, lang)),
  ]);

describe('Rules 308 took effect 60 calendar days after their first publication, a date not in the seeds (000 l.14-16)', () => {
  test('the 2022 edition starts on one unconfirmed data value, 2022-08-05, not on the signing date 2022-06-01', () => {
    assert.equal(e2022.inForce.from, '2022-08-05');
    assert.equal(e2022.inForce.confirmed, false);
    assert.deepEqual(e2022.inForce.uncertainWindow, { from: '2022-08-01', to: '2022-08-10' });
  });
  test('an application filed the day before the start has no edition; on the day of and after, the 2022 edition', () => {
    assert.equal(inputIssues(() => editionFor('2022-08-04'))[0]!.code, 'before-first-edition');
    assert.equal(inputIssues(() => editionFor('2022-06-01'))[0]!.code, 'before-first-edition');
    assert.equal(editionFor('2022-08-05').id, '2022');
    assert.equal(editionFor('2022-08-06').id, '2022');
  });
  test('results dated up to 2022-08-10 say that they depend on the unconfirmed start; from 2022-08-11 they do not', () => {
    const flag = (d: string) => editionInfo(editionFor(d), d).dependsOnUnconfirmedStart;
    assert.deepEqual(['2022-08-05', '2022-08-10', '2022-08-11'].map(flag), [true, true, false]);
    const r = est('2022-08-10', 'organization', []);
    const note = r.notes.find((n) => n.key === 'edition.unconfirmed-start-first')!;
    assert.ok(note);
    assert.match(formatMessage(note, 'en'), /5 August 2022/);
    assert.ok(!est('2022-08-11', 'organization', []).notes.some((n) => n.key.startsWith('edition.unconfirmed')));
  });
  test('a result near the start of 2025-442 still names that start (22.12.2025), not the 2022 one', () => {
    const r = est('2025-12-23', 'organization', []);
    const note = r.notes.find((n) => n.key === 'edition.unconfirmed-start')!;
    assert.deepEqual(note.params!['from'], { date: '2025-12-22' });
  });
});

describe('The 2022 presentation never says the caps are per year (004 l.45, 51, 77, 84)', () => {
  const yearly = /yearly|this year|годов|в этом году|жылдық|осы жылы/i;
  test('a 2022 estimate within its cap says "cap", not "yearly cap", in kk, ru and en', () => {
    const r = est('2024-06-03', 'organization', [{ costType: 'progressive-technologies', amount: '1000000.00', date: '2024-01-10' }]);
    assert.equal(r.caps[0]!.perCalendarYear, false);
    assert.equal(r.caps[0]!.message.key, 'cap.within-not-yearly');
    for (const t of texts(r)) assert.doesNotMatch(t, yearly, t);
  });
  test('a 2022 estimate over its cap, with money already received, never says "yearly" or "this year" either', () => {
    const r = est('2024-06-03', 'competence', [{ costType: 'training', amount: '100000000.00', date: '2024-01-10' }], { alreadyReceived: [{ amount: '1000000.00' }] });
    assert.equal(r.caps[0]!.message.key, 'cap.binding-not-yearly');
    assert.equal(r.total, '29000000.00');
    for (const t of texts(r)) assert.doesNotMatch(t, yearly, t);
  });
  test('the 2025-442 caps are per calendar year (p.14 l.106) and still say so', () => {
    const r = est('2026-03-02', 'organization', [{ costType: 'progressive-technologies', amount: '1000000.00', date: '2026-01-10' }]);
    assert.equal(r.caps[0]!.message.key, 'cap.within');
    assert.match(formatMessage(r.caps[0]!.message, 'ru'), /годовой лимит/);
  });
});

describe('Only equipment never used before is reimbursed, each type under its own clause of p.12', () => {
  test('used digital equipment is excluded citing p.12 sub-item 2 (l.70)', () => {
    const r = est('2026-03-02', 'digital', [{ costType: 'digital-equipment', amount: '1000.00', date: '2026-01-10', equipmentKind: '3d-printer', previouslyUsed: true }]);
    const x = r.lines[0]!.reasons[0]!;
    assert.equal(x.code, 'used-equipment');
    assert.deepEqual([x.citation.paragraph, x.citation.subItem, x.citation.line], ['12', '2', 70]);
  });
  test('used technological equipment is excluded citing p.12 sub-item 3 (l.78), not the digital clause', () => {
    const r = est('2026-03-02', 'process', [{ costType: 'tech-equipment', amount: '1000.00', date: '2026-01-10', previouslyUsed: true }]);
    const x = r.lines[0]!.reasons[0]!;
    assert.equal(x.code, 'used-equipment');
    assert.deepEqual([x.citation.paragraph, x.citation.subItem, x.citation.line], ['12', '3', 78]);
  });
  test('new equipment, or equipment whose use is not stated, is not excluded for it', () => {
    assert.equal(est('2026-03-02', 'process', [{ costType: 'tech-equipment', amount: '1000.00', date: '2026-01-10', previouslyUsed: false }]).lines[0]!.status, 'included');
    assert.equal(est('2026-03-02', 'process', [{ costType: 'tech-equipment', amount: '1000.00', date: '2026-01-10' }]).lines[0]!.status, 'included');
  });
});

describe('Accommodation is reimbursed only during the course (p.20 sub-item 3, l.154; Annex 3 item 8 sub-item 12, l.516)', () => {
  const stay = (from: string, to: string, course?: [string, string], courseKind: 'retraining' | 'qualification-upgrade' = 'qualification-upgrade', amount = '1900000.00'): CostLine => ({
    costType: 'accommodation',
    amount,
    date: to,
    period: { from, to },
    courseKind,
    ...(course ? { coursePeriod: { from: course[0], to: course[1] } } : {}),
  });
  const line = (l: CostLine) => est('2026-07-01', 'competence', [l]).lines[0]!;
  test('a stay of 1-20 June for a course of 10-20 June counts 10 of its 19 nights, pro rata', () => {
    const l = line(stay('2026-06-01', '2026-06-20', ['2026-06-10', '2026-06-20']));
    assert.equal(l.counted, '1000000.00');
    const x = l.reasons.find((r) => r.code === 'accommodation-outside-course')!;
    assert.deepEqual([x.message.params!['nights'], x.message.params!['inCourse']], ['19', '10']);
    assert.deepEqual([x.citation.paragraph, x.citation.subItem, x.citation.line], ['20', '3', 154]);
  });
  test('check-in the day before the course: one night outside; on the first day: none; the day after: the stay is within', () => {
    assert.equal(line(stay('2026-06-09', '2026-06-20', ['2026-06-10', '2026-06-20'], 'qualification-upgrade', '1100000.00')).counted, '1000000.00');
    const on = line(stay('2026-06-10', '2026-06-20', ['2026-06-10', '2026-06-20'], 'qualification-upgrade', '1000000.00'));
    assert.equal(on.counted, '1000000.00');
    assert.ok(!on.reasons.some((r) => r.code === 'accommodation-outside-course'));
    assert.equal(line(stay('2026-06-11', '2026-06-20', ['2026-06-10', '2026-06-20'], 'qualification-upgrade', '900000.00')).counted, '900000.00');
  });
  test('check-out the day before the last course day, on it, and the day after (one night outside)', () => {
    assert.equal(line(stay('2026-06-10', '2026-06-19', ['2026-06-10', '2026-06-20'], 'qualification-upgrade', '900000.00')).counted, '900000.00');
    assert.equal(line(stay('2026-06-10', '2026-06-20', ['2026-06-10', '2026-06-20'], 'qualification-upgrade', '1000000.00')).counted, '1000000.00');
    assert.equal(line(stay('2026-06-10', '2026-06-21', ['2026-06-10', '2026-06-20'], 'qualification-upgrade', '1100000.00')).counted, '1000000.00');
  });
  test('a stay that ends on the first course day has no night in the course and is excluded; one more night counts that night', () => {
    const none = line(stay('2026-06-01', '2026-06-10', ['2026-06-10', '2026-06-20']));
    assert.equal(none.status, 'excluded');
    assert.equal(none.reasons[0]!.code, 'accommodation-outside-course');
    assert.equal(line(stay('2026-06-01', '2026-06-11', ['2026-06-10', '2026-06-20'], 'qualification-upgrade', '1000000.00')).counted, '100000.00');
  });
  test('the course nights and the 1-month limit of retraining combine: of 59 nights, 50 in the course, 31 within one month', () => {
    const l = line(stay('2026-01-01', '2026-03-01', ['2026-01-10', '2026-03-20'], 'retraining', '5900000.00'));
    assert.equal(l.counted, '3100000.00');
    const lim = l.reasons.find((r) => r.code === 'accommodation-limited')!;
    assert.deepEqual([lim.message.params!['nights'], lim.message.params!['allowed']], ['59', '31']);
    assert.ok(l.reasons.some((r) => r.code === 'accommodation-outside-course'));
  });
  test('without the course dates the stay counts as claimed and the result says that the course check was not made', () => {
    const l = line(stay('2026-06-01', '2026-06-20'));
    assert.equal(l.counted, '1900000.00');
    const note = l.reasons.find((r) => r.code === 'accommodation-course-not-checked')!;
    assert.equal(note.citation.paragraph, '20');
  });
  test('course dates in the wrong order are an input error at coursePeriod.to', () => {
    const issues = inputIssues(() => line(stay('2026-06-01', '2026-06-20', ['2026-06-20', '2026-06-10'])));
    assert.equal(issueAt(issues, 'costs.0.coursePeriod.to').code, 'period-order');
  });
});

describe('The estimate cites the law only through the edition it applies', () => {
  test('a 2022 estimate in US dollars cites no paragraph of the 2025 rules and says its source is silent on the rate', () => {
    const r = est('2024-06-03', 'organization', [{ costType: 'progressive-technologies', amount: '1000.00', currency: 'USD', rate: '450.00', date: '2024-01-10' }]);
    assert.equal(r.edition.id, '2022');
    const conv = r.lines[0]!.reasons.find((x) => x.code === 'converted')!;
    assert.equal(conv.message.key, 'cost.converted-source-silent');
    assert.equal(conv.citation.act, 'presentation-2022');
    assert.equal(conv.citation.line, 130);
    assert.equal(r.lines[0]!.amount, '450000.00');
    const all = [...r.lines.flatMap((l) => l.reasons.map((x) => x.citation)), ...r.caps.map((c) => c.citation)];
    for (const c of all) assert.ok(c.act !== 'rules-308' && c.act !== 'order-442', JSON.stringify(c));
  });
  test('a 2025 estimate in US dollars cites p.19 (l.142) from the edition data', () => {
    const r = est('2026-01-20', 'organization', [{ costType: 'progressive-technologies', amount: '20000.00', currency: 'USD', rate: '540.12', date: '2025-09-15' }]);
    const conv = r.lines[0]!.reasons.find((x) => x.code === 'converted')!;
    assert.deepEqual(conv.citation, e2025.currencyConversion.cite);
    assert.equal(conv.citation.line, 142);
    assert.equal(r.total, '4320960.00');
  });
  test('travel once cites p.20 sub-item 2 (l.152) from the edition data', () => {
    const r = est('2026-03-02', 'competence', [{ costType: 'travel', amount: '400000.00', date: '2026-01-20' }]);
    const once = r.lines[0]!.reasons.find((x) => x.code === 'travel-once')!;
    assert.deepEqual(once.citation, e2025.training!.travelOnce.cite);
    assert.deepEqual([once.citation.paragraph, once.citation.subItem, once.citation.line], ['20', '2', 152]);
  });
  test('the estimate’s code holds no citation of its own (no rules(, annex( or presentation( call)', () => {
    const src = readFileSync(new URL('../../../packages/calculator/src/rules/reimbursement/estimate.ts', import.meta.url), 'utf8');
    assert.doesNotMatch(src, /\b(rules|annex|presentation)\(/);
  });
});
