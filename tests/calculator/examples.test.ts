/**
 * The worked examples of shared/domain/EXAMPLES.md, one test each, by name.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildChecklist,
  checkEligibility,
  estimateReimbursement,
  serviceDeadline,
  trackObligation,
  type Applicant,
} from '@qazindustry/productivity-calculator';
import { inputIssues, issueAt } from './helpers.js';
import { PASSING_APPLICANT } from './fixtures.js';

const check = (r: ReturnType<typeof checkEligibility>, id: string) => {
  const c = r.checks.find((x) => x.id === id);
  assert.ok(c, `no check ${id}`);
  return c;
};

const passing: Applicant = PASSING_APPLICANT;

describe('Reimbursement examples', () => {
  test('E1 — training, travel, accommodation, per diem: per diem excluded, total 2 400 000.00', () => {
    const r = estimateReimbursement({
      applicationDate: '2026-03-10',
      measure: 'competence',
      costs: [
        { costType: 'training', amount: '5000000.00', date: '2025-11-20' },
        { costType: 'travel', amount: '400000.00', date: '2025-11-01' },
        { costType: 'accommodation', amount: '600000.00', date: '2025-11-20', period: { from: '2025-11-06', to: '2025-11-20' }, courseKind: 'qualification-upgrade' },
        { costType: 'per-diem', amount: '150000.00' },
      ],
    });
    assert.deepEqual(r.lines.map((l) => l.status), ['included', 'included', 'included', 'excluded']);
    assert.equal(r.lines[3]!.reasons[0]!.code, 'per-diem');
    assert.equal(r.lines[3]!.reasons[0]!.citation.paragraph, '20');
    assert.equal(r.includedCosts, '6000000.00');
    assert.equal(r.total, '2400000.00');
  });

  test('E2 — the competence cap: 40 % = 32 000 000.00 capped at 30 000 000.00 (p.14)', () => {
    const r = estimateReimbursement({ applicationDate: '2026-02-02', measure: 'competence', costs: [{ costType: 'training', amount: '80000000.00', date: '2025-06-30' }] });
    assert.equal(r.lines[0]!.reimbursable, '32000000.00');
    const cap = r.caps.find((c) => c.id === 'competence')!;
    assert.equal(cap.binding, true);
    assert.equal(cap.citation.paragraph, '14');
    assert.equal(r.total, '30000000.00');
  });

  const e3 = {
    applicationDate: '2026-04-10',
    measure: 'process' as const,
    costs: [
      { costType: 'tech-equipment' as const, amount: '100000000.00', payments: [{ date: '2023-12-01', amount: '60000000.00' }, { date: '2024-04-15', amount: '40000000.00' }] },
      { costType: 'energy-audit' as const, amount: '60000000.00', date: '2025-02-01' },
      { costType: 'installation' as const, amount: '40000000.00', date: '2025-06-01' },
    ],
  };
  test('E3 — process caps under Interpretation 1 A: total 72 000 000.00; under B or C 76 000 000.00', () => {
    const r = estimateReimbursement(e3);
    assert.equal(r.lines[0]!.status, 'included');
    assert.equal(r.lines[0]!.decisiveDate, '2024-04-15');
    assert.equal(r.lines[0]!.reimbursable, '40000000.00');
    assert.equal(r.lines[1]!.reimbursable, '24000000.00');
    assert.deepEqual(r.caps.map((c) => [c.id, c.requested, c.granted]), [
      ['process', '64000000.00', '60000000.00'],
      ['process-installation', '16000000.00', '12000000.00'],
    ]);
    assert.equal(r.total, '72000000.00');
    assert.equal(r.interpretations.find((i) => i.id === 'process-caps')!.value, 'A');
    for (const reading of ['B', 'C'] as const) {
      const alt = estimateReimbursement({ ...e3, interpretations: { processCaps: reading } });
      assert.equal(alt.total, '76000000.00', `reading ${reading}`);
      assert.equal(alt.interpretations.find((i) => i.id === 'process-caps')!.value, reading);
    }
  });

  test('E4 — the 24-month boundary: act 2024-03-31 included, 2024-03-30 excluded; total 400 000.00', () => {
    const r = estimateReimbursement({
      applicationDate: '2026-03-31',
      measure: 'organization',
      costs: [
        { costType: 'progressive-technologies', amount: '1000000.00', date: '2024-03-31' },
        { costType: 'progressive-technologies', amount: '1000000.00', date: '2024-03-30' },
      ],
    });
    assert.deepEqual(r.lines.map((l) => l.status), ['included', 'excluded']);
    assert.equal(r.lines[1]!.reasons[0]!.code, 'before-window');
    assert.equal(r.total, '400000.00');
    const leap = estimateReimbursement({ applicationDate: '2028-02-29', measure: 'organization', costs: [] });
    assert.equal(leap.windows.services!.from, '2026-02-28');
  });

  test('E5 — foreign currency: 20 000.00 USD × 540.12 = 10 802 400.00 KZT, total 4 320 960.00; without a rate, an input error', () => {
    const line = { costType: 'progressive-technologies' as const, amount: '20000.00', currency: 'USD', date: '2025-09-15' };
    const r = estimateReimbursement({ applicationDate: '2026-01-20', measure: 'organization', costs: [{ ...line, rate: '540.12' }] });
    assert.equal(r.lines[0]!.amount, '10802400.00');
    assert.equal(r.total, '4320960.00');
    const issues = inputIssues(() => estimateReimbursement({ applicationDate: '2026-01-20', measure: 'organization', costs: [line] }));
    const i = issueAt(issues, 'costs.0.rate');
    assert.equal(i.code, 'rate-missing');
    assert.match(i.message.en, /USD/);
    assert.match(i.message.ru, /курс/);
    assert.match(i.message.kk, /бағам/);
  });

  test('E6 — already received this year: remaining cap 15 000 000.00, total 15 000 000.00', () => {
    const r = estimateReimbursement({
      applicationDate: '2026-05-05',
      measure: 'organization',
      costs: [{ costType: 'progressive-technologies', amount: '45000000.00', date: '2026-03-01' }],
      alreadyReceived: [{ amount: '5000000.00' }],
    });
    assert.equal(r.lines[0]!.reimbursable, '18000000.00');
    assert.equal(r.caps[0]!.remaining, '15000000.00');
    assert.equal(r.total, '15000000.00');
  });

  test('E7 — a cost after the application: excluded, total 0.00', () => {
    const r = estimateReimbursement({ applicationDate: '2026-03-10', measure: 'competence', costs: [{ costType: 'training', amount: '1000000.00', date: '2026-03-11' }] });
    assert.equal(r.lines[0]!.status, 'excluded');
    assert.equal(r.lines[0]!.reasons[0]!.code, 'after-application');
    assert.equal(r.total, '0.00');
  });
});

describe('Eligibility examples', () => {
  test('E8 — large business: fails p.3 sub-item 1 for digital, competence stays open; passes for competence', () => {
    const digital = checkEligibility({ applicationDate: '2026-02-02', measure: 'digital', applicant: { size: 'large' } });
    assert.equal(check(digital, 'p3.1-large-business').status, 'fail');
    assert.equal(digital.verdict, 'ineligible');
    assert.deepEqual(digital.remainsOpen, ['competence']);
    const competence = checkEligibility({ applicationDate: '2026-02-02', measure: 'competence', applicant: { size: 'large' } });
    assert.equal(check(competence, 'p3.1-large-business').status, 'pass');
  });

  test('E9 — state share: 50 % fails p.3 sub-item 2, 49.9 % passes, 100 % of the social-entrepreneurial corporation passes', () => {
    const at = (applicant: Applicant) => check(checkEligibility({ applicationDate: '2026-02-02', measure: 'digital', applicant }), 'p3.2-state-share').status;
    assert.equal(at({ stateShare: '50', stateShareHolderException: 'none' }), 'fail');
    assert.equal(at({ stateShare: '50' }), 'unknown');
    assert.equal(at({ stateShare: '49.9' }), 'pass');
    assert.equal(at({ stateShare: 100, stateShareHolderException: 'social-entrepreneurial-corporation' }), 'pass');
  });

  test('E10 — tax growth: no growth fails p.13 sub-item 5; growth passes; under seven years or tax-exempt not applicable', () => {
    const base = { applicationDate: '2026-04-01', receiptDate: '2026-04-01', measure: 'process' as const };
    const tax = (applicant: Applicant) => check(checkEligibility({ ...base, applicant }), 'p13.5-tax-growth').status;
    const payments = { '2023': '10000000', '2024': '12000000', '2025': '11000000' };
    assert.equal(tax({ registrationDate: '2015-05-01', taxExempt: false, taxPayments: payments }), 'fail');
    assert.equal(tax({ registrationDate: '2015-05-01', taxExempt: false, taxPayments: { ...payments, '2025': '12500000' } }), 'pass');
    assert.equal(tax({ registrationDate: '2020-01-10', taxExempt: false, taxPayments: payments }), 'not-applicable');
    assert.equal(tax({ registrationDate: '2019-04-01', taxExempt: false, taxPayments: payments }), 'fail');
    assert.equal(tax({ registrationDate: '2015-05-01', taxExempt: true, taxPayments: payments }), 'not-applicable');
  });

  test('E11 — the register: not in it fails p.13 sub-item 6; unanswered with all else passing is incomplete, never eligible', () => {
    const no = checkEligibility({ applicationDate: '2026-01-05', measure: 'organization', applicant: { ...passing, inProducersRegister: false } });
    assert.equal(check(no, 'p13.6-producers-register').status, 'fail');
    assert.equal(no.verdict, 'ineligible');
    const { inProducersRegister: _omitted, ...rest } = passing;
    const open = checkEligibility({ applicationDate: '2026-01-05', measure: 'organization', applicant: rest });
    assert.equal(check(open, 'p13.6-producers-register').status, 'unknown');
    assert.equal(open.verdict, 'incomplete');
    assert.deepEqual(open.unanswered, ['inProducersRegister']);
    assert.equal(checkEligibility({ applicationDate: '2026-01-05', measure: 'organization', applicant: passing }).verdict, 'eligible');
  });
});

describe('Document examples', () => {
  const numbers = (r: ReturnType<typeof buildChecklist>) => r.items.map((i) => i.number ?? i.id);
  test('E12 — competence: Annex 3 items 1-6, 8, 9, 10; travel and accommodation add 11 and 12; a non-resident replaces item 5', () => {
    const base = { applicationDate: '2026-02-10', measure: 'competence' as const, taxExempt: false, individualEntrepreneur: false, nonResidentExecutor: false, claimsTravel: false, claimsAccommodation: false };
    assert.deepEqual(numbers(buildChecklist(base)), ['1', '2', '3', '4', '5', '6', '8', '9', '10']);
    assert.deepEqual(numbers(buildChecklist({ ...base, claimsTravel: true, claimsAccommodation: true })), ['1', '2', '3', '4', '5', '6', '8', '9', '10', '11', '12']);
    const nr = buildChecklist({ ...base, nonResidentExecutor: true });
    const five = nr.items.find((i) => i.number === '5')!;
    assert.equal(five.replaced, true);
    assert.equal(five.text.ru, 'документы, подтверждающие факт оказания услуги и регистрацию такого юридического лица');
  });

  test('E13 — technological equipment: Annex 4 items 1-5, 8-11; tax-exempt adds item 7', () => {
    const base = { applicationDate: '2026-01-15', measure: 'process' as const, costType: 'tech-equipment' as const, taxExempt: false, individualEntrepreneur: false, nonResidentExecutor: false };
    assert.deepEqual(numbers(buildChecklist(base)), ['1', '2', '3', '4', '5', '8', '9', '10', '11']);
    assert.deepEqual(numbers(buildChecklist({ ...base, taxExempt: true })), ['1', '2', '3', '4', '5', '7', '8', '9', '10', '11']);
  });

  test('E14 — digital, individual entrepreneur: Annex 5-1 items 1-4, 6, 8-11, then the tax-account statement (p.13 sub-item 5)', () => {
    const r = buildChecklist({ applicationDate: '2026-03-01', measure: 'digital', taxExempt: false, individualEntrepreneur: true, nonResidentExecutor: false });
    assert.deepEqual(numbers(r), ['1', '2', '3', '4', '6', '8', '9', '10', '11', 'p13.5-entrepreneur-statement']);
    assert.equal(r.annexCount, 9);
    assert.equal(r.items.length, 10);
    const last = r.items.at(-1)!;
    assert.deepEqual([last.citation.paragraph, last.citation.subItem], ['13', '5']);
  });
});

describe('Counter-obligation example', () => {
  const base = { agreementDate: '2026-02-01', baselineRevenue: '500000000.00', stateAmount: '20000000.00' };
  const since = (to: string, amount: string) => [{ from: '2026-02-01', to, amount }];
  test('E15 — N + 2×Q: target 540 000 000.00, deadline 2028-02-01, checkpoints every six months, refunds in proportion', () => {
    const r = trackObligation({ ...base, revenue: since('2027-01-31', '250000000.00'), asOf: '2027-02-01' });
    assert.equal(r.target, '540000000.00');
    assert.equal(r.deadline, '2028-02-01');
    assert.deepEqual(r.checkpoints.map((c) => c.date), ['2026-08-01', '2027-02-01', '2027-08-01', '2028-02-01']);
    assert.equal(r.status, 'behind');
    assert.equal(r.pace.required, '270000000.00');

    const met = trackObligation({ ...base, revenue: since('2028-01-31', '545000000.00'), asOf: '2028-02-02' });
    assert.deepEqual([met.status, met.refund.amount], ['met', '0.00']);
    const half = trackObligation({ ...base, revenue: since('2028-01-31', '520000000.00'), asOf: '2028-02-02' });
    assert.deepEqual([half.status, half.refund.achievedRatio, half.refund.amount, half.refund.final], ['missed', '0.5', '10000000.00', true]);
    const none = trackObligation({ ...base, revenue: since('2028-01-31', '480000000.00'), asOf: '2028-02-02' });
    assert.deepEqual([none.status, none.refund.amount], ['missed', '20000000.00']);
  });
});

describe('Time examples', () => {
  test('E16 — portal after hours before Nauryz: accepted 2026-03-26, deadline 2026-04-15; with a 5-day site visit 2026-04-22', () => {
    const r = serviceDeadline({ submittedAt: '2026-03-20T19:00', channel: 'portal' });
    assert.equal(r.acceptedOn, '2026-03-26');
    assert.equal(r.deadline, '2026-04-15');
    assert.equal(serviceDeadline({ submittedAt: '2026-03-20T19:00', channel: 'portal', siteVisitDays: 5 }).deadline, '2026-04-22');
  });

  test('E17 — May holidays: office 2026-04-30 10:00, accepted that day, deadline 2026-05-25', () => {
    const r = serviceDeadline({ submittedAt: '2026-04-30T10:00', channel: 'office' });
    assert.equal(r.acceptedOn, '2026-04-30');
    assert.equal(r.deadline, '2026-05-25');
  });
});
