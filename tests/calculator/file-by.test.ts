/**
 * File-by dates (p.14, p.14-1): for each included line, the last filing (services) or receipt (equipment) date that
 * keeps it in its 24-month window; for a line excluded as too old, the day it left; for the estimate, the last filing
 * date that keeps the total, and the total on the day after. Every boundary: the day before, of and after.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { estimateReimbursement, formatMessage, type CostLine, type Measure } from '@qazindustry/productivity-calculator';

const est = (applicationDate: string, measure: Measure, costs: CostLine[], extra: object = {}) =>
  estimateReimbursement({ applicationDate, measure, costs, ...extra });
const org = (date: string, amount = '1000000.00'): CostLine => ({ costType: 'progressive-technologies', amount, date });
const lineOf = (applicationDate: string, line: CostLine, measure: Measure = 'organization', extra: object = {}) =>
  est(applicationDate, measure, [line], extra).lines[0]!;
const addDay = (iso: string, n: number) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

describe('A service counts while the filing date is at most 24 months after its act (p.14)', () => {
  // act date → the last filing date that keeps it (derived: the largest D with D − 24 months, clamped, ≤ act)
  const cases: [string, string, string][] = [
    ['2024-03-31', '2026-03-31', 'a month end'],
    ['2024-03-30', '2026-03-30', 'the day before a 31st'],
    ['2024-01-31', '2026-01-31', 'a 31st before a short month'],
    ['2024-02-29', '2026-02-28', 'a leap day (2026 has no 29 February)'],
    ['2024-02-28', '2026-02-28', 'the day before a leap day'],
    ['2024-04-30', '2026-04-30', 'the end of a 30-day month'],
    ['2026-02-28', '2028-02-29', 'the end of February before a leap year (2028-02-29 − 24 months = 2026-02-28)'],
  ];
  for (const [act, last, what] of cases) {
    test(`a cost with the act of ${act} (${what}) counts when filed on ${last} and the day before, and not the day after (p.14)`, () => {
      const onLast = lineOf(last, org(act));
      assert.equal(onLast.status, 'included');
      assert.equal(onLast.fileBy, last);
      assert.equal(onLast.windowRefersTo, 'filing');
      assert.equal(lineOf(addDay(last, -1), org(act)).status, 'included');
      const after = lineOf(addDay(last, 1), org(act));
      assert.equal(after.status, 'excluded');
      assert.equal(after.reasons[0]!.code, 'before-window');
      assert.equal(after.leftWindowOn, addDay(last, 1));
      assert.equal(after.fileBy, undefined);
    });
  }

  test('a cost dated one day before the 24-month window is excluded and left the window the day after its last filing date (p.14, E4)', () => {
    const l = lineOf('2026-03-31', org('2024-03-30'));
    assert.equal(l.status, 'excluded');
    assert.equal(l.leftWindowOn, '2026-03-31');
    assert.equal(l.windowRefersTo, 'filing');
    const left = l.reasons.find((r) => r.code === 'left-window')!;
    assert.equal(left.citation.paragraph, '14');
    assert.equal(left.citation.line, 104);
    assert.match(formatMessage(left.message, 'ru'), /31\.03\.2026/);
    assert.match(formatMessage(left.message, 'en'), /30 March 2026/);
  });

  test('for every act date of 2024 and 2025, the line is in on its file-by date and out on the next day (p.14)', () => {
    for (let act = '2024-01-01'; act <= '2025-12-31'; act = addDay(act, 3)) {
      const l = lineOf(act, org(act));
      assert.equal(l.status, 'included', act);
      assert.equal(lineOf(l.fileBy!, org(act)).status, 'included', `${act} filed ${l.fileBy}`);
      const out = lineOf(addDay(l.fileBy!, 1), org(act));
      assert.equal(out.status, 'excluded', `${act} filed the day after ${l.fileBy}`);
      assert.equal(out.leftWindowOn, addDay(l.fileBy!, 1));
    }
  });

  test('each included line says by when to file to keep it, citing p.14 of the edition (l.104)', () => {
    const l = lineOf('2026-03-10', org('2025-11-20'));
    const r = l.reasons[1]!;
    assert.equal(l.reasons[0]!.code, 'within-window');
    assert.equal(r.code, 'file-by');
    assert.equal(r.message.key, 'cost.file-by');
    assert.deepEqual([r.citation.act, r.citation.paragraph, r.citation.line], ['rules-308', '14', 104]);
    assert.match(formatMessage(r.message, 'kk'), /20\.11\.2027/);
    assert.match(formatMessage(r.message, 'ru'), /20\.11\.2027/);
    assert.match(formatMessage(r.message, 'en'), /20 November 2027/);
  });

  test('a cost dated after the application, and per diem, have no file-by date', () => {
    const after = lineOf('2026-03-10', { costType: 'training', amount: '1000000.00', date: '2026-03-11' }, 'competence');
    assert.equal(after.status, 'excluded');
    assert.equal(after.fileBy, undefined);
    assert.equal(after.leftWindowOn, undefined);
    const perDiem = lineOf('2026-03-10', { costType: 'per-diem', amount: '1.00' }, 'competence');
    assert.equal(perDiem.fileBy, undefined);
  });
});

describe('Equipment counts while the receipt date is at most 24 months after the last payment (p.14-1)', () => {
  const lathe = (last: string): CostLine => ({
    costType: 'tech-equipment',
    payments: [{ date: '2023-12-01', amount: '60000000.00' }, { date: last, amount: '40000000.00' }],
  });
  test('the last payment of 2024-04-15: received on 2026-04-15 it counts, received on 2026-04-16 it does not (p.14-1)', () => {
    const l = lineOf('2026-04-10', lathe('2024-04-15'), 'process', { receiptDate: '2026-04-14' });
    assert.equal(l.fileBy, '2026-04-15');
    assert.equal(l.windowRefersTo, 'receipt');
    assert.equal(l.reasons[1]!.message.key, 'cost.file-by-receipt');
    assert.deepEqual([l.reasons[1]!.citation.paragraph, l.reasons[1]!.citation.line], ['14-1', 118]);
    assert.equal(lineOf('2026-04-10', lathe('2024-04-15'), 'process', { receiptDate: '2026-04-14' }).status, 'included');
    assert.equal(lineOf('2026-04-10', lathe('2024-04-15'), 'process', { receiptDate: '2026-04-15' }).status, 'included');
    const out = lineOf('2026-04-10', lathe('2024-04-15'), 'process', { receiptDate: '2026-04-16' });
    assert.equal(out.status, 'excluded');
    assert.equal(out.leftWindowOn, '2026-04-16');
    assert.equal(out.windowRefersTo, 'receipt');
    assert.equal(out.reasons.find((r) => r.code === 'left-window')!.message.key, 'cost.left-window-receipt');
  });
  test('the earlier payment does not decide: only the last one does, whatever the filing date (p.14-1)', () => {
    assert.equal(lineOf('2026-04-10', lathe('2024-05-20'), 'process').fileBy, '2026-05-20');
  });
});

describe('The estimate: the last filing date that keeps the total, and the total on the day after', () => {
  test('E3: the lathe drops on 16.04.2026, and the process total with it: file by 15.04.2026 to keep 72 000 000.00', () => {
    const r = est('2026-04-10', 'process', [
      { costType: 'tech-equipment', payments: [{ date: '2023-12-01', amount: '60000000.00' }, { date: '2024-04-15', amount: '40000000.00' }] },
      { costType: 'energy-audit', amount: '60000000.00', date: '2025-02-01' },
      { costType: 'installation', amount: '40000000.00', date: '2025-06-01' },
    ]);
    assert.equal(r.total, '72000000.00');
    assert.deepEqual(r.lines.map((l) => l.fileBy), ['2026-04-15', '2027-02-01', '2027-06-01']);
    assert.ok(r.fileBy);
    assert.equal(r.fileBy.date, '2026-04-15');
    assert.equal(r.fileBy.totalAfter, '36000000.00');
    assert.deepEqual(r.fileBy.lines, [0]);
    assert.equal(r.fileBy.allLinesUntil, '2026-04-15');
    assert.equal(r.fileBy.receiptLagDays, 0);
    assert.equal(r.fileBy.citation.paragraph, '14-1');
    assert.equal(r.fileBy.message.key, 'cost.file-by-total');
    assert.ok(r.notes.some((n) => n.key === 'cost.file-by-total'));
    assert.match(formatMessage(r.fileBy.message, 'ru'), /15\.04\.2026/);
    // the day after, the estimate itself agrees
    assert.equal(est('2026-04-16', 'process', [
      { costType: 'tech-equipment', payments: [{ date: '2023-12-01', amount: '60000000.00' }, { date: '2024-04-15', amount: '40000000.00' }] },
      { costType: 'energy-audit', amount: '60000000.00', date: '2025-02-01' },
      { costType: 'installation', amount: '40000000.00', date: '2025-06-01' },
    ]).total, '36000000.00');
  });

  test('when the institute receives the application 4 days after filing, the equipment deadline moves 4 days earlier in filing dates', () => {
    const r = est('2026-04-10', 'process', [{ costType: 'tech-equipment', amount: '10000000.00', date: '2024-04-15' }], { receiptDate: '2026-04-14' });
    assert.equal(r.lines[0]!.fileBy, '2026-04-15');
    assert.equal(r.fileBy!.date, '2026-04-11');
    assert.equal(r.fileBy!.receiptLagDays, 4);
    assert.equal(r.fileBy!.totalAfter, '0.00');
    assert.equal(r.fileBy!.message.key, 'cost.file-by-total-lag');
  });

  test('a cap that absorbs the first line to drop moves the date to the first drop of the total (p.14 cap 20 000 000)', () => {
    const r = est('2026-03-02', 'organization', [org('2024-05-10', '60000000.00'), org('2025-01-10', '60000000.00')]);
    assert.equal(r.total, '20000000.00');
    assert.equal(r.fileBy!.allLinesUntil, '2026-05-10');
    assert.equal(r.fileBy!.date, '2027-01-10');
    assert.deepEqual(r.fileBy!.lines, [0, 1]);
    assert.equal(r.fileBy!.totalAfter, '0.00');
  });

  test('the total after counts what was already received this year, like the total itself (Interpretation 2)', () => {
    const costs = [org('2024-06-01', '30000000.00'), org('2025-06-01', '10000000.00')];
    const alreadyReceived = [{ amount: '5000000.00' }];
    const r = est('2026-05-05', 'organization', costs, { alreadyReceived });
    assert.equal(r.total, '15000000.00');
    assert.equal(r.fileBy!.date, '2026-06-01');
    assert.equal(r.fileBy!.totalAfter, '4000000.00');
    // the same computation without the dropped line
    assert.equal(est('2026-05-05', 'organization', [costs[1]!], { alreadyReceived }).total, '4000000.00');
    // and the estimate filed on the day after says the same
    assert.equal(est('2026-06-02', 'organization', costs, { alreadyReceived }).total, '4000000.00');
    assert.equal(est('2026-06-01', 'organization', costs, { alreadyReceived }).total, '15000000.00');
  });

  test('a drop lost in the rounding is no drop: the date is when the rounded total falls (half-up to the tiyn)', () => {
    const r = est('2026-03-02', 'organization', [org('2024-04-01', '0.01'), org('2025-04-01', '0.02')]);
    assert.equal(r.total, '0.01'); // 0.004 + 0.008 = 0.012 → 0.01
    assert.equal(r.fileBy!.allLinesUntil, '2026-04-01'); // without the first line: 0.008 → 0.01, the same total
    assert.equal(r.fileBy!.date, '2027-04-01');
    assert.equal(r.fileBy!.totalAfter, '0.00');
  });

  test('no file-by date when nothing can drop the total: no included line, or a total of 0.00', () => {
    assert.equal(est('2026-03-02', 'organization', []).fileBy, null);
    assert.equal(est('2026-03-02', 'organization', [org('2020-01-01')]).fileBy, null);
    assert.equal(est('2026-03-02', 'organization', [org('2025-01-01')], { alreadyReceived: [{ amount: '20000000.00' }] }).fileBy, null);
  });

  test('the 2022 edition: a foreign employee counts 12 months back, so the line drops a year after its act (004 l.57)', () => {
    const fe: CostLine = { costType: 'foreign-employee', amount: '1000000.00', date: '2023-06-03' };
    const r = est('2024-01-15', 'competence', [fe]);
    assert.equal(r.edition.id, '2022');
    assert.equal(r.lines[0]!.fileBy, '2024-06-03');
    assert.equal(r.lines[0]!.reasons[1]!.citation.act, 'presentation-2022');
    assert.equal(r.fileBy!.date, '2024-06-03');
    assert.equal(lineOf('2024-06-04', fe, 'competence').status, 'excluded');
  });

  test('the 2022 edition: an act of 28.02.2022 may be filed until 29.02.2024 (the clamped leap day), not 01.03.2024', () => {
    assert.equal(lineOf('2024-02-29', org('2022-02-28')).status, 'included');
    assert.equal(lineOf('2024-02-29', org('2022-02-28')).fileBy, '2024-02-29');
    assert.equal(lineOf('2024-03-01', org('2022-02-28')).status, 'excluded');
    assert.equal(lineOf('2024-03-01', org('2022-02-28')).leftWindowOn, '2024-03-01');
  });
});
