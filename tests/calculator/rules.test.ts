/**
 * Every rule at its boundaries: the day before, of and after; the cap reached exactly and exceeded by one tiyn.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  addWorkingDays,
  buildChecklist,
  checkEligibility,
  deriveSize,
  estimateReimbursement,
  isWorkingDay,
  serviceDeadline,
  trackObligation,
  InputError,
  safeBuildChecklist,
  safeCheckEligibility,
  safeEstimateReimbursement,
  type Applicant,
  type CostLine,
  type Measure,
} from '@qazindustry/productivity-calculator';
import { inputIssues, issueAt } from './helpers.js';

const one = (applicationDate: string, measure: Measure, line: CostLine, extra: object = {}) =>
  estimateReimbursement({ applicationDate, measure, costs: [line], ...extra });
const org = (date: string, amount = '1000000.00'): CostLine => ({ costType: 'progressive-technologies', amount, date });
const statusOf = (applicationDate: string, line: CostLine, measure: Measure = 'organization', extra: object = {}) =>
  one(applicationDate, measure, line, extra).lines[0]!.status;

describe('The 24-month window of services (p.14, Interpretation 5)', () => {
  test('an act dated one day before the window is excluded, on its first day and the day after included', () => {
    assert.equal(statusOf('2026-06-15', org('2024-06-14')), 'excluded');
    assert.equal(statusOf('2026-06-15', org('2024-06-15')), 'included');
    assert.equal(statusOf('2026-06-15', org('2024-06-16')), 'included');
  });
  test('months are counted to the same day, clamped to the month’s end', () => {
    const from = (d: string) => one(d, 'organization', org('2025-01-01')).windows.services!.from;
    assert.equal(from('2026-03-31'), '2024-03-31');
    assert.equal(from('2028-02-29'), '2026-02-28');
    assert.equal(from('2026-02-28'), '2024-02-28');
    assert.equal(from('2027-04-30'), '2025-04-30');
  });
  test('an act on the filing date counts; one the day after is a cost after the application', () => {
    assert.equal(statusOf('2026-03-10', org('2026-03-10')), 'included');
    const r = one('2026-03-10', 'organization', org('2026-03-11'));
    assert.equal(r.lines[0]!.status, 'excluded');
    assert.equal(r.lines[0]!.reasons[0]!.code, 'after-application');
  });
  test('services count back from the filing date even when the receipt date is later', () => {
    assert.equal(statusOf('2026-06-15', org('2024-06-15'), 'organization', { receiptDate: '2026-06-20' }), 'included');
  });
});

describe('Equipment counts in full by its last payment, 24 months before receipt (p.14-1)', () => {
  const eq = (payments: { date: string; amount: string }[]): CostLine => ({
    costType: 'digital-equipment',
    amount: payments.reduce((s, p) => s + Number(p.amount), 0).toFixed(2),
    payments,
    equipmentKind: '3d-printer',
  });
  test('the last payment on the first day of the window includes the whole cost, earlier payments too', () => {
    const r = one('2026-06-15', 'digital', eq([{ date: '2023-01-10', amount: '700000.00' }, { date: '2024-06-15', amount: '300000.00' }]));
    assert.equal(r.lines[0]!.status, 'included');
    assert.equal(r.lines[0]!.reimbursable, '400000.00');
    assert.equal(r.lines[0]!.payments!.length, 2);
  });
  test('the last payment one day before the window excludes the equipment', () => {
    const r = one('2026-06-15', 'digital', eq([{ date: '2024-06-14', amount: '300000.00' }]));
    assert.equal(r.lines[0]!.status, 'excluded');
    assert.equal(r.lines[0]!.reasons[0]!.code, 'before-window');
  });
  test('the window counts back from the receipt date, not the filing date', () => {
    const line = eq([{ date: '2024-06-15', amount: '300000.00' }]);
    assert.equal(statusOf('2026-06-15', line, 'digital', { receiptDate: '2026-06-15' }), 'included');
    assert.equal(statusOf('2026-06-15', line, 'digital', { receiptDate: '2026-06-16' }), 'excluded');
  });
  test('a payment after the filing date is a cost after the application', () => {
    assert.equal(statusOf('2026-06-15', eq([{ date: '2026-06-16', amount: '300000.00' }]), 'digital'), 'excluded');
  });
  test('digital equipment off the exhaustive list, used equipment and excluded categories are excluded (p.12, p.5 sub-item 8)', () => {
    const base = { costType: 'digital-equipment' as const, amount: '1000.00', date: '2026-01-10' };
    assert.equal(statusOf('2026-02-01', { ...base, equipmentKind: 'other' }, 'digital'), 'excluded');
    assert.equal(statusOf('2026-02-01', { ...base, equipmentKind: 'wide-format-plotter' }, 'digital'), 'included');
    assert.equal(statusOf('2026-02-01', { ...base, equipmentKind: '3d-scanner', previouslyUsed: true }, 'digital'), 'excluded');
    const unstated = one('2026-02-01', 'digital', base);
    assert.ok(unstated.lines[0]!.reasons.some((r) => r.code === 'digital-kind-note'));
    const tech = { costType: 'tech-equipment' as const, amount: '1000.00', date: '2026-01-10' };
    for (const c of ['logistics', 'refrigeration', 'crane', 'vehicle', 'loader'] as const) {
      assert.equal(statusOf('2026-02-01', { ...tech, equipmentCategory: c }, 'process'), 'excluded', c);
    }
    assert.equal(statusOf('2026-02-01', { ...tech, equipmentCategory: 'production' }, 'process'), 'included');
  });
});

describe('The yearly caps (p.14, 14-1), reached exactly and exceeded by one tiyn', () => {
  const cases: [string, Measure, CostLine['costType'], string, string][] = [
    ['competence', 'competence', 'training', '75000000.00', '30000000.00'],
    ['digital', 'digital', 'digital-equipment', '150000000.00', '60000000.00'],
    ['process (energy audit)', 'process', 'energy-audit', '150000000.00', '60000000.00'],
    ['installation', 'process', 'installation', '30000000.00', '12000000.00'],
    ['supervised installation', 'process', 'supervised-installation', '30000000.00', '12000000.00'],
    ['organization', 'organization', 'progressive-technologies', '50000000.00', '20000000.00'],
  ];
  for (const [name, measure, costType, exact, cap] of cases) {
    test(`${name}: 40 % equal to the cap of ${cap} is paid in full; one tiyn more is capped`, () => {
      const at = (amount: string) => one('2026-03-02', measure, { costType, amount, date: '2026-01-15', equipmentKind: '3d-printer' });
      const r = at(exact);
      assert.equal(r.total, cap);
      assert.equal(r.caps.find((c) => c.costTypes.includes(costType))!.binding, false);
      const over = at(exact.replace(/\.00$/, '.03'));
      assert.equal(over.lines[0]!.reimbursable, `${cap.slice(0, -3)}.01`);
      assert.equal(over.total, cap);
      assert.equal(over.caps.find((c) => c.costTypes.includes(costType))!.binding, true);
    });
  }
  test('what was already received this year under the same cap is subtracted, never below zero (Interpretation 2)', () => {
    const line = org('2026-01-15', '50000000.00');
    const got = (amount: string, costType?: 'progressive-technologies') =>
      one('2026-03-02', 'organization', line, { alreadyReceived: [costType ? { costType, amount } : { amount }] }).total;
    assert.equal(got('19999999.99'), '0.01');
    assert.equal(got('20000000.00'), '0.00');
    assert.equal(got('25000000.00'), '0.00');
    assert.equal(got('5000000.00', 'progressive-technologies'), '15000000.00');
  });
  test('money already received this year for a cost type claimed again recalls one agreement a year (p.14, Interpretation 6)', () => {
    const with_ = one('2026-03-02', 'organization', org('2026-01-15'), { alreadyReceived: [{ costType: 'progressive-technologies', amount: '1.00' }] });
    assert.ok(with_.notes.some((n) => n.key === 'cost.one-agreement-a-year'));
    assert.ok(!one('2026-03-02', 'organization', org('2026-01-15')).notes.some((n) => n.key === 'cost.one-agreement-a-year'));
    const other = estimateReimbursement({ applicationDate: '2026-03-02', measure: 'process', costs: [{ costType: 'energy-audit', amount: '1', date: '2026-01-15' }], alreadyReceived: [{ costType: 'installation', amount: '1.00' }] });
    assert.ok(!other.notes.some((n) => n.key === 'cost.one-agreement-a-year'));
  });
  test('installation received this year counts against the installation cap only (Interpretation 1 A)', () => {
    const r = estimateReimbursement({
      applicationDate: '2026-03-02',
      measure: 'process',
      costs: [{ costType: 'energy-audit', amount: '10000000.00', date: '2026-01-15' }, { costType: 'installation', amount: '10000000.00', date: '2026-01-15' }],
      alreadyReceived: [{ costType: 'supervised-installation', amount: '10000000.00' }],
    });
    assert.deepEqual(r.caps.map((c) => [c.id, c.granted]), [['process', '4000000.00'], ['process-installation', '2000000.00']]);
  });
  test('rounding is half-up, once per cap group, after the sum', () => {
    const tiny = estimateReimbursement({ applicationDate: '2026-03-02', measure: 'organization', costs: [org('2026-01-15', '0.01'), org('2026-01-15', '0.01')] });
    assert.deepEqual(tiny.lines.map((l) => l.reimbursable), ['0.00', '0.00']);
    assert.equal(tiny.total, '0.01');
    const half = one('2026-03-02', 'organization', { ...org('2026-01-15', '1.00'), currency: 'EUR', rate: '1.0125' });
    assert.equal(half.total, '0.41');
  });
});

describe('Training costs (p.12 sub-item 1, p.20)', () => {
  const train = (from: string, to: string): CostLine => ({ costType: 'training', amount: '900000.00', date: to, period: { from, to } });
  test('a course of exactly three months counts; one day longer does not', () => {
    assert.equal(statusOf('2026-06-01', train('2026-01-10', '2026-04-09'), 'competence'), 'included');
    assert.equal(statusOf('2026-06-01', train('2026-01-10', '2026-04-10'), 'competence'), 'excluded');
  });
  test('accommodation is limited to one month for retraining and three for qualification upgrade, pro rata by nights', () => {
    const acc = (courseKind: 'retraining' | 'qualification-upgrade'): CostLine => ({ costType: 'accommodation', amount: '410000.00', date: '2026-02-20', period: { from: '2026-01-10', to: '2026-02-20' }, courseKind });
    const r = one('2026-03-02', 'competence', acc('retraining'));
    assert.equal(r.lines[0]!.counted, '310000.00');
    assert.equal(r.lines[0]!.reimbursable, '124000.00');
    assert.equal(one('2026-03-02', 'competence', acc('qualification-upgrade')).lines[0]!.counted, '410000.00');
  });
  test('a Decree-256 limit given by the caller caps travel; without it the claim counts and the result says it was not checked', () => {
    const travel: CostLine = { costType: 'travel', amount: '500000.00', date: '2026-01-20' };
    const limited = one('2026-03-02', 'competence', { ...travel, decreeLimit: '300000.00' });
    assert.equal(limited.lines[0]!.counted, '300000.00');
    const unchecked = one('2026-03-02', 'competence', travel);
    assert.equal(unchecked.lines[0]!.counted, '500000.00');
    assert.ok(unchecked.lines[0]!.reasons.some((r) => r.code === 'decree-not-checked' && r.citation.paragraph === '23'));
  });
  test('per diem is never reimbursed, whatever its date (p.20)', () => {
    assert.equal(statusOf('2026-03-02', { costType: 'per-diem', amount: '1.00' }, 'competence'), 'excluded');
  });
});

describe('Foreign currency (p.19): each payment at the rate of its own date', () => {
  test('two payments at two rates', () => {
    const r = one('2026-03-02', 'digital', {
      costType: 'digital-equipment',
      currency: 'USD',
      payments: [{ date: '2025-10-01', amount: '1000.00', rate: '530.00' }, { date: '2025-11-01', amount: '1000.00', rate: '510.50' }],
      equipmentKind: '3d-scanner',
    });
    assert.equal(r.lines[0]!.amount, '1040500.00');
    assert.equal(r.total, '416200.00');
    assert.equal(r.lines[0]!.reasons.filter((x) => x.code === 'converted').length, 2);
  });
  test('a missing rate on one payment is an error at that payment', () => {
    const issues = inputIssues(() => one('2026-03-02', 'digital', { costType: 'digital-equipment', currency: 'EUR', payments: [{ date: '2025-10-01', amount: '1.00', rate: '600' }, { date: '2025-11-01', amount: '1.00' }] }));
    assert.equal(issueAt(issues, 'costs.0.payments.1.rate').code, 'rate-missing');
  });
});

describe('Who may not apply (p.3) and who may (p.13)', () => {
  const elig = (applicant: Applicant, measure: Measure = 'process', applicationDate = '2026-03-02', receiptDate?: string) =>
    checkEligibility({ applicationDate, measure, applicant, ...(receiptDate ? { receiptDate } : {}) });
  const status = (r: ReturnType<typeof elig>, id: string) => r.checks.find((c) => c.id === id)!.status;
  test('state share: 49.9999 % passes, 50 % fails, 50 % under a public-private partnership passes', () => {
    assert.equal(status(elig({ stateShare: '49.9999' }), 'p3.2-state-share'), 'pass');
    assert.equal(status(elig({ stateShare: 50, stateShareHolderException: 'none' }), 'p3.2-state-share'), 'fail');
    assert.equal(status(elig({ stateShare: 50 }), 'p3.2-state-share'), 'unknown');
    assert.equal(status(elig({ stateShare: '50', stateShareHolderException: 'public-private-partnership' }), 'p3.2-state-share'), 'pass');
  });
  test('SEZ participants, unrepaid breaches, double funding and court bans fail; answered no, they pass; unanswered, unknown', () => {
    for (const [field, id] of [['sezParticipant', 'p3.4-sez-participant'], ['unrepaidBreach', 'p3.3-unrepaid-breach'], ['otherBudgetFunding', 'annex1-double-funding'], ['courtBan', 'refusal9.4-court-ban']] as const) {
      assert.equal(status(elig({ [field]: true }), id), 'fail', id);
      assert.equal(status(elig({ [field]: false }), id), 'pass', id);
      assert.equal(status(elig({}), id), 'unknown', id);
    }
    assert.equal(status(elig({ personalDataConsent: false }), 'refusal9.5-personal-data-consent'), 'fail');
  });
  test('the refusal grounds cite item 9 of the measure’s own annex', () => {
    const annexOf = (m: Measure) => elig({}, m).checks.find((c) => c.id === 'refusal9.4-court-ban')!.citation.annex;
    assert.deepEqual((['competence', 'process', 'organization', 'digital'] as const).map(annexOf), ['3', '4', '5', '5-1']);
  });
  test('seven years since registration, counted back from the receipt date: the day of applies, the day after exempts', () => {
    const pay = { taxExempt: false, taxPayments: { '2023': '3', '2024': '2', '2025': '1' } };
    assert.equal(status(elig({ ...pay, registrationDate: '2019-04-01' }, 'process', '2026-03-30', '2026-04-01'), 'p13.5-tax-growth'), 'fail');
    assert.equal(status(elig({ ...pay, registrationDate: '2019-04-02' }, 'process', '2026-03-30', '2026-04-01'), 'p13.5-tax-growth'), 'not-applicable');
  });
  test('tax growth takes the three years before the filing year and must be strict; a missing year is unknown', () => {
    const base = { taxExempt: false, registrationDate: '2000-01-01' };
    assert.equal(status(elig({ ...base, taxPayments: { '2022': '9', '2023': '1', '2024': '2', '2025': '3' } }, 'process', '2026-01-05'), 'p13.5-tax-growth'), 'pass');
    assert.equal(status(elig({ ...base, taxPayments: { '2023': '1', '2024': '2', '2025': '2' } }), 'p13.5-tax-growth'), 'fail');
    const missing = elig({ ...base, taxPayments: { '2023': '1', '2025': '2' } });
    assert.equal(status(missing, 'p13.5-tax-growth'), 'unknown');
    assert.equal(missing.checks.find((c) => c.id === 'p13.5-tax-growth')!.message.params!['years'], '2024');
    assert.equal(status(elig({ registrationDate: '2000-01-01', taxPayments: { '2023': '3', '2024': '2', '2025': '1' } }), 'p13.5-tax-growth'), 'unknown');
  });
  test('the register applies from 2026-01-01: 2025-12-31 not applicable, 2026-01-01 required', () => {
    assert.equal(status(elig({ inProducersRegister: false }, 'process', '2025-12-31'), 'p13.6-producers-register'), 'not-applicable');
    assert.equal(status(elig({ inProducersRegister: false }, 'process', '2026-01-01'), 'p13.6-producers-register'), 'fail');
  });
  test('priority goods: required until 2025-12-31; from 2026-01-01 not applicable (Interpretation 15)', () => {
    assert.equal(status(elig({ producesPriorityGoods: false }, 'process', '2025-12-31'), 'p13-priority-goods'), 'fail');
    assert.equal(status(elig({ producesPriorityGoods: false }, 'process', '2026-01-01'), 'p13-priority-goods'), 'not-applicable');
    assert.equal(status(elig({ producesPriorityGoods: true }, 'process', '2026-01-01'), 'p13-priority-goods'), 'not-applicable');
  });
  test('size need not be answered for competence; for another measure it is unknown until answered', () => {
    assert.equal(status(elig({}, 'competence'), 'p3.1-large-business'), 'pass');
    assert.equal(status(elig({}, 'digital'), 'p3.1-large-business'), 'unknown');
  });
  test('the 2022 edition admits small and medium businesses only, with no competence exception', () => {
    const r = elig({ size: 'large' }, 'competence', '2024-06-03');
    assert.equal(r.edition.id, '2022');
    assert.equal(status(r, 'p3-small-medium-only'), 'fail');
    assert.equal(status(elig({ size: 'micro' }, 'competence', '2024-06-03'), 'p3-small-medium-only'), 'pass');
  });
  test('a failing answer makes the result ineligible even with questions open, naming only what fails', () => {
    const r = elig({ sezParticipant: true });
    assert.equal(r.verdict, 'ineligible');
    assert.deepEqual(r.remainsOpen, []);
    assert.equal(r.summary[0]!.key, 'verdict.ineligible');
  });
});

describe('Business size from headcount and income (Entrepreneurial Code art. 24, MCI 2026 = 4 325)', () => {
  const small = '1297500000.00'; // 300 000 MCI
  test('headcount 100 with income of 300 000 MCI is small; 101 or one tiyn more is medium', () => {
    assert.equal(deriveSize(100, small, 2026)!.size, 'small');
    assert.equal(deriveSize(101, small, 2026)!.size, 'medium');
    assert.equal(deriveSize(100, '1297500000.01', 2026)!.size, 'medium');
  });
  test('15 staff or up to 30 000 MCI is micro; over 250 staff or 3 000 000 MCI is large', () => {
    assert.equal(deriveSize(15, small, 2026)!.size, 'micro');
    assert.equal(deriveSize(50, '129750000.00', 2026)!.size, 'micro');
    assert.equal(deriveSize(250, '2000000000', 2026)!.size, 'medium');
    assert.equal(deriveSize(251, '2000000000', 2026)!.size, 'large');
    assert.equal(deriveSize(20, '12975000000.01', 2026)!.size, 'large');
  });
  test('a stated size that contradicts headcount and income is not trusted: the check stays open', () => {
    const r = checkEligibility({ applicationDate: '2026-03-02', measure: 'digital', applicant: { size: 'small', headcount: 300, averageAnnualIncome: '1000' } });
    const c = r.checks.find((x) => x.id === 'p3.1-large-business')!;
    assert.deepEqual([c.status, c.message.key], ['unknown', 'size.conflict']);
    const agree = checkEligibility({ applicationDate: '2026-03-02', measure: 'digital', applicant: { size: 'small', headcount: 10, averageAnnualIncome: '1000' } });
    assert.equal(agree.checks.find((x) => x.id === 'p3.1-large-business')!.status, 'pass');
  });
  test('an activity never small makes a small business medium; an unknown MCI year is no size at all', () => {
    assert.equal(deriveSize(10, '1000', 2026, true)!.size, 'medium');
    assert.equal(deriveSize(10, '1000', 2031), undefined);
  });
  test('the checker says it derived the size, and refuses to guess without the MCI', () => {
    const r = checkEligibility({ applicationDate: '2026-03-02', measure: 'digital', applicant: { headcount: 300, averageAnnualIncome: '1000' } });
    assert.deepEqual([r.size!.value, r.size!.source], ['large', 'derived']);
    const later = checkEligibility({ applicationDate: '2027-03-01', measure: 'digital', applicant: { headcount: 300, averageAnnualIncome: '1000' } });
    assert.equal(later.checks.find((c) => c.id === 'p3.1-large-business')!.message.key, 'size.unknown-mci');
  });
});

describe('Documents: the date switches of Order 442 item 4 (Interpretation 9)', () => {
  const nums = (date: string, extra: object = {}) =>
    buildChecklist({ applicationDate: date, measure: 'process', costType: 'energy-audit', taxExempt: false, individualEntrepreneur: false, nonResidentExecutor: false, ...extra }).items.map((i) => i.number);
  test('on 2025-12-31 the priority-goods documents are listed and the register extract is not; on 2026-01-01 the reverse', () => {
    assert.deepEqual(nums('2025-12-31'), ['1', '2', '3', '4', '5', '6', '7']);
    assert.deepEqual(nums('2026-01-01'), ['1', '2', '3', '4', '5', '6', '8']);
  });
  test('read literally, item 4 would expire the tax-exemption document of the equipment variant and keep priority goods', () => {
    const tech = (extra: object) => buildChecklist({ applicationDate: '2026-02-01', measure: 'process', costType: 'tech-equipment', taxExempt: true, individualEntrepreneur: false, ...extra }).items.map((i) => i.number);
    assert.deepEqual(tech({}), ['1', '2', '3', '4', '5', '7', '8', '9', '10', '11']);
    assert.deepEqual(tech({ interpretations: { order442Item4: 'literal' } }), ['1', '2', '3', '4', '5', '6', '8', '9', '10', '11']);
  });
  test('an unanswered condition keeps the item, marked with its condition; the non-resident alternative is shown', () => {
    const r = buildChecklist({ applicationDate: '2026-02-10', measure: 'competence' });
    const n11 = r.items.find((i) => i.number === '11')!;
    assert.equal(n11.condition!.key, 'condition.claimsTravel');
    assert.ok(r.items.find((i) => i.number === '5')!.alternative);
    assert.equal(r.items.at(-1)!.condition!.key, 'condition.individualEntrepreneur');
  });
  test('process needs a cost type, and a cost type must belong to the measure', () => {
    assert.equal(inputIssues(() => buildChecklist({ applicationDate: '2026-02-10', measure: 'process' }))[0]!.code, 'cost-type-required');
    assert.equal(inputIssues(() => buildChecklist({ applicationDate: '2026-02-10', measure: 'digital', costType: 'training' }))[0]!.code, 'cost-type-measure');
  });
});

describe('The working-day calendar (Labour Code art. 84-85; Law on holidays art. 5)', () => {
  // The calendar data is a table; here it is derived again from the holiday rules and compared.
  const holidays: Record<number, string[]> = {
    2025: ['01-01', '01-02', '03-08', '03-21', '03-22', '03-23', '05-01', '05-07', '05-09', '07-06', '08-30', '10-25', '12-16'],
    2026: ['01-01', '01-02', '03-08', '03-21', '03-22', '03-23', '05-01', '05-07', '05-09', '07-06', '10-25', '12-16'],
  };
  const notCarried: Record<number, string[]> = { 2025: ['01-07', '06-06'], 2026: ['01-07', '05-27'] };
  const transfers: Record<number, { off: string[]; on: string[] }> = { 2025: { off: ['01-03'], on: ['01-05'] }, 2026: { off: [], on: [] } };
  const dow = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
  const next = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86400000).toISOString().slice(0, 10);
  for (const year of [2025, 2026]) {
    test(`every day of ${year} is a working day exactly when the holiday rules say so`, () => {
      const off = new Set<string>();
      const isOff = (d: string) => dow(d) === 0 || dow(d) === 6 || off.has(d);
      for (const h of holidays[year]!) off.add(`${year}-${h}`);
      for (const h of notCarried[year]!) off.add(`${year}-${h}`);
      // a holiday on a weekend moves the day off to the next working day, one day per weekend holiday
      for (const h of holidays[year]!.map((x) => `${year}-${x}`).filter((d) => dow(d) === 0 || dow(d) === 6)) {
        let d = next(h);
        while (isOff(d)) d = next(d);
        off.add(d);
      }
      for (const t of transfers[year]!.off) off.add(`${year}-${t}`);
      const on = new Set(transfers[year]!.on.map((t) => `${year}-${t}`));
      for (let d = `${year}-01-01`; d.startsWith(String(year)); d = next(d)) {
        const expected = on.has(d) || !isOff(d);
        assert.equal(isWorkingDay(d), expected, d);
      }
    });
  }
  test('31 August 2026 is a working day (no Constitution Day in 2026); 1 September 2025 was not', () => {
    assert.equal(isWorkingDay('2026-08-31'), true);
    assert.equal(isWorkingDay('2025-09-01'), false);
  });
  test('2027 is provisional: refused unless asked for, then flagged; 2028 is not covered at all', () => {
    assert.equal(inputIssues(() => addWorkingDays('2027-03-01', 3))[0]!.code, 'calendar-provisional');
    assert.equal(addWorkingDays('2027-03-01', 3, { allowProvisional: true }), '2027-03-04');
    assert.equal(inputIssues(() => addWorkingDays('2028-01-03', 1))[0]!.code, 'calendar-not-covered');
    const r = serviceDeadline({ submittedAt: '2026-12-28T10:00', channel: 'portal', allowProvisional: true });
    assert.equal(r.provisional, true);
    assert.ok(r.messages.some((m) => m.message.key === 'service.provisional'));
  });
  test('addWorkingDays skips holidays and counts backwards too', () => {
    assert.equal(addWorkingDays('2026-03-20', 1), '2026-03-26');
    assert.equal(addWorkingDays('2026-03-26', -1), '2026-03-20');
    assert.equal(addWorkingDays('2026-03-20', 0), '2026-03-20');
  });
});

describe('Accepting an application (annex item 7, Interpretations 11 and 14)', () => {
  test('a portal application at 17:29 is accepted that day; at 17:30 on the next working day', () => {
    assert.equal(serviceDeadline({ submittedAt: '2026-03-19T17:29', channel: 'portal' }).acceptedOn, '2026-03-19');
    assert.equal(serviceDeadline({ submittedAt: '2026-03-19T17:30', channel: 'portal' }).acceptedOn, '2026-03-20');
  });
  test('a weekend submission is accepted on Monday; a UTC time is read in Almaty time (UTC+5)', () => {
    assert.equal(serviceDeadline({ submittedAt: '2026-04-04T11:00', channel: 'portal' }).acceptedOn, '2026-04-06');
    assert.equal(serviceDeadline({ submittedAt: '2026-03-19T12:29Z', channel: 'portal' }).acceptedOn, '2026-03-19');
    assert.equal(serviceDeadline({ submittedAt: '2026-03-19T12:30Z', channel: 'portal' }).acceptedOn, '2026-03-20');
  });
  test('an impossible time or offset is an input error, not a shifted date', () => {
    for (const t of ['2026-03-02T24:00', '2026-03-02T10:60', '2026-03-02T10:00+99:99', '2026-02-30T10:00']) {
      assert.equal(inputIssues(() => serviceDeadline({ submittedAt: t, channel: 'portal' }))[0]!.code, 'datetime', t);
    }
  });
  test('the office is closed at lunch, after hours and on days off', () => {
    for (const t of ['2026-04-30T13:00', '2026-04-30T17:30', '2026-04-30T08:29', '2026-05-01T10:00']) {
      assert.equal(inputIssues(() => serviceDeadline({ submittedAt: t, channel: 'office' }))[0]!.code, 'office-closed', t);
    }
  });
  test('a site visit suspends the term by at most 5 working days (p.28-4)', () => {
    assert.equal(inputIssues(() => serviceDeadline({ submittedAt: '2026-04-30T10:00', channel: 'office', siteVisitDays: 6 }))[0]!.code, 'count');
  });
});

describe('The counter-obligation (Annex 6, Interpretations 0, 4, 10, 13)', () => {
  const base = { agreementDate: '2026-02-01', baselineRevenue: '500000000.00', stateAmount: '20000000.00' };
  test('the term ends the day before the deadline: as of the deadline the result is final, the day before it is not', () => {
    const rev = [{ from: '2026-02-01', to: '2028-01-31', amount: '500000000.00' }];
    assert.equal(trackObligation({ ...base, revenue: rev, asOf: '2028-01-31' }).status, 'behind');
    const final = trackObligation({ ...base, revenue: rev, asOf: '2028-02-01' });
    assert.deepEqual([final.status, final.refund.final, final.refund.amount], ['missed', true, '20000000.00']);
  });
  test('the deadline of an agreement of 29 February is 28 February two years on', () => {
    assert.equal(trackObligation({ ...base, agreementDate: '2024-02-29', revenue: [], asOf: '2024-03-01' }).deadline, '2026-02-28');
  });
  test('the target reached exactly is met; one tiyn short is not', () => {
    const at = (amount: string) => trackObligation({ ...base, revenue: [{ from: '2026-02-01', to: '2027-12-31', amount }], asOf: '2028-02-02' }).status;
    assert.equal(at('540000000.00'), 'met');
    assert.equal(at('539999999.99'), 'missed');
  });
  test('a quarter that straddles the agreement date counts by days, and says so', () => {
    const r = trackObligation({ ...base, revenue: [{ from: '2026-01-01', to: '2026-03-31', amount: '90000000.00' }], asOf: '2026-04-01' });
    assert.equal(r.achieved, '59000000.00');
    assert.equal(r.periods[0]!.prorated, true);
  });
  test('the literal reading (Interpretation 0, alternative): revenue ≥ 2Q', () => {
    const r = trackObligation({ ...base, revenue: [{ from: '2026-02-01', to: '2027-12-31', amount: '30000000.00' }], asOf: '2028-02-02', interpretations: { baseline: 'literal-2q' } });
    assert.deepEqual([r.target, r.status, r.refund.amount], ['40000000.00', 'missed', '5000000.00']);
  });
  test('overlapping periods, a period ending after the as-of date and a zero Q are input errors', () => {
    const overlap = inputIssues(() => trackObligation({ ...base, asOf: '2026-12-31', revenue: [{ from: '2026-02-01', to: '2026-04-30', amount: '1' }, { from: '2026-04-30', to: '2026-07-31', amount: '1' }] }));
    assert.equal(issueAt(overlap, 'revenue.1.from').code, 'period-overlap');
    const late = inputIssues(() => trackObligation({ ...base, asOf: '2026-06-30', revenue: [{ from: '2026-04-01', to: '2026-07-31', amount: '1' }] }));
    assert.equal(issueAt(late, 'revenue.0.to').code, 'period-after-as-of');
    assert.equal(issueAt(inputIssues(() => trackObligation({ ...base, stateAmount: '0', asOf: '2026-06-30', revenue: [] })), 'stateAmount').code, 'positive');
  });
});

describe('Bad input: one InputError listing every problem, in three languages', () => {
  test('the safe variants return the error instead of throwing it, and the value when there is one', () => {
    const bad = safeEstimateReimbursement({ applicationDate: '2026-02-30', measure: 'organization', costs: [] });
    assert.equal(bad.ok, false);
    assert.ok(!bad.ok && bad.error instanceof InputError && bad.error.issues[0]!.code === 'date');
    const good = safeEstimateReimbursement({ applicationDate: '2026-02-02', measure: 'organization', costs: [org('2026-01-01')] });
    assert.ok(good.ok && good.value.total === '400000.00');
    assert.equal(safeCheckEligibility({ applicationDate: 'x', measure: 'digital' } as never).ok, false);
    assert.equal(safeBuildChecklist({ applicationDate: '2026-02-02', measure: 'digital' }).ok, true);
  });
  test('a negative amount, a non-numeric amount, 2026-02-30, an unknown measure are each named with their path', () => {
    const issues = inputIssues(() =>
      estimateReimbursement({
        applicationDate: '2026-02-30',
        measure: 'robots' as Measure,
        costs: [{ costType: 'training', amount: '-5', date: '2026-01-01' }, { costType: 'training', amount: 'abc', date: '2026-01-01' }],
      }),
    );
    assert.equal(issueAt(issues, 'applicationDate').code, 'date');
    assert.equal(issueAt(issues, 'measure').code, 'choice');
    assert.equal(issueAt(issues, 'costs.0.amount').code, 'amount');
    assert.equal(issueAt(issues, 'costs.1.amount').code, 'amount');
    for (const i of issues) for (const lang of ['kk', 'ru', 'en'] as const) assert.ok(i.message[lang].length > 10, `${i.path.join('.')} ${lang}`);
  });
  test('a cost type of another measure and a line without its date are named', () => {
    const issues = inputIssues(() => estimateReimbursement({ applicationDate: '2026-02-02', measure: 'digital', costs: [{ costType: 'training', amount: '1', date: '2026-01-01' }, { costType: 'digital-equipment', amount: '1' }] }));
    assert.equal(issueAt(issues, 'costs.0.costType').code, 'cost-type-measure');
    assert.equal(issueAt(issues, 'costs.1.date').code, 'date-missing');
  });
  test('a receipt before the filing date, payments that do not add up, unknown fields', () => {
    const issues = inputIssues(() =>
      estimateReimbursement({
        applicationDate: '2026-02-02',
        receiptDate: '2026-02-01',
        measure: 'digital',
        costs: [{ costType: 'digital-equipment', amount: '10', payments: [{ date: '2026-01-01', amount: '9' }] }],
        extra: 1,
      } as never),
    );
    assert.ok(issues.some((i) => i.code === 'unknown-field'));
    const mismatch = inputIssues(() => estimateReimbursement({ applicationDate: '2026-02-02', receiptDate: '2026-02-01', measure: 'digital', costs: [{ costType: 'digital-equipment', amount: '10', payments: [{ date: '2026-01-01', amount: '9' }] }] }));
    assert.equal(issueAt(mismatch, 'receiptDate').code, 'receipt-before-filing');
    assert.equal(issueAt(mismatch, 'costs.0.payments').code, 'payments-sum');
  });
  test('numbers are accepted for amounts, but not NaN, Infinity, exponents or three decimals', () => {
    assert.equal(estimateReimbursement({ applicationDate: '2026-02-02', measure: 'organization', costs: [{ ...org('2026-01-01'), amount: 1000.5 }] }).total, '400.20');
    for (const amount of [Number.NaN, Number.POSITIVE_INFINITY, 1e21, '1e5', '1.005', ' ', '']) {
      const issues = inputIssues(() => estimateReimbursement({ applicationDate: '2026-02-02', measure: 'organization', costs: [{ ...org('2026-01-01'), amount }] }));
      assert.equal(issueAt(issues, 'costs.0.amount').code, 'amount', String(amount));
    }
  });
});
