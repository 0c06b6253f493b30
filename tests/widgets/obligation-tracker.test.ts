/**
 * <qi-obligation-tracker> in a real browser: typing the agreement and the revenue, the rendered status, checkpoints
 * and refund, its events, languages, drafts, share links, error states, accessibility, CSV paste and the export /
 * import of the record, and the worked example E15 of shared/domain/EXAMPLES.md entered through the UI.
 *
 * Every wait is on `updateComplete`, an event or `waitUntil`; never on a fixed delay.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@qazindustry/productivity-widgets/define';
import type { QiObligationTracker } from '@qazindustry/productivity-widgets';
import {
  formatCitation,
  formatDate,
  formatMessage,
  formatTenge,
  trackObligation,
  type InputIssue,
  type Lang,
  type ObligationInput,
  type ObligationResult,
} from '@qazindustry/productivity-calculator';
// The CSV reader is not part of the package's public entry points; the built module is tested directly.
import { parseRevenueCsv, quarterPeriod, toCsv } from '../../packages/widgets/dist/obligation-tracker/csv.js';
import { E15_AGREEMENT, e15 } from './examples.js';
import { NBSP, button, cleanSlateEachTest, control, describedMessage, draftKey, isShown, norm, sdkIssues, shadow, text, type, typeInto } from './helpers.js';

const TAG = 'qi-obligation-tracker';
type Tracker = QiObligationTracker;

// ---------------------------------------------------------------------------------------------------------------
// Helpers of this widget (the shared ones are in ./helpers.ts): its agreement and revenue rows, its rendered result.

const revenueRows = (el: Element) => [...shadow(el).querySelectorAll('fieldset tbody tr')];

interface Agreement {
  agreementDate?: string;
  baseline?: string;
  stateAmount?: string;
  asOf?: string;
  revenue?: { from: string; to: string; amount: string }[];
}

const LABELS = {
  en: { agreement: 'Agreement date', n: 'N: revenue', q: 'Q: amount', asOf: 'As of', add: 'Add a quarter', from: (n: number) => `Row ${n}: From`, to: (n: number) => `Row ${n}: To`, amount: (n: number) => `Row ${n}: Revenue, tenge` },
  ru: { agreement: 'Дата соглашения', n: 'N: доход', q: 'Q: сумма', asOf: 'На дату', add: 'Добавить квартал', from: (n: number) => `Строка ${n}: С`, to: (n: number) => `Строка ${n}: По`, amount: (n: number) => `Строка ${n}: Доход, тенге` },
  kk: { agreement: 'Келісім жасалған күн', n: 'N: келісімге', q: 'Q: келісім', asOf: 'Есеп күні', add: 'Тоқсан қосу', from: (n: number) => `${n}-жол: Басы`, to: (n: number) => `${n}-жол: Соңы`, amount: (n: number) => `${n}-жол: Кіріс, теңге` },
};

/** Types the agreement, the as-of date and the revenue rows (adding rows with "Add a quarter"), in `lang`'s labels. */
async function enter(el: Tracker, a: Agreement, lang: Lang = 'en'): Promise<void> {
  const w = LABELS[lang];
  if (a.agreementDate !== undefined) await type(el, w.agreement, a.agreementDate);
  if (a.baseline !== undefined) await type(el, w.n, a.baseline);
  if (a.stateAmount !== undefined) await type(el, w.q, a.stateAmount);
  if (a.asOf !== undefined) await type(el, w.asOf, a.asOf);
  for (const [i, row] of (a.revenue ?? []).entries()) {
    if (revenueRows(el).length <= i) {
      button(el, w.add).click();
      await el.updateComplete;
    }
    await type(el, w.from(i + 1), row.from);
    await type(el, w.to(i + 1), row.to);
    await type(el, w.amount(i + 1), row.amount);
  }
}

const statusText = (el: Element) => text(shadow(el).querySelector('[part="result"] h3 .status'));
const headline = (el: Element) => text(shadow(el).querySelector('[part="result"] h3'));
const REFUND_WORDS = ['Refund a shortfall means', 'Возврат при недостижении', 'Нысаналы индикаторға қол жеткізілмеген жағдайда қайтарылатын сома'];
const refundLine = (el: Element) => text([...shadow(el).querySelectorAll('[part="result"] > p')].find((p) => REFUND_WORDS.some((w) => text(p).startsWith(w))));
const checkpointRows = (el: Element) => [...shadow(el).querySelectorAll('[part="checkpoints"] tbody tr')].map((tr) => [...tr.querySelectorAll('td')].map((td) => text(td)));

const CHECKPOINT_WORDS: Record<Lang, Record<string, string>> = {
  en: { met: 'met', behind: 'behind', pending: 'ahead' },
  ru: { met: 'выполнено', behind: 'отставание', pending: 'впереди' },
  kk: { met: 'орындалды', behind: 'кестеден артта', pending: 'алда' },
};

/** The status, the sentence with its citation, the checkpoints and the refund say what the SDK's result says. */
function expectRendersResult(el: Element, r: ObligationResult, lang: Lang): void {
  const result = shadow(el).querySelector('[part="result"]')!;
  expect(headline(el)).to.contain(norm(formatTenge(r.target, lang)));
  const sentence = result.querySelector(':scope > p')!;
  expect(text(sentence)).to.contain(norm(formatMessage(r.message, lang)));
  expect(text(sentence.querySelector('cite[part="citation"]'))).to.equal(norm(formatCitation(r.citations.target, lang)));
  expect(checkpointRows(el)).to.deep.equal(
    r.checkpoints.map((c) => [
      formatDate(c.date, lang),
      norm(formatTenge(c.required, lang)),
      c.status === 'pending' ? '—' : norm(formatTenge(c.achieved, lang)),
      CHECKPOINT_WORDS[lang][c.status]!,
    ]),
  );
  expect(refundLine(el)).to.contain(norm(formatTenge(r.refund.amount, lang)));
  expect(refundLine(el)).to.contain(norm(formatCitation(r.refund.citation, lang)));
  const bar = result.querySelector('[part="progress"]')!;
  expect(bar.getAttribute('role')).to.equal('progressbar');
  expect(bar.getAttribute('aria-valuetext')).to.equal(`${formatTenge(r.achieved, lang)} / ${formatTenge(r.target, lang)}`);
}

/** E15 (./examples.ts) typed into the widget's fields. */
async function enterE15(el: Tracker, asOf: string, to: string, amount: string): Promise<void> {
  await enter(el, { agreementDate: '2026-02-01', baseline: '500 000 000', stateAmount: '20 000 000', asOf, revenue: [{ from: '2026-02-01', to, amount }] });
}

cleanSlateEachTest(TAG);

// ---------------------------------------------------------------------------------------------------------------

describe('qi-obligation-tracker', () => {
  describe('typing and the rendered result', () => {
    it('starts empty with no result, the as-of date set to the application date, and passes an accessibility check', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
      expect(text(shadow(el).querySelector('h2'))).to.equal('Counter-obligation: N + 2×Q');
      expect(control(el, 'Agreement date').value).to.equal('');
      expect(control(el, 'As of').value).to.equal('2027-02-01');
      expect(text(shadow(el).querySelector('[part="result"]'))).to.equal('');
      expect(shadow(el).querySelectorAll('[aria-invalid="true"]').length).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('shows the target, the status, the checkpoints, the chart and the refund as the visitor types', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
      await enterE15(el, '2027-02-01', '2027-01-31', '250 000 000');
      expect(headline(el)).to.contain('540,000,000.00 tenge');
      expect(statusText(el)).to.equal('behind');
      const chart = shadow(el).querySelector('svg[part="chart"]')!;
      expect(chart.getAttribute('role')).to.equal('img');
      expect(text(chart.querySelector('title'))).to.contain('250,000,000.00');
      expect(refundLine(el)).to.contain('if the term ended today');
      expectRendersResult(el, trackObligation(e15('2027-02-01', '2027-01-31', '250000000')), 'en');
      await expect(el).to.be.accessible();
    });

    it('takes the agreement from its attributes until the visitor types over them', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" agreement-date="2026-02-01" baseline-revenue="500000000" state-amount="20000000" application-date="2027-02-01"></qi-obligation-tracker>`);
      expect(control(el, 'Agreement date').value).to.equal('2026-02-01');
      expect(headline(el)).to.contain('540,000,000.00 tenge');
      await type(el, 'Q: amount', '30000000');
      expect(headline(el)).to.contain('560,000,000.00 tenge');
    });

    it('adds the next quarter after the last row with "Add a quarter"', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
      await enter(el, { agreementDate: '2026-02-01', revenue: [{ from: '2026-02-01', to: '2026-03-31', amount: '1' }] });
      button(el, 'Add a quarter').click();
      await el.updateComplete;
      expect(control(el, 'Row 2: From').value).to.equal('2026-04-01');
      expect(control(el, 'Row 2: To').value).to.equal('2026-06-30');
      button(el, 'Remove row 1').click();
      await el.updateComplete;
      expect(revenueRows(el).length).to.equal(1);
      expect(control(el, 'Row 1: From').value).to.equal('2026-04-01');
    });
  });

  describe('events', () => {
    it('fires qi-change whose detail deep-equals the SDK result for the same input', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
      await enter(el, { agreementDate: '2026-02-01', baseline: '500 000 000', stateAmount: '20 000 000', asOf: '2027-02-01', revenue: [{ from: '2026-02-01', to: '2027-01-31', amount: '' }] });
      const heard = oneEvent(document, 'qi-change');
      typeInto(control(el, 'Row 1: Revenue, tenge'), '250 000 000');
      const event = await heard;
      expect(event.target === el, 'the event comes from the widget').to.equal(true);
      expect(event.detail).to.deep.equal(trackObligation(e15('2027-02-01', '2027-01-31', '250000000')));
    });

    it('fires qi-input-error with the SDK issues when an amount cannot be read', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
      await enter(el, { agreementDate: '2026-02-01', baseline: '500000000' });
      const heard = oneEvent(el, 'qi-input-error');
      typeInto(control(el, 'Q: amount'), 'lots');
      const event = await heard;
      const expected = sdkIssues(trackObligation, { agreementDate: '2026-02-01', baselineRevenue: '500000000', stateAmount: 'lots', asOf: '2027-02-01', revenue: [] });
      expect(event.detail.issues).to.deep.equal(expected);
      expect(event.detail.issues.map((i: InputIssue) => i.path.join('.'))).to.deep.equal(['stateAmount']);
    });
  });

  describe('languages', () => {
    it('re-renders live in the language its lang attribute is changed to, with each language’s number and date formats', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2028-02-02"></qi-obligation-tracker>`);
      await enterE15(el, '2028-02-02', '2028-01-31', '520000000');
      const r = trackObligation(e15('2028-02-02', '2028-01-31', '520000000'));
      expect(checkpointRows(el)[0]![0]).to.equal('1 August 2026');
      expect(refundLine(el)).to.contain('10,000,000.00 tenge');

      el.setAttribute('lang', 'ru');
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h2'))).to.equal('Встречное обязательство: N + 2×Q');
      expect(checkpointRows(el).map((row) => row[0])).to.deep.equal(['01.08.2026', '01.02.2027', '01.08.2027', '01.02.2028']);
      expect(shadow(el).querySelector('[part="result"] h3 .amount')!.textContent).to.equal(`540${NBSP}000${NBSP}000,00${NBSP}тенге`);
      expect(refundLine(el)).to.contain('10 000 000,00 тенге');
      expect(statusText(el)).to.equal('не выполнено');
      expect(control(el, 'N: доход').value).to.equal('500 000 000');
      expectRendersResult(el, r, 'ru');

      el.setAttribute('lang', 'kk');
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h2'))).to.equal('Қарсы міндеттеме: N + 2×Q');
      expect(checkpointRows(el)[3]![0]).to.equal('01.02.2028');
      expect(shadow(el).querySelector('[part="result"] h3 .amount')!.textContent).to.equal(`540${NBSP}000${NBSP}000,00${NBSP}теңге`);
      expectRendersResult(el, r, 'kk');
      await expect(el).to.be.accessible();

      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="result"] h3 .amount')!.textContent).to.equal(`540,000,000.00${NBSP}tenge`);
    });

    it('speaks the language of the nearest ancestor with lang, and follows it when it changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ru"><p><qi-obligation-tracker application-date="2027-02-01"></qi-obligation-tracker></p></div>`);
      const el = wrapper.querySelector<Tracker>(TAG)!;
      await el.updateComplete;
      expect(el.effectiveLang).to.equal('ru');
      expect(text(shadow(el).querySelector('h2'))).to.equal('Встречное обязательство: N + 2×Q');
      wrapper.setAttribute('lang', 'kk-KZ');
      await waitUntil(() => text(shadow(el).querySelector('h2')) === 'Қарсы міндеттеме: N + 2×Q', 'the widget did not switch to Kazakh');
      await el.updateComplete;
      wrapper.setAttribute('lang', 'en');
      await waitUntil(() => text(shadow(el).querySelector('h2')) === 'Counter-obligation: N + 2×Q', 'the widget did not switch to English');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('speaks Russian when neither it nor the page says a language', async () => {
      const page = document.documentElement;
      const pageLang = page.getAttribute('lang');
      page.removeAttribute('lang');
      try {
        const el = await fixture<Tracker>(html`<qi-obligation-tracker application-date="2027-02-01"></qi-obligation-tracker>`);
        expect(el.effectiveLang).to.equal('ru');
        expect(text(shadow(el).querySelector('h2'))).to.equal('Встречное обязательство: N + 2×Q');
      } finally {
        if (pageLang !== null) page.setAttribute('lang', pageLang);
      }
    });
  });

  describe('drafts (persist)', () => {
    it('brings the inputs and the result back in a new element after the old one is gone', async () => {
      const first = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" persist persist-key="reload" application-date="2027-02-01"></qi-obligation-tracker>`);
      await enterE15(first, '2027-02-01', '2027-01-31', '250000000');
      const before = headline(first);
      first.remove();

      const again = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" persist persist-key="reload" application-date="2027-02-01"></qi-obligation-tracker>`);
      expect(control(again, 'Agreement date').value).to.equal('2026-02-01');
      expect(control(again, 'N: revenue').value).to.equal('500 000 000');
      expect(control(again, 'Row 1: Revenue, tenge').value).to.equal('250000000');
      expect(headline(again)).to.equal(before);
      expect(statusText(again)).to.equal('behind');
    });

    for (const [name, garbage] of [
      ['text that is not JSON', '{"v":1,"inputs":'],
      ['a draft of another version', JSON.stringify({ v: 2, inputs: { agreementDate: '2026-02-01' } })],
      ['a draft with values of the wrong types', JSON.stringify({ v: 1, inputs: { agreementDate: 20260201, baseline: { n: 1 }, stateAmount: [1], asOf: null, revenue: [null, 'x', { from: 1, to: true, amount: 5 }] } })],
      ['a draft whose revenue is not a list', JSON.stringify({ v: 1, inputs: { revenue: 'lots' } })],
    ] as const) {
      it(`is not broken by ${name} under its draft key`, async () => {
        localStorage.setItem(draftKey(TAG, 'garbage'), garbage);
        const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" persist persist-key="garbage" application-date="2027-02-01"></qi-obligation-tracker>`);
        expect(text(shadow(el).querySelector('h2'))).to.equal('Counter-obligation: N + 2×Q');
        expect(shadow(el).querySelectorAll('[role="alert"]').length).to.equal(0);
        await enterE15(el, '2027-02-01', '2027-01-31', '250000000');
        expect(statusText(el)).to.equal('behind');
      });
    }
  });

  describe('share links (share)', () => {
    it('makes a link that reopens a widget with the same inputs, date and result', async () => {
      const first = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" share application-date="2027-02-01"></qi-obligation-tracker>`);
      await enter(first, { agreementDate: '2026-02-01', baseline: '500000000', stateAmount: '20000000', revenue: [{ from: '2026-02-01', to: '2027-01-31', amount: '250000000' }] });
      const before = text(shadow(first).querySelector('[part="result"]'));
      button(first, 'Copy a link to this calculation').click();
      await waitUntil(() => shadow(first).querySelector('[part="share"] input[readonly]'), 'no link was shown');
      await first.updateComplete;
      const link = shadow(first).querySelector<HTMLInputElement>('[part="share"] input[readonly]')!.value;
      await expect(first).to.be.accessible();
      first.remove();

      history.replaceState(null, '', link);
      const again = await fixture<Tracker>(html`<qi-obligation-tracker lang="en"></qi-obligation-tracker>`);
      expect(again.applicationDate).to.equal('2027-02-01');
      expect(control(again, 'Agreement date').value).to.equal('2026-02-01');
      expect(control(again, 'Row 1: To').value).to.equal('2027-01-31');
      expect(control(again, 'As of').value).to.equal('2027-02-01');
      expect(text(shadow(again).querySelector('[part="result"]'))).to.equal(before);
    });
  });

  describe('error states', () => {
    it('says so in a visible alert, never a blank box, when application-date="yesterday"', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" agreement-date="2026-02-01" baseline-revenue="500000000" state-amount="20000000" application-date="yesterday"></qi-obligation-tracker>`);
      const alert = shadow(el).querySelector('[role="alert"]');
      expect(isShown(alert), 'a visible alert').to.equal(true);
      const issue = sdkIssues(trackObligation, { ...E15_AGREEMENT, asOf: 'yesterday', revenue: [] }).find((i) => i.path[0] === 'asOf')!;
      expect(text(alert)).to.contain(norm(issue.message.en));
      expect(text(shadow(el).querySelector('[part="result"]'))).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('says so in a visible alert when application-date="yesterday" before anything is typed', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="ru" application-date="yesterday"></qi-obligation-tracker>`);
      expect(isShown(shadow(el).querySelector('[role="alert"]')), 'a visible alert').to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('says so in a visible alert when an agreement attribute cannot be read', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" agreement-date="2026-02-01" baseline-revenue="half a billion" state-amount="20000000" application-date="2027-02-01"></qi-obligation-tracker>`);
      const alert = shadow(el).querySelector('[role="alert"]');
      expect(isShown(alert), 'a visible alert').to.equal(true);
      expect(text(alert)).to.contain('This widget was set up with a value it cannot use.');
      await expect(el).to.be.accessible();
    });

    for (const [label, bad, path] of [
      ['N: revenue', 'abc', 'baselineRevenue'],
      ['Q: amount', '-5', 'stateAmount'],
    ] as const) {
      it(`shows a message next to "${label}…" typed as "${bad}" (the widget's polite one when unreadable, else the SDK's), keeps the text and shows no number`, async () => {
        const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
        await enterE15(el, '2027-02-01', '2027-01-31', '250000000');
        expect(headline(el)).to.contain('540,000,000.00');
        await type(el, label, bad);
        const field = control(el, label);
        expect(field.value).to.equal(bad);
        expect(field.getAttribute('aria-invalid')).to.equal('true');
        const input: ObligationInput = { ...e15('2027-02-01', '2027-01-31', '250000000'), [path]: bad };
        const issue = sdkIssues(trackObligation, input).find((i) => i.path.join('.') === path)!;
        // x-errors: an amount the parser cannot read gets the widget's polite message, a readable one the SDK's
        expect(describedMessage(el, field)).to.equal(bad === 'abc' ? 'Enter the amount in figures, for example 40,000,000.00.' : norm(issue.message.en));
        expect(isShown(shadow(el).getElementById(field.getAttribute('aria-describedby')!))).to.equal(true);
        expect(control(el, 'Agreement date').getAttribute('aria-invalid')).to.equal('false');
        const result = shadow(el).querySelector('[part="result"]')!;
        expect(text(result)).to.equal('');
        expect(result.querySelectorAll('.amount').length).to.equal(0);
        await expect(el).to.be.accessible();
      });
    }

    it('shows a polite message next to a revenue row that cannot be read', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
      await enterE15(el, '2027-02-01', '2027-01-31', 'a lot');
      const amount = control(el, 'Row 1: Revenue, tenge');
      expect(amount.value).to.equal('a lot');
      expect(amount.getAttribute('aria-invalid')).to.equal('true');
      const issue = sdkIssues(trackObligation, e15('2027-02-01', '2027-01-31', 'a lot'))[0]!;
      expect(issue.path).to.deep.equal(['revenue', 0, 'amount']);
      // x-errors: the widget's polite message for an amount it cannot read
      expect(describedMessage(el, amount)).to.equal('Enter the amount in figures, for example 40,000,000.00.');
      expect(text(shadow(el).querySelector('[part="result"]'))).to.equal('');
      await expect(el).to.be.accessible();
    });

    it('marks a revenue period that ends after the as-of date', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
      await enterE15(el, '2027-02-01', '2027-03-31', '250000000');
      const to = control(el, 'Row 1: To');
      expect(to.getAttribute('aria-invalid')).to.equal('true');
      expect(describedMessage(el, to)).to.equal(norm(sdkIssues(trackObligation, e15('2027-02-01', '2027-03-31', '250000000'))[0]!.message.en));
      await expect(el).to.be.accessible();
    });
  });

  describe('CSV', () => {
    it('reads quarters like "2026-Q2;150000000" and periods like "from;to;amount", skipping a header and blank lines', () => {
      const { rows, badLines } = parseRevenueCsv('from;to;amount\n2026-Q2;150000000\n\n2026-07-01;2026-09-30;160000000\r\n');
      expect(rows).to.deep.equal([
        { from: '2026-04-01', to: '2026-06-30', amount: '150000000' },
        { from: '2026-07-01', to: '2026-09-30', amount: '160000000' },
      ]);
      expect(badLines).to.deep.equal([]);
    });

    it('reads commas and tabs as separators and keeps a decimal comma of the amount', () => {
      expect(parseRevenueCsv('2026-02-01,2026-03-31,1000,50').rows).to.deep.equal([{ from: '2026-02-01', to: '2026-03-31', amount: '1000,50' }]);
      expect(parseRevenueCsv('2026-Q3\t"160 000 000"').rows).to.deep.equal([{ from: '2026-07-01', to: '2026-09-30', amount: '160 000 000' }]);
    });

    it('understands the ways people write a quarter', () => {
      for (const q of ['2026-Q1', 'Q1 2026', '2026 Q1', '1 кв. 2026', '2026-К1']) expect(quarterPeriod(q), q).to.deep.equal({ from: '2026-01-01', to: '2026-03-31' });
      expect(quarterPeriod('2026-Q5')).to.equal(undefined);
      expect(quarterPeriod('spring')).to.equal(undefined);
    });

    it('returns the numbers of the lines it cannot read', () => {
      const { rows, badLines } = parseRevenueCsv('2026-Q2;150000000\nsometime;lots\n2026-13-01\n2026-Q3;1');
      expect(rows.length).to.equal(2);
      expect(badLines).to.deep.equal([2, 3]);
    });

    it('writes rows as "from;to;amount" that it reads back', () => {
      const rows = [{ from: '2026-02-01', to: '2026-03-31', amount: '100000000' }, { from: '2026-04-01', to: '2026-06-30', amount: '150000000.50' }];
      const csv = toCsv(rows);
      expect(csv.split('\n')[0]).to.equal('from;to;amount');
      expect(parseRevenueCsv(csv)).to.deep.equal({ rows, badLines: [] });
    });

    it('adds pasted rows to the table and recomputes', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2026-10-01"></qi-obligation-tracker>`);
      await enter(el, { agreementDate: '2026-02-01', baseline: '500000000', stateAmount: '20000000', revenue: [{ from: '2026-02-01', to: '2026-03-31', amount: '100000000' }] });
      shadow(el).querySelector('details')!.open = true;
      typeInto(control<HTMLTextAreaElement>(el, 'Paste rows'), 'from;to;amount\n2026-Q2;150000000\n2026-07-01;2026-09-30;160000000');
      const heard = oneEvent(el, 'qi-change');
      button(el, 'Add the pasted rows').click();
      const event = await heard;
      await el.updateComplete;
      expect(revenueRows(el).length).to.equal(3);
      expect(control(el, 'Row 2: From').value).to.equal('2026-04-01');
      expect(control(el, 'Row 2: To').value).to.equal('2026-06-30');
      expect(control(el, 'Row 3: Revenue, tenge').value).to.equal('160000000');
      expect(control<HTMLTextAreaElement>(el, 'Paste rows').value).to.equal('');
      expect(text(shadow(el).querySelector('details [role="status"]'))).to.equal('Rows added: 2.');
      const expected = trackObligation({
        ...E15_AGREEMENT,
        asOf: '2026-10-01',
        revenue: [
          { from: '2026-02-01', to: '2026-03-31', amount: '100000000' },
          { from: '2026-04-01', to: '2026-06-30', amount: '150000000' },
          { from: '2026-07-01', to: '2026-09-30', amount: '160000000' },
        ],
      });
      expect(event.detail).to.deep.equal(expected);
      expect(expected.achieved).to.equal('410000000.00');
      await expect(el).to.be.accessible();
    });

    it('says which pasted lines it could not read', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2026-10-01"></qi-obligation-tracker>`);
      shadow(el).querySelector('details')!.open = true;
      typeInto(control<HTMLTextAreaElement>(el, 'Paste rows'), '2026-Q2;150000000\nlast summer;a lot');
      button(el, 'Add the pasted rows').click();
      await el.updateComplete;
      expect(revenueRows(el).length).to.equal(1);
      expect(text(shadow(el).querySelector('details [role="status"]'))).to.equal('These lines could not be read: 2.');
    });
  });

  describe('export and import of the record', () => {
    it('exports the whole record to a file that imports back into a new widget with the same result', async () => {
      const first = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
      await enterE15(first, '2027-02-01', '2027-01-31', '250000000');
      const before = text(shadow(first).querySelector('[part="result"]'));

      // Catch the download: record the file the widget makes instead of letting the browser save it.
      const made: Blob[] = [];
      let saved: { name: string; href: string } | undefined;
      const createObjectURL = URL.createObjectURL;
      const click = HTMLAnchorElement.prototype.click;
      URL.createObjectURL = (obj: Blob | MediaSource) => {
        made.push(obj as Blob);
        return createObjectURL.call(URL, obj);
      };
      HTMLAnchorElement.prototype.click = function (this: HTMLAnchorElement) {
        saved = { name: this.download, href: this.href };
      };
      try {
        shadow(first).querySelector('details')!.open = true;
        button(first, 'Export to a file').click();
      } finally {
        URL.createObjectURL = createObjectURL;
        HTMLAnchorElement.prototype.click = click;
      }
      expect(saved?.name).to.equal('qi-obligation-2026-02-01.json');
      expect(made.length).to.equal(1);
      const fileText = await made[0]!.text();
      const data = JSON.parse(fileText) as { v: number; inputs: { revenue: unknown[] } };
      expect(data.v).to.equal(1);
      expect(data.inputs.revenue.length).to.equal(1);
      first.remove();

      const again = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
      const picker = control(again, 'Import a CSV or a saved file');
      expect(picker.type).to.equal('file');
      const files = new DataTransfer();
      files.items.add(new File([fileText], 'qi-obligation-2026-02-01.json', { type: 'application/json' }));
      picker.files = files.files;
      const heard = oneEvent(again, 'qi-change');
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      await heard;
      await waitUntil(() => text(shadow(again).querySelector('details [role="status"]')) === 'The saved record was imported.', 'no import note');
      await again.updateComplete;
      expect(control(again, 'Agreement date').value).to.equal('2026-02-01');
      expect(control(again, 'Q: amount').value).to.equal('20 000 000');
      expect(control(again, 'Row 1: Revenue, tenge').value).to.equal('250000000');
      expect(text(shadow(again).querySelector('[part="result"]'))).to.equal(before);
      expect(picker.value).to.equal('');
    });

    it('imports revenue rows from a CSV file', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2026-10-01"></qi-obligation-tracker>`);
      await enter(el, { agreementDate: '2026-02-01', baseline: '500000000', stateAmount: '20000000' });
      const picker = control(el, 'Import a CSV or a saved file');
      const files = new DataTransfer();
      files.items.add(new File(['from;to;amount\n2026-02-01;2026-03-31;100000000\n2026-Q2;150000000\n'], 'revenue.csv', { type: 'text/csv' }));
      picker.files = files.files;
      const heard = oneEvent(el, 'qi-change');
      picker.dispatchEvent(new Event('change', { bubbles: true }));
      const event = await heard;
      await el.updateComplete;
      expect(revenueRows(el).length).to.equal(2);
      expect(control(el, 'Row 2: From').value).to.equal('2026-04-01');
      expect(text(shadow(el).querySelector('details [role="status"]'))).to.equal('Rows added: 2.');
      expect((event.detail as ObligationResult).achieved).to.equal('250000000.00');
    });
  });

  describe('worked example E15 through the UI', () => {
    it('E15 — N + 2×Q: target 540 000 000.00, deadline 2028-02-01, checkpoints every six months', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="ru" application-date="2027-02-01"></qi-obligation-tracker>`);
      await enter(el, { agreementDate: '2026-02-01', baseline: '500 000 000,00', stateAmount: '20 000 000,00', asOf: '2027-02-01', revenue: [{ from: '2026-02-01', to: '2027-01-31', amount: '250 000 000,00' }] }, 'ru');
      expect(headline(el)).to.contain('540 000 000,00 тенге');
      expect(statusText(el)).to.equal('отставание');
      expect(checkpointRows(el).map((row) => row[0])).to.deep.equal(['01.08.2026', '01.02.2027', '01.08.2027', '01.02.2028']);
      expect(text(shadow(el).querySelector('svg[part="chart"] title'))).to.contain('01.02.2028');
    });

    it('E15 — as of 2027-02-01 with 250 000 000.00 revenue: behind, the pace requires 270 000 000.00', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
      await enterE15(el, '2027-02-01', '2027-01-31', '250000000');
      expect(statusText(el)).to.equal('behind');
      expect(text(shadow(el).querySelector('[part="result"] > p'))).to.contain('270,000,000.00 tenge');
      expect(checkpointRows(el).map((row) => row[3])).to.deep.equal(['behind', 'behind', 'ahead', 'ahead']);
      expectRendersResult(el, trackObligation(e15('2027-02-01', '2027-01-31', '250000000')), 'en');
    });

    it('E15 — as of 2028-02-02 with 545 000 000.00: met, refund 0.00', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2028-02-02"></qi-obligation-tracker>`);
      await enterE15(el, '2028-02-02', '2028-01-31', '545000000');
      expect(statusText(el)).to.equal('met');
      expect(refundLine(el)).to.contain('0.00 tenge');
      expect(refundLine(el)).to.not.contain('if the term ended today');
      expectRendersResult(el, trackObligation(e15('2028-02-02', '2028-01-31', '545000000')), 'en');
      await expect(el).to.be.accessible();
    });

    it('E15 — as of 2028-02-02 with 520 000 000.00: missed, half achieved, refund 10 000 000.00', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2028-02-02"></qi-obligation-tracker>`);
      const heard = oneEvent(el, 'qi-change');
      await enterE15(el, '2028-02-02', '2028-01-31', '520000000');
      await heard;
      expect(statusText(el)).to.equal('missed');
      expect(refundLine(el)).to.contain('10,000,000.00 tenge');
      expect(text(shadow(el).querySelector('[part="result"] > p'))).to.contain('50 %');
      const r = trackObligation(e15('2028-02-02', '2028-01-31', '520000000'));
      expect([r.refund.achievedRatio, r.refund.amount, r.refund.final]).to.deep.equal(['0.5', '10000000.00', true]);
      expectRendersResult(el, r, 'en');
      await expect(el).to.be.accessible();
    });

    it('E15 — as of 2028-02-02 with 480 000 000.00: missed, the whole Q of 20 000 000.00 is refunded', async () => {
      const el = await fixture<Tracker>(html`<qi-obligation-tracker lang="en" application-date="2028-02-02"></qi-obligation-tracker>`);
      await enterE15(el, '2028-02-02', '2028-01-31', '480000000');
      expect(statusText(el)).to.equal('missed');
      expect(refundLine(el)).to.contain('20,000,000.00 tenge');
      expectRendersResult(el, trackObligation(e15('2028-02-02', '2028-01-31', '480000000')), 'en');
    });
  });
});
