/**
 * The six places where RULES.md was corrected against the seeds: Decree 256 limits on all travel and accommodation,
 * top managers (production and/or promotion, not sales), internships in the 2022 competence measure, the 2022
 * document list's lost marks, signing vs conclusion of the agreement, and the period N refers to.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import {
  EDITIONS,
  buildChecklist,
  describeEstimate,
  estimateReimbursement,
  formatMessage,
  LANGS,
  trackObligation,
  type Citation,
} from '@qazindustry/productivity-calculator';
import { inputIssues, issueAt } from './helpers.js';

const seedLine = (file: string, line: number): string =>
  (readFileSync(new URL(`../../../tests/fixtures/seeds/${file}`, import.meta.url), 'utf8').split(/\r?\n/)[line - 1] ?? '').replace(/\s+/g, ' ').trim();
const says = (cite: Citation, ...needles: string[]) => {
  const line = seedLine(cite.seed!, cite.line!);
  for (const n of needles) assert.ok(line.includes(n), `${cite.seed}:${cite.line} does not say «${n}»: ${line}`);
};
const e2022 = EDITIONS.find((e) => e.id === '2022')!;
const e2025 = EDITIONS.find((e) => e.id === '2025-442')!;
const inAllLangs = (m: Parameters<typeof formatMessage>[0]) => LANGS.map((lang) => formatMessage(m, lang));

describe('Travel and accommodation costs are reimbursed within the limits of Decree No. 256, domestic ones included (p.23, 002 l.164)', () => {
  test('the accommodation cost type is limited always, like travel, citing the line that names travel and accommodation', () => {
    for (const ct of ['travel', 'accommodation'] as const) {
      const rule = e2025.costTypes[ct]!;
      assert.equal(rule.decreeLimits?.value, 'always', ct);
      says(rule.decreeLimits!.cite, 'по проезду и проживанию', '№ 256');
    }
    const described = describeEstimate({ applicationDate: '2026-03-02', measure: 'competence' }).costTypes.find((c) => c.costType === 'accommodation')!;
    assert.equal(described.decreeLimits, 'always');
  });
  test('a domestic stay above the limit counts at the limit, and one without a limit given is counted and said unchecked', () => {
    const stay = { costType: 'accommodation' as const, amount: '300000.00', date: '2026-02-20', period: { from: '2026-02-01', to: '2026-02-20' }, coursePeriod: { from: '2026-02-01', to: '2026-02-20' }, courseKind: 'qualification-upgrade' as const };
    const limited = estimateReimbursement({ applicationDate: '2026-03-02', measure: 'competence', costs: [{ ...stay, decreeLimit: '250000.00' }] }).lines[0]!;
    assert.equal(limited.counted, '250000.00');
    assert.ok(limited.reasons.some((r) => r.code === 'decree-limited'));
    const unchecked = estimateReimbursement({ applicationDate: '2026-03-02', measure: 'competence', costs: [stay] }).lines[0]!;
    assert.equal(unchecked.counted, '300000.00');
    assert.ok(unchecked.reasons.some((r) => r.code === 'decree-not-checked'));
    for (const t of inAllLangs({ key: 'cost.decree-not-checked' })) assert.doesNotMatch(t, /abroad|за рубеж|шетел/i);
  });
});

describe('Top managers are heads of the unit for production and/or promotion of products, not of sales, finance, administration or law (p.12 sub-item 1, 002 l.64)', () => {
  test('the seed says promotion (продвижению), not sales', () => {
    const l64 = seedLine('002_6054b853f54b7591.txt', 64);
    assert.ok(l64.includes('по производству и/или продвижению произведенной продукции/услуг'));
    assert.ok(l64.includes('за исключением финансового (бухгалтерия), административного, правового подразделения'));
    assert.ok(!/продаж/.test(l64));
  });
  test('no text of the SDK or of the widgets calls top managers heads of sales', () => {
    const dirs = ['../../../packages/calculator/src/i18n/', '../../../packages/widgets/src/shared/i18n/'];
    for (const dir of dirs) {
      const url = new URL(dir, import.meta.url);
      for (const f of readdirSync(url).filter((n) => n.endsWith('.ts'))) {
        const src = readFileSync(new URL(f, url), 'utf8');
        for (const line of src.split('\n').filter((l) => /top.manag|топ-менедж|менеджер/i.test(l))) {
          assert.doesNotMatch(line, /sales|selling|продаж|сбыт|сату бөлім/i, `${dir}${f}: ${line.trim().slice(0, 160)}`);
        }
      }
    }
  });
});

describe('Under the 2022 edition the competence measure reimburses training and internships (стажировка, 004 l.53-55)', () => {
  test('a 2022 training line says it covers internships, citing the line that says «стажировка»', () => {
    says(e2022.costTypes.training!.internships!, 'стажировка');
    const line = estimateReimbursement({ applicationDate: '2023-06-01', measure: 'competence', costs: [{ costType: 'training', amount: '1000000.00', date: '2023-05-01' }] }).lines[0]!;
    const note = line.reasons.find((r) => r.code === 'internships');
    assert.ok(note, 'no internships note');
    assert.deepEqual(note.citation, e2022.costTypes.training!.internships);
    const [kk, ru, en] = ['kk', 'ru', 'en'].map((lang) => formatMessage(note.message, lang as 'kk'));
    assert.match(ru!, /стажировк/);
    assert.match(kk!, /тағылымдама/);
    assert.match(en!, /internships/);
  });
  test('a 2025-442 training line does not, the current p.12 naming no internships', () => {
    assert.equal(e2025.costTypes.training!.internships, undefined);
    const line = estimateReimbursement({ applicationDate: '2026-03-02', measure: 'competence', costs: [{ costType: 'training', amount: '1000000.00', date: '2026-02-01' }] }).lines[0]!;
    assert.ok(!line.reasons.some((r) => r.code === 'internships'));
  });
});

describe('The 2022 list of 8 documents is the presentation’s full list; some items apply to some measures only (004 l.114-128)', () => {
  test('a 2022 checklist lists all 8 and says so, citing the list’s first and last lines', () => {
    for (const measure of ['competence', 'process', 'organization', 'digital'] as const) {
      const r = buildChecklist({ applicationDate: '2023-06-01', measure });
      assert.equal(r.items.length, 8);
      const m = r.messages.find((x) => x.key === 'checklist.full-list-some-measures');
      assert.ok(m, `${measure}: no note on the full list`);
      assert.equal(m.params!.count, '8');
      assert.equal(m.params!.first, '114');
      assert.equal(m.params!.last, '128');
      says({ ...(m.params!.source as { cite: Citation }).cite }, 'Заявка');
      says({ ...(m.params!.source as { cite: Citation }).cite, line: 128 }, 'Цифровая стратегия');
      const [kk, ru, en] = inAllLangs(m);
      assert.match(en!, /full list.*some measures only/s);
      assert.match(ru!, /полный перечень.*только для некоторых мер/s);
      assert.match(kk!, /толық тізбесі.*кейбір шараларға ғана/s);
    }
  });
  test('a 2025-442 checklist, whose annexes say which list is whose, carries no such note', () => {
    const r = buildChecklist({ applicationDate: '2026-03-02', measure: 'organization' });
    assert.ok(!r.messages.some((x) => x.key === 'checklist.full-list-some-measures'));
  });
});

describe('The target’s two years run from the day the institute receives the signed agreement; monitoring and the six-monthly notices run from signing (Annex 6 l.1075-1079, 1085-1093; Interpretation 10)', () => {
  const base = { agreementDate: '2026-03-10', baselineRevenue: '500000000.00', stateAmount: '20000000.00', revenue: [], asOf: '2026-03-10' };
  test('without a signing date the two are the same day, and the result says so', () => {
    const r = trackObligation(base);
    assert.equal(r.signingDate, '2026-03-10');
    assert.equal(r.signingDateGiven, false);
    assert.deepEqual(r.checkpoints.map((c) => c.date), ['2026-09-10', '2027-03-10', '2027-09-10', '2028-03-10']);
    const m = r.messages.find((x) => x.key === 'obligation.signing-same-day');
    assert.ok(m);
    assert.deepEqual(m.params, { date: { date: '2026-03-10' } });
    assert.ok(!r.messages.some((x) => x.key === 'obligation.signing-date'));
    says({ seed: '002_6054b853f54b7591.txt', line: 1079, act: 'rules-308' }, 'раз в шесть месяцев, со дня подписания Соглашения');
    says({ seed: '002_6054b853f54b7591.txt', line: 1093, act: 'rules-308' }, 'заключения Соглашения');
  });
  test('with a signing date a week before conclusion, the checkpoints run from signing and the deadline from conclusion', () => {
    const r = trackObligation({ ...base, signingDate: '2026-03-03' });
    assert.equal(r.signingDate, '2026-03-03');
    assert.equal(r.signingDateGiven, true);
    assert.equal(r.deadline, '2028-03-10');
    assert.deepEqual(r.checkpoints.map((c) => c.date), ['2026-09-03', '2027-03-03', '2027-09-03', '2028-03-03']);
    assert.deepEqual(r.checkpoints.map((c) => c.months), [6, 12, 18, 24]);
    // the pace counts whole months since conclusion: on 2026-09-03 only 5 have passed since 2026-03-10
    assert.equal(r.checkpoints[0]!.required, '112500000.00');
    assert.equal(r.checkpoints[3]!.required, '517500000.00');
    assert.ok(r.messages.some((x) => x.key === 'obligation.signing-date'));
    assert.ok(!r.messages.some((x) => x.key === 'obligation.signing-same-day'));
  });
  test('a signing date after conclusion is accepted: the seed fixes no order between the two', () => {
    const r = trackObligation({ ...base, signingDate: '2026-03-12', asOf: '2026-03-12' });
    assert.equal(r.checkpoints[0]!.date, '2026-09-12');
    assert.equal(r.checkpoints[0]!.required, '135000000.00');
    assert.equal(r.deadline, '2028-03-10');
  });
  test('the signing date must be a date', () => {
    issueAt(inputIssues(() => trackObligation({ ...base, signingDate: '2026-02-30' })), 'signingDate');
  });
});

describe('N is the revenue over the 24 months before the agreement, or before the measure was received when the caller gives that date; the result names which (004 l.166, Interpretation 12)', () => {
  const base = { agreementDate: '2026-03-10', baselineRevenue: '500000000.00', stateAmount: '20000000.00', revenue: [], asOf: '2026-06-01' };
  test('by default N is over the 24 months before the agreement', () => {
    const r = trackObligation(base);
    assert.deepEqual({ ...r.baselinePeriod, citation: undefined }, { basis: 'agreement', from: '2024-03-10', to: '2026-03-09', citation: undefined });
    assert.ok(r.messages.some((x) => x.key === 'obligation.baseline-agreement'));
  });
  test('with the day the measure was received, N is over the 24 months before that day, and the result says so', () => {
    says({ seed: '004_39281feb78c805ea.txt', line: 166, act: 'presentation-2022' }, 'до получения меры');
    const r = trackObligation({ ...base, measureReceivedDate: '2026-04-15' });
    assert.equal(r.baselinePeriod.basis, 'measure-received');
    assert.equal(r.baselinePeriod.from, '2024-04-15');
    assert.equal(r.baselinePeriod.to, '2026-04-14');
    const m = r.messages.find((x) => x.key === 'obligation.baseline-measure-received');
    assert.ok(m);
    for (const t of inAllLangs(m)) assert.ok(t.length > 0 && !t.includes('{'), t);
    // the target itself is N + 2Q either way
    assert.equal(r.target, '540000000.00');
  });
  test('the measure received on the agreement day is accepted; one received before it is not (the measure is given under the agreement, Annex 6 p.1)', () => {
    assert.equal(trackObligation({ ...base, measureReceivedDate: '2026-03-10' }).baselinePeriod.basis, 'measure-received');
    const issue = issueAt(inputIssues(() => trackObligation({ ...base, measureReceivedDate: '2026-03-09' })), 'measureReceivedDate');
    assert.equal(issue.code, 'measure-before-agreement');
  });
});
