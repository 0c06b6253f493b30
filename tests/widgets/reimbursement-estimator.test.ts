/**
 * <qi-reimbursement-estimator> in a real browser: typing into its fields, the rendered estimate (total, line
 * statuses, reasons with citations, caps), its events, languages, drafts, share links, error states, accessibility,
 * and the worked examples E1-E7 of shared/domain/EXAMPLES.md entered through the UI.
 *
 * Every wait is on `updateComplete`, an event or `waitUntil`; never on a fixed delay.
 */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '@qazindustry/productivity-widgets/define';
import type { QiReimbursementEstimator } from '@qazindustry/productivity-widgets';
import {
  COST_TYPE_NAMES_OF,
  describeEstimate,
  estimateReimbursement,
  formatCitation,
  formatMessage,
  formatTenge,
  type EstimateInput,
  type EstimateResult,
  type Lang,
} from '@qazindustry/productivity-calculator';
import { E1, E3, E4 } from './examples.js';
import {
  NBSP,
  button,
  cleanSlateEachTest,
  clearDrafts,
  control,
  describedMessage,
  draftKey,
  isShown,
  norm,
  sdkIssues,
  settle,
  shadow,
  text,
  typeInto,
  type Control,
} from './helpers.js';

const TAG = 'qi-reimbursement-estimator';
type Estimator = QiReimbursementEstimator;

// ---------------------------------------------------------------------------------------------------------------
// Helpers of this widget (the shared ones are in ./helpers.ts): its cost lines, its breakdown, its caps.

/** The visitor asks for the result: Enter in a field (a field's error shows once it was left or the result asked for). */
async function askForResult(el: Estimator, field: Element): Promise<void> {
  field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
  await settle(el);
}

const lineBoxes = (el: Element) => [...shadow(el).querySelectorAll<HTMLFieldSetElement>('fieldset[part="line"]')];

interface LineEntry {
  type?: string;
  currency?: string;
  amount?: string;
  date?: string;
  rate?: string;
  payments?: { date: string; amount: string }[];
}

/** Fills cost line `i` (adding lines as needed) field by field, waiting for the widget after each. */
async function fillLine(el: Estimator, i: number, entry: LineEntry, lang: Lang = 'en'): Promise<void> {
  const words = {
    en: { add: 'Add a cost', type: 'Cost type', currency: 'Currency', amount: 'Amount,', date: 'Date of the act', rate: 'National Bank rate', addPayment: 'Add a payment', payDate: (n: number) => `Payment ${n}: date`, payAmount: (n: number) => `Payment ${n}: amount` },
    ru: { add: 'Добавить затраты', type: 'Вид затрат', currency: 'Валюта', amount: 'Сумма,', date: 'Дата акта', rate: 'Курс Национального банка', addPayment: 'Добавить платёж', payDate: (n: number) => `Платёж ${n}: дата`, payAmount: (n: number) => `Платёж ${n}: сумма` },
    kk: { add: 'Шығын қосу', type: 'Шығын түрі', currency: 'Валюта', amount: 'Сомасы,', date: 'Көрсетілген қызметтер актісінің', rate: 'Ұлттық Банктің', addPayment: 'Төлем қосу', payDate: (n: number) => `${n}-төлем: күні`, payAmount: (n: number) => `${n}-төлем: сомасы` },
  }[lang];
  while (lineBoxes(el).length <= i) {
    button(el, words.add).click();
    await el.updateComplete;
  }
  const box = () => lineBoxes(el)[i]!;
  const set = async (label: string, value: string) => {
    typeInto(control<Control>(el, label, box()), value);
    await el.updateComplete;
  };
  if (entry.type) await set(words.type, entry.type);
  if (entry.currency) await set(words.currency, entry.currency);
  if (entry.payments) {
    for (const [j, p] of entry.payments.entries()) {
      if (j > 0 && !box().querySelector(`[id$="-p${j}-date"]`)) {
        button(el, words.addPayment).click();
        await el.updateComplete;
      }
      await set(words.payDate(j + 1), p.date);
      await set(words.payAmount(j + 1), p.amount);
    }
  }
  if (entry.amount !== undefined) await set(words.amount, entry.amount);
  if (entry.date !== undefined) await set(words.date, entry.date);
  if (entry.rate !== undefined) await set(words.rate, entry.rate);
}

const totalText = (el: Element) => text(shadow(el).querySelector('[part="total"]'));

interface RenderedLine {
  type: string;
  amount: string;
  status: string;
  reimbursable: string;
  reasons: { text: string; cite: string }[];
}

/** The breakdown table as a person reads it: one entry per cost line with its reasons. */
function breakdown(el: Element): RenderedLine[] {
  const rows = [...shadow(el).querySelectorAll('[part="breakdown"] tbody tr')];
  const out: RenderedLine[] = [];
  for (let k = 0; k < rows.length; k += 2) {
    const cells = [...rows[k]!.querySelectorAll('td')].map((c) => text(c));
    const reasons = [...rows[k + 1]!.querySelectorAll('li')].map((li) => ({ text: text(li), cite: text(li.querySelector('cite[part="citation"]')) }));
    out.push({ type: cells[0]!, amount: cells[1]!, status: cells[2]!, reimbursable: cells[3]!, reasons });
  }
  return out;
}

const caps = (el: Element) => [...shadow(el).querySelectorAll('[part="caps"] li')].map((li) => ({ text: text(li), cite: text(li.querySelector('cite[part="citation"]')), binding: !!li.querySelector('.status.fail') }));

/** The rendered breakdown and caps say what the SDK's result says, in `lang`, with every citation. */
function expectRendersResult(el: Element, r: EstimateResult, lang: Lang): void {
  const lines = breakdown(el);
  expect(lines.length).to.equal(r.lines.length);
  r.lines.forEach((l, i) => {
    const shown = lines[i]!;
    expect(shown.reasons.length, `reasons of line ${i + 1}`).to.equal(l.reasons.length);
    l.reasons.forEach((reason, k) => {
      expect(shown.reasons[k]!.text).to.contain(norm(formatMessage(reason.message, lang)));
      expect(shown.reasons[k]!.cite).to.equal(norm(formatCitation(reason.citation, lang)));
      expect(shown.reasons[k]!.cite).to.not.equal('');
    });
  });
  const shownCaps = caps(el);
  expect(shownCaps.length).to.equal(r.caps.length);
  r.caps.forEach((c, i) => {
    expect(shownCaps[i]!.text).to.contain(norm(formatMessage(c.message, lang)));
    expect(shownCaps[i]!.cite).to.equal(norm(formatCitation(c.citation, lang)));
    expect(shownCaps[i]!.binding).to.equal(c.binding);
  });
}

/** E1 (./examples.ts) typed into the widget's fields. */
async function enterE1(el: Estimator): Promise<void> {
  await fillLine(el, 0, { type: 'training', amount: '5 000 000,00', date: '2025-11-20' });
  await fillLine(el, 1, { type: 'travel', amount: '400 000,00', date: '2025-11-01' });
  await fillLine(el, 2, { type: 'accommodation', amount: '600 000,00', date: '2025-11-20' });
  await fillLine(el, 3, { type: 'per-diem', amount: '150 000,00' });
}

/** E4 (./examples.ts) typed into the widget's fields. */
async function enterE4(el: Estimator, lang: Lang = 'en'): Promise<void> {
  await fillLine(el, 0, { amount: '1000000', date: '2024-03-31' }, lang);
  await fillLine(el, 1, { amount: '1000000', date: '2024-03-30' }, lang);
}

cleanSlateEachTest(TAG);

// ---------------------------------------------------------------------------------------------------------------

describe('qi-reimbursement-estimator', () => {
  describe('typing and the rendered estimate', () => {
    it('starts with one empty cost line of the measure and a total of 0.00, and passes an accessibility check', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      expect(text(shadow(el).querySelector('h2'))).to.equal('How much will be reimbursed?');
      expect(lineBoxes(el).length).to.equal(1);
      expect(control(el, 'Amount, KZT').value).to.equal('');
      expect(control<HTMLSelectElement>(el, 'Cost type').value).to.equal('progressive-technologies');
      expect(totalText(el)).to.equal('Estimated reimbursement: 0.00 tenge');
      await expect(el).to.be.accessible();
    });

    it('asks what the law asks about a line: the course and the stay (p.20), the device (p.12), and the SDK limits them', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="competence" application-date="2026-03-02"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, { type: 'accommodation', amount: '410000', date: '2026-02-20' });
      typeInto(control<HTMLSelectElement>(el, 'Kind of course'), 'retraining');
      await el.updateComplete;
      typeInto(control(el, 'Stay: check-in'), '2026-01-10');
      await el.updateComplete;
      typeInto(control(el, 'Stay: check-out'), '2026-02-20');
      await el.updateComplete;
      const sdk = estimateReimbursement({
        applicationDate: '2026-03-02',
        measure: 'competence',
        costs: [{ costType: 'accommodation', amount: '410000', date: '2026-02-20', courseKind: 'retraining', period: { from: '2026-01-10', to: '2026-02-20' } }],
      });
      expect(sdk.lines[0]!.counted).to.equal('310000.00');
      expect(totalText(el)).to.equal('Estimated reimbursement: 124,000.00 tenge');
      await expect(el).to.be.accessible();

      const digital = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="digital" application-date="2026-03-02"></qi-reimbursement-estimator>`);
      await fillLine(digital, 0, { payments: [{ date: '2026-01-15', amount: '1000000' }] });
      expect(totalText(digital)).to.equal('Estimated reimbursement: 400,000.00 tenge');
      typeInto(control<HTMLSelectElement>(digital, 'Device'), 'other');
      await digital.updateComplete;
      expect(totalText(digital)).to.equal('Estimated reimbursement: 0.00 tenge');
      expect(breakdown(digital)[0]!.status).to.equal('excluded');
    });

    it('prints the whole calculation alone: a print frame with the folded readings of the Rules open; the widget stays folded', async () => {
      // item 9 "Print and copy": the widget prints in a frame of its own, not the page (tests/widgets/print-and-copy.test.ts)
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, { amount: '1000000', date: '2025-06-01' });
      const details = shadow(el).querySelector('details')!;
      const original = window.print;
      const appendChild = document.body.appendChild;
      let openWhilePrinting: boolean[] = [];
      let pagePrinted = 0;
      window.print = () => void pagePrinted++;
      let frame: HTMLIFrameElement | undefined;
      document.body.appendChild = function <T extends Node>(node: T): T {
        const r = appendChild.call(this, node) as T;
        if (node instanceof HTMLIFrameElement) {
          frame = node;
          node.contentWindow!.print = () => {
            openWhilePrinting = [...node.contentDocument!.body.firstElementChild!.shadowRoot!.querySelectorAll('details')].map((d) => d.open);
          };
        }
        return r;
      };
      try {
        button(el, 'Print').click();
      } finally {
        window.print = original;
        delete (document.body as unknown as Record<string, unknown>)['appendChild'];
        frame?.remove();
      }
      expect(pagePrinted).to.equal(0);
      expect(openWhilePrinting.length).to.be.greaterThan(0);
      expect(openWhilePrinting.every(Boolean)).to.equal(true);
      expect(details.open).to.equal(false);
    });

    it('lets the visitor choose the measure when the page does not set one', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      expect(lineBoxes(el).length).to.equal(0);
      expect(!!shadow(el).querySelector('[part="total"]')).to.equal(false);
      await expect(el).to.be.accessible();
      typeInto(control<HTMLSelectElement>(el, 'Measure'), 'organization');
      await el.updateComplete;
      expect(lineBoxes(el).length).to.equal(1);
      await fillLine(el, 0, { amount: '1000000', date: '2025-06-01' });
      expect(totalText(el)).to.equal('Estimated reimbursement: 400,000.00 tenge');
    });

    it('recomputes the total, the line statuses, the reasons with their citations and the caps as the visitor types', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, { amount: '1000000', date: '2024-03-31' });
      expect(totalText(el)).to.contain('400,000.00');
      await fillLine(el, 1, { amount: '1000000', date: '2024-03-30' });
      const r = estimateReimbursement(E4);
      expect(breakdown(el).map((l) => l.status)).to.deep.equal(['included', 'excluded']);
      expect(breakdown(el)[1]!.reimbursable).to.equal('0.00 tenge');
      expectRendersResult(el, r, 'en');
      await expect(el).to.be.accessible();
    });

    it('marks a yearly cap that bites and passes an accessibility check with it', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="competence" application-date="2026-02-02"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, { type: 'training', amount: '80000000', date: '2025-06-30' });
      const capLines = caps(el);
      expect(capLines).to.have.length(1);
      expect(capLines[0]!.binding).to.equal(true);
      expect(capLines[0]!.text).to.contain('cap reached');
      expect(capLines[0]!.cite).to.not.equal('');
      await expect(el).to.be.accessible();
    });

    it('does not claim a digital device is a 3D printer when the visitor never said so', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="digital" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      const ev = oneEvent(el, 'qi-change');
      await fillLine(el, 0, { payments: [{ date: '2025-10-01', amount: '10000000' }] });
      const detail = (await ev).detail as EstimateResult;
      const expected = estimateReimbursement({ applicationDate: '2026-03-31', measure: 'digital', costs: [{ costType: 'digital-equipment', payments: [{ date: '2025-10-01', amount: '10000000' }] }] });
      expect(detail).to.deep.equal(expected);
      expect(breakdown(el)[0]!.reasons.map((x) => x.text).join(' ')).to.contain(norm(formatMessage({ key: 'cost.note-digital-kind' }, 'en')));
    });
  });

  describe('events', () => {
    it('fires qi-change whose detail deep-equals the SDK result for the same input', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="competence" application-date="2026-03-10"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, { type: 'training', amount: '5 000 000,00', date: '2025-11-20' });
      await fillLine(el, 1, { type: 'travel', amount: '400 000,00', date: '2025-11-01' });
      await fillLine(el, 2, { type: 'accommodation', amount: '600 000,00', date: '2025-11-20' });
      await fillLine(el, 3, { type: 'per-diem' });
      const heard = oneEvent(document, 'qi-change');
      typeInto(control(el, 'Amount, KZT', lineBoxes(el)[3]), '150 000,00');
      const event = await heard;
      expect(event.target === el, 'the event comes from the widget').to.equal(true);
      expect(event.detail).to.deep.equal(estimateReimbursement(E1));
    });

    it('fires qi-input-error with the SDK issues when an amount cannot be read', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, { date: '2025-06-01' });
      const heard = oneEvent(el, 'qi-input-error');
      typeInto(control(el, 'Amount, KZT'), 'abc');
      const event = await heard;
      const expected = sdkIssues(estimateReimbursement, { applicationDate: '2026-03-31', measure: 'organization', costs: [{ costType: 'progressive-technologies', amount: 'abc', date: '2025-06-01' }] });
      expect(event.detail.issues).to.deep.equal(expected);
      expect(event.detail.issues[0]!.path).to.deep.equal(['costs', 0, 'amount']);
    });
  });

  describe('languages', () => {
    it('re-renders live in the language its lang attribute is changed to, with each language’s number and date formats', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      await enterE4(el);
      const r = estimateReimbursement(E4);
      expect(breakdown(el)[0]!.amount).to.equal('1,000,000.00 tenge');
      expect(breakdown(el)[0]!.status).to.equal('included');
      expect(text(shadow(el).querySelector('.root'))).to.contain('31 March 2024');

      el.setAttribute('lang', 'ru');
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h2'))).to.equal('Сколько возместят?');
      expect(shadow(el).querySelector('[part="breakdown"] td.num')!.textContent).to.equal(`1${NBSP}000${NBSP}000,00${NBSP}тенге`);
      expect(breakdown(el).map((l) => l.status)).to.deep.equal(['учтено', 'не учтено']);
      expect(breakdown(el)[0]!.reasons[0]!.text).to.contain('31.03.2024');
      expect(shadow(el).querySelector('[part="total"] .amount')!.textContent).to.equal(`400${NBSP}000,00${NBSP}тенге`);
      expect(control(el, 'Сумма, KZT').value).to.equal('1000000');
      expectRendersResult(el, r, 'ru');

      el.setAttribute('lang', 'kk');
      await el.updateComplete;
      expect(text(shadow(el).querySelector('h2'))).to.equal('Қанша өтеледі?');
      expect(shadow(el).querySelector('[part="breakdown"] td.num')!.textContent).to.equal(`1${NBSP}000${NBSP}000,00${NBSP}теңге`);
      expect(breakdown(el)[0]!.reasons[0]!.text).to.contain('31.03.2024');
      expectRendersResult(el, r, 'kk');
      await expect(el).to.be.accessible();

      el.setAttribute('lang', 'en');
      await el.updateComplete;
      expect(shadow(el).querySelector('[part="breakdown"] td.num')!.textContent).to.equal(`1,000,000.00${NBSP}tenge`);
    });

    it('speaks the language of the nearest ancestor with lang, and follows it when it changes', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="kk"><section><qi-reimbursement-estimator measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator></section></div>`);
      const el = wrapper.querySelector<Estimator>(TAG)!;
      await el.updateComplete;
      expect(el.effectiveLang).to.equal('kk');
      expect(text(shadow(el).querySelector('h2'))).to.equal('Қанша өтеледі?');
      wrapper.setAttribute('lang', 'en-GB');
      await waitUntil(() => text(shadow(el).querySelector('h2')) === 'How much will be reimbursed?', 'the widget did not switch to English');
      await el.updateComplete;
      wrapper.setAttribute('lang', 'ru-KZ');
      await waitUntil(() => text(shadow(el).querySelector('h2')) === 'Сколько возместят?', 'the widget did not switch to Russian');
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('speaks Russian when neither it nor the page says a language', async () => {
      const html_ = document.documentElement;
      const pageLang = html_.getAttribute('lang');
      html_.removeAttribute('lang');
      try {
        const el = await fixture<Estimator>(html`<qi-reimbursement-estimator measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
        expect(el.effectiveLang).to.equal('ru');
        expect(text(shadow(el).querySelector('h2'))).to.equal('Сколько возместят?');
        expect(shadow(el).querySelector('.root')!.getAttribute('lang')).to.equal('ru');
      } finally {
        if (pageLang !== null) html_.setAttribute('lang', pageLang);
      }
    });
  });

  describe('drafts (persist)', () => {
    it('brings the inputs and the result back in a new element after the old one is gone', async () => {
      const first = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" persist persist-key="reload" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      await enterE4(first);
      const before = totalText(first);
      expect(before).to.contain('400,000.00');
      first.remove();

      const again = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" persist persist-key="reload" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      expect(lineBoxes(again).length).to.equal(2);
      expect(control(again, 'Amount, KZT', lineBoxes(again)[0]).value).to.equal('1000000');
      expect(control(again, 'Date of the act', lineBoxes(again)[1]).value).to.equal('2024-03-30');
      expect(totalText(again)).to.equal(before);
      expect(breakdown(again).map((l) => l.status)).to.deep.equal(['included', 'excluded']);
    });

    it('keeps nothing when persist is off', async () => {
      const first = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      await enterE4(first);
      first.remove();
      expect(Object.keys(localStorage).filter((k) => k.startsWith(`qi:${TAG}:`))).to.deep.equal([]);
    });

    for (const [name, garbage] of [
      ['text that is not JSON', '{"v":1,"inputs":{"lines":[{'],
      ['a draft of another version', JSON.stringify({ v: 99, inputs: { measure: 'organization', lines: [{ costType: 'progressive-technologies', amount: '5' }] } })],
      ['a draft with values of the wrong types', JSON.stringify({ v: 1, inputs: { measure: 7, lines: [null, 3, 'x', { costType: 5, amount: 1000000, date: 20240331, currency: null, rate: {}, payments: [null, 7] }], alreadyReceived: [] } })],
      ['a draft whose lines are not a list', JSON.stringify({ v: 1, inputs: { measure: 'organization', lines: 'many', alreadyReceived: 12 } })],
    ] as const) {
      it(`is not broken by ${name} under its draft key`, async () => {
        localStorage.setItem(draftKey(TAG, 'garbage'), garbage);
        const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" persist persist-key="garbage" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
        expect(text(shadow(el).querySelector('h2'))).to.equal('How much will be reimbursed?');
        expect(!!shadow(el).querySelector('p.notice.fail'), 'an error notice').to.equal(false);
        expect(lineBoxes(el).length).to.be.greaterThan(0);
        await fillLine(el, 0, { type: 'progressive-technologies', amount: '1000000', date: '2025-06-01', currency: 'KZT' });
        expect(totalText(el)).to.contain('400,000.00');
      });
    }
  });

  describe('share links (share)', () => {
    it('makes a link that reopens a widget with the same inputs, date and result', async () => {
      const first = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" share measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      await enterE4(first);
      const total = totalText(first);
      button(first, 'Copy a link to this calculation').click();
      await waitUntil(() => shadow(first).querySelector('[part="share"] input[readonly]'), 'no link was shown');
      await first.updateComplete;
      const link = shadow(first).querySelector<HTMLInputElement>('[part="share"] input[readonly]')!.value;
      expect(new URL(link).searchParams.get(TAG)).to.be.a('string');
      await expect(first).to.be.accessible();
      first.remove();

      history.replaceState(null, '', link);
      const again = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization"></qi-reimbursement-estimator>`);
      expect(again.applicationDate).to.equal('2026-03-31');
      expect(lineBoxes(again).length).to.equal(2);
      expect(control(again, 'Amount, KZT', lineBoxes(again)[0]).value).to.equal('1000000');
      expect(control(again, 'Date of the act', lineBoxes(again)[0]).value).to.equal('2024-03-31');
      expect(control(again, 'Date of the act', lineBoxes(again)[1]).value).to.equal('2024-03-30');
      expect(totalText(again)).to.equal(total);
    });
  });

  describe('error states', () => {
    it('says so in a visible alert, never a blank box, when measure="robots"', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="robots" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      const alert = shadow(el).querySelector('[role="alert"]');
      expect(isShown(alert), 'a visible alert').to.equal(true);
      expect(text(alert)).to.contain('This widget was set up with a value it cannot use.');
      const issue = sdkIssues(estimateReimbursement, { applicationDate: '2026-03-31', measure: 'robots' as never, costs: [] }).find((i) => i.path[0] === 'measure')!;
      expect(text(alert)).to.contain(norm(issue.message.en));
      expect(!!shadow(el).querySelector('[part="total"]')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('says so in a visible alert, never a blank box, when application-date="yesterday"', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="ru" measure="organization" application-date="yesterday"></qi-reimbursement-estimator>`);
      const alert = shadow(el).querySelector('[role="alert"]');
      expect(isShown(alert), 'a visible alert').to.equal(true);
      const issue = sdkIssues(estimateReimbursement, { applicationDate: 'yesterday', measure: 'organization', costs: [] }).find((i) => i.path[0] === 'applicationDate')!;
      expect(text(alert)).to.contain(norm(issue.message.ru));
      expect(!!shadow(el).querySelector('[part="total"]')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('reports application-date="yesterday" in an alert even before a measure is chosen', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" application-date="yesterday"></qi-reimbursement-estimator>`);
      const alert = shadow(el).querySelector('[role="alert"]');
      expect(isShown(alert), 'a visible alert').to.equal(true);
      await expect(el).to.be.accessible();
    });

    for (const bad of ['abc', '-5']) {
      it(`shows a message next to an amount typed as "${bad}" (the widget's polite one when unreadable, else the SDK's), keeps the text and shows no number`, async () => {
        const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
        await fillLine(el, 0, { amount: '1000000', date: '2025-06-01' });
        expect(totalText(el)).to.contain('400,000.00');
        await fillLine(el, 0, { amount: bad });
        const amount = control(el, 'Amount, KZT');
        expect(amount.value).to.equal(bad);
        expect(amount.getAttribute('aria-invalid')).to.equal('true');
        const issue = sdkIssues(estimateReimbursement, { applicationDate: '2026-03-31', measure: 'organization', costs: [{ costType: 'progressive-technologies', amount: bad, date: '2025-06-01' }] })[0]!;
        // x-errors: an amount the parser cannot read gets the widget's message in the visitor's format
        expect(describedMessage(el, amount)).to.equal(bad === 'abc' ? 'Enter the amount in figures, for example 40,000,000.00.' : norm(issue.message.en));
        expect(isShown(shadow(el).getElementById(amount.getAttribute('aria-describedby')!))).to.equal(true);
        expect(control(el, 'Date of the act').getAttribute('aria-invalid')).to.equal('false');
        const result = shadow(el).querySelector('[part="result"]')!;
        expect(!!result.querySelector('[part="total"]')).to.equal(false);
        expect(result.querySelectorAll('.amount').length).to.equal(0);
        expect(text(result)).to.not.match(/\d/);
        await expect(el).to.be.accessible();
      });
    }

    it('shows a polite message next to an unreadable "already received" amount', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-05-05"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, { amount: '45000000', date: '2026-03-01' });
      const received = control(el, 'Already received');
      typeInto(received, 'five');
      await el.updateComplete;
      expect(received.value).to.equal('five');
      expect(received.getAttribute('aria-invalid')).to.equal('true');
      const issue = sdkIssues(estimateReimbursement, { applicationDate: '2026-05-05', measure: 'organization', costs: [{ costType: 'progressive-technologies', amount: '45000000', date: '2026-03-01' }], alreadyReceived: [{ amount: 'five' }] })[0]!;
      expect(issue.path.join('.')).to.equal('alreadyReceived.0.amount');
      // x-errors: the widget's message for an amount it cannot read, not the SDK's
      expect(describedMessage(el, received)).to.equal('Enter the amount in figures, for example 40,000,000.00.');
      expect(!!shadow(el).querySelector('[part="total"]')).to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('names the rate field when a foreign currency has no rate', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-01-20"></qi-reimbursement-estimator>`);
      const heard = oneEvent(el, 'qi-input-error');
      await fillLine(el, 0, { currency: 'USD', amount: '20000.00', date: '2025-09-15' });
      await heard;
      const rate = control(el, 'National Bank rate of USD');
      // x-errors: the untouched rate errs once the visitor asks for the result
      expect(rate.getAttribute('aria-invalid')).to.equal('false');
      await askForResult(el, control(el, 'Date of the act'));
      expect(rate.getAttribute('aria-invalid')).to.equal('true');
      const issue = sdkIssues(estimateReimbursement, { applicationDate: '2026-01-20', measure: 'organization', costs: [{ costType: 'progressive-technologies', currency: 'USD', amount: '20000.00', date: '2025-09-15' }] });
      expect(issue.map((i) => i.path.join('.'))).to.deep.equal(['costs.0.rate']);
      const message = describedMessage(el, rate);
      expect(message).to.equal(norm(issue[0]!.message.en));
      expect(message).to.contain('USD');
      expect(control(el, 'Amount, USD').getAttribute('aria-invalid')).to.equal('false');
      expect(control(el, 'Amount, USD').value).to.equal('20000.00');
      expect(!!shadow(el).querySelector('[part="total"]')).to.equal(false);
      expect(text(shadow(el).querySelector('[part="result"]'))).to.contain('Please correct the highlighted fields');
      await expect(el).to.be.accessible();
    });
  });

  describe('worked examples through the UI', () => {
    it('E1 — training, travel, accommodation and per diem: per diem excluded (p.20), total 2 400 000.00', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="competence" application-date="2026-03-10"></qi-reimbursement-estimator>`);
      await enterE1(el);
      expect(totalText(el)).to.equal('Estimated reimbursement: 2,400,000.00 tenge');
      const lines = breakdown(el);
      expect(lines.map((l) => l.status)).to.deep.equal(['included', 'included', 'included', 'excluded']);
      expect(lines[3]!.type).to.equal(COST_TYPE_NAMES_OF('en')['per-diem']);
      expect(lines[3]!.reasons[0]!.cite).to.match(/20/);
      const r = estimateReimbursement(E1);
      expect(r.includedCosts).to.equal('6000000.00');
      expectRendersResult(el, r, 'en');
      await expect(el).to.be.accessible();
    });

    it('E2 — the competence cap: 40 % is 32 000 000.00, capped at 30 000 000.00 (p.14)', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="competence" application-date="2026-02-02"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, { type: 'training', amount: '80 000 000.00', date: '2025-06-30' });
      expect(breakdown(el)[0]!.reimbursable).to.equal('32,000,000.00 tenge');
      expect(totalText(el)).to.equal('Estimated reimbursement: 30,000,000.00 tenge');
      expect(caps(el)[0]!.binding).to.equal(true);
      expectRendersResult(el, estimateReimbursement({ applicationDate: '2026-02-02', measure: 'competence', costs: [{ costType: 'training', amount: '80000000.00', date: '2025-06-30' }] }), 'en');
    });

    it('E3 — process caps (Interpretation 1 A): equipment paid in two payments, audit and installation capped, total 72 000 000.00', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="process" application-date="2026-04-10"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, { type: 'tech-equipment', payments: [{ date: '2023-12-01', amount: '60000000.00' }, { date: '2024-04-15', amount: '40000000.00' }] });
      await fillLine(el, 1, { type: 'energy-audit', amount: '60000000.00', date: '2025-02-01' });
      await fillLine(el, 2, { type: 'installation', amount: '40000000.00', date: '2025-06-01' });
      const lines = breakdown(el);
      expect(lines.map((l) => l.status)).to.deep.equal(['included', 'included', 'included']);
      expect(lines.map((l) => l.reimbursable)).to.deep.equal(['40,000,000.00 tenge', '24,000,000.00 tenge', '16,000,000.00 tenge']);
      const shownCaps = caps(el);
      expect(shownCaps.map((c) => c.binding)).to.deep.equal([true, true]);
      expect(shownCaps[0]!.text).to.contain('60,000,000.00');
      expect(shownCaps[1]!.text).to.contain('12,000,000.00');
      expect(totalText(el)).to.equal('Estimated reimbursement: 72,000,000.00 tenge');
      const r = estimateReimbursement(E3);
      expect(r.total).to.equal('72000000.00');
      expectRendersResult(el, r, 'en');
      await expect(el).to.be.accessible();
    });

    it('E4 — the 24-month boundary: the act of 2024-03-31 is included, that of 2024-03-30 excluded, total 400 000.00', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      await enterE4(el);
      expect(breakdown(el).map((l) => l.status)).to.deep.equal(['included', 'excluded']);
      expect(breakdown(el)[1]!.reasons[0]!.text).to.contain('31 March 2024');
      expect(totalText(el)).to.equal('Estimated reimbursement: 400,000.00 tenge');
      expectRendersResult(el, estimateReimbursement(E4), 'en');
    });

    it('E5 — foreign currency: 20 000.00 USD at 540.12 is 10 802 400.00 tenge, total 4 320 960.00; without the rate, an error on the rate field', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-01-20"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, { currency: 'USD', amount: '20000.00', date: '2025-09-15' });
      const rate = control(el, 'National Bank rate of USD');
      await askForResult(el, control(el, 'Date of the act')); // x-errors: an untouched field errs once the result is asked for
      expect(rate.getAttribute('aria-invalid')).to.equal('true');
      expect(describedMessage(el, rate)).to.contain('USD');
      expect(!!shadow(el).querySelector('[part="total"]')).to.equal(false);

      const heard = oneEvent(el, 'qi-change');
      await fillLine(el, 0, { rate: '540.12' });
      const input: EstimateInput = { applicationDate: '2026-01-20', measure: 'organization', costs: [{ costType: 'progressive-technologies', currency: 'USD', amount: '20000.00', date: '2025-09-15', rate: '540.12' }] };
      expect((await heard).detail).to.deep.equal(estimateReimbursement(input));
      expect(control(el, 'National Bank rate of USD').getAttribute('aria-invalid')).to.equal('false');
      expect(breakdown(el)[0]!.amount).to.equal('10,802,400.00 tenge');
      expect(totalText(el)).to.equal('Estimated reimbursement: 4,320,960.00 tenge');
      expectRendersResult(el, estimateReimbursement(input), 'en');
    });

    it('E6 — already received this year: the remaining cap is 15 000 000.00, total 15 000 000.00', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-05-05"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, { amount: '45000000.00', date: '2026-03-01' });
      typeInto(control(el, 'Already received'), '5 000 000');
      await el.updateComplete;
      expect(breakdown(el)[0]!.reimbursable).to.equal('18,000,000.00 tenge');
      expect(caps(el)[0]!.binding).to.equal(true);
      expect(caps(el)[0]!.text).to.contain('15,000,000.00');
      expect(totalText(el)).to.equal('Estimated reimbursement: 15,000,000.00 tenge');
      expectRendersResult(
        el,
        estimateReimbursement({ applicationDate: '2026-05-05', measure: 'organization', costs: [{ costType: 'progressive-technologies', amount: '45000000.00', date: '2026-03-01' }], alreadyReceived: [{ amount: '5000000' }] }),
        'en',
      );
    });

    it('E7 — a cost dated after the application is excluded, total 0.00', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="competence" application-date="2026-03-10"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, { type: 'training', amount: '1000000.00', date: '2026-03-11' });
      const line = breakdown(el)[0]!;
      expect(line.status).to.equal('excluded');
      expect(line.reasons[0]!.text).to.contain('11 March 2026');
      expect(line.reasons[0]!.cite).to.not.equal('');
      expect(totalText(el)).to.equal('Estimated reimbursement: 0.00 tenge');
      expectRendersResult(el, estimateReimbursement({ applicationDate: '2026-03-10', measure: 'competence', costs: [{ costType: 'training', amount: '1000000.00', date: '2026-03-11' }] }), 'en');
    });
  });
});

// ---------------------------------------------------------------------------------------------------------------
// Task "The widgets in the field": the date is a question, the form comes from describeEstimate, the file-by dates.

/** An accountant's machine tool paid in two payments (p.14-1): 40 % of 101 500 000 is 40 600 000 on 16.03.2026. */
const MACHINE_TOOL = { type: 'tech-equipment', payments: [{ date: '2024-02-10', amount: '60000000' }, { date: '2024-03-16', amount: '41500000' }] };
const machineToolInput = (applicationDate: string): EstimateInput => ({
  applicationDate,
  measure: 'process',
  costs: [{ costType: 'tech-equipment', payments: [{ date: '2024-02-10', amount: '60000000' }, { date: '2024-03-16', amount: '41500000' }] }],
});
const FILE_QUESTION = 'When will you file?';

function localToday(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

describe('qi-reimbursement-estimator in the field', () => {
  describe('the date is a question', () => {
    it('asks "When will you file?", today by default, and the page’s date when it sets one', async () => {
      const plain = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization"></qi-reimbursement-estimator>`);
      expect(control(plain, FILE_QUESTION).value).to.equal(localToday());
      const set = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-16"></qi-reimbursement-estimator>`);
      expect(control(set, FILE_QUESTION).value).to.equal('2026-03-16');
      await expect(set).to.be.accessible();
    });

    it('changes the result: the machine tool gives 40 600 000 filed on 16.03.2026 and nothing filed on 28.11.2026', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="process" application-date="2026-03-16"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, MACHINE_TOOL);
      expect(totalText(el)).to.equal('Estimated reimbursement: 40,600,000.00 tenge');
      expect(breakdown(el)[0]!.status).to.equal('included');

      const heard = oneEvent(el, 'qi-change');
      typeInto(control(el, FILE_QUESTION), '2026-11-28');
      const later = estimateReimbursement(machineToolInput('2026-11-28'));
      expect((await heard).detail).to.deep.equal(later);
      await el.updateComplete;
      expect(el.effectiveDate).to.equal('2026-11-28');
      expect(totalText(el)).to.equal('Estimated reimbursement: 0.00 tenge');
      expect(breakdown(el)[0]!.status).to.equal('excluded');
      expectRendersResult(el, later, 'en');
      // the line says when it left its window (the SDK's cost.left-window-receipt reason)
      const left = shadow(el).querySelector('[part="line-left-window"]');
      expect(isShown(left), 'the left-window reason is shown').to.equal(true);
      expect(later.lines[0]!.leftWindowOn).to.equal('2026-03-17');
      expect(text(left)).to.contain(norm(formatMessage(later.lines[0]!.reasons.find((x) => x.code === 'left-window')!.message, 'en')));
      expect(text(left)).to.contain('17 March 2026');
      expect(text(shadow(el).querySelector('.hint'))).to.not.equal('');
      expect(text(shadow(el).querySelector('[part="result"]'))).to.contain('Computed for 28 November 2026');
      await expect(el).to.be.accessible();
    });

    it('keeps the chosen date in the draft and in a share link', async () => {
      const first = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" persist persist-key="date" share measure="process" application-date="2026-03-16"></qi-reimbursement-estimator>`);
      await fillLine(first, 0, MACHINE_TOOL);
      typeInto(control(first, FILE_QUESTION), '2026-11-28');
      await first.updateComplete;
      expect(totalText(first)).to.equal('Estimated reimbursement: 0.00 tenge');
      button(first, 'Copy a link to this calculation').click();
      await waitUntil(() => shadow(first).querySelector('[part="share"] input[readonly]'), 'no link was shown');
      const link = shadow(first).querySelector<HTMLInputElement>('[part="share"] input[readonly]')!.value;
      first.remove();

      const again = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" persist persist-key="date" measure="process" application-date="2026-03-16"></qi-reimbursement-estimator>`);
      expect(control(again, FILE_QUESTION).value).to.equal('2026-11-28');
      expect(totalText(again)).to.equal('Estimated reimbursement: 0.00 tenge');
      again.remove();
      clearDrafts(TAG);

      history.replaceState(null, '', new URL(link).hash);
      const shared = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="process"></qi-reimbursement-estimator>`);
      expect(control(shared, FILE_QUESTION).value).to.equal('2026-11-28');
      expect(totalText(shared)).to.equal('Estimated reimbursement: 0.00 tenge');
    });

    it('a draft without a chosen date follows the page', async () => {
      const first = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" persist persist-key="nodate" measure="process" application-date="2026-03-16"></qi-reimbursement-estimator>`);
      await fillLine(first, 0, MACHINE_TOOL);
      first.remove();
      const again = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" persist persist-key="nodate" measure="process" application-date="2026-03-20"></qi-reimbursement-estimator>`);
      expect(control(again, FILE_QUESTION).value).to.equal('2026-03-20');
    });
  });

  describe('the file-by dates', () => {
    it('shows by when to file to keep each line and the total, next to the total, from the SDK’s messages', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="process" application-date="2026-03-16"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, MACHINE_TOOL);
      await fillLine(el, 1, { type: 'installation', amount: '5000000', date: '2025-09-01' });
      const input = machineToolInput('2026-03-16');
      input.costs.push({ costType: 'installation', amount: '5000000', date: '2025-09-01' });
      const r = estimateReimbursement(input);
      expect(r.total).to.equal('42600000.00');
      expect(r.fileBy!.date).to.equal('2026-03-16');
      expect(r.fileBy!.totalAfter).to.equal('2000000.00');

      const total = shadow(el).querySelector('[part="total"]')!;
      const fileBy = shadow(el).querySelector('[part="file-by"]')!;
      expect(isShown(fileBy), 'the total’s file-by date is shown').to.equal(true);
      expect(total.nextElementSibling, 'right after the total').to.equal(fileBy);
      expect(text(fileBy)).to.contain('Deadline: 16 March 2026');
      expect(text(fileBy)).to.contain(norm(formatMessage(r.fileBy!.message, 'en')));
      expect(text(fileBy.querySelector('cite[part="citation"]'))).to.equal(norm(formatCitation(r.fileBy!.citation, 'en')));
      // said once: not again among the notes
      const result = text(shadow(el).querySelector('[part="result"]'));
      expect(result.split(norm(formatMessage(r.fileBy!.message, 'en'))).length - 1).to.equal(1);

      const perLine = [...shadow(el).querySelectorAll('[part="line-file-by"]')];
      expect(perLine).to.have.length(2);
      r.lines.forEach((l, k) => {
        expect(text(perLine[k])).to.contain(norm(formatMessage(l.reasons.find((x) => x.code === 'file-by')!.message, 'en')));
      });
      expect(text(perLine[1])).to.contain('Deadline: 1 September 2027');
      expectRendersResult(el, r, 'en');
      await expect(el).to.be.accessible();

      el.setAttribute('lang', 'kk');
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part="file-by"]'))).to.contain(norm(formatMessage(r.fileBy!.message, 'kk')));
      expect(control(el, 'Өтінімді қашан бересіз?').value).to.equal('2026-03-16');
    });
  });

  describe('the form follows describeEstimate', () => {
    it('asks the course’s dates for an accommodation line, and only the nights within them count (p.20)', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="competence" application-date="2026-03-02"></qi-reimbursement-estimator>`);
      await fillLine(el, 0, { type: 'accommodation', amount: '410000', date: '2026-02-20' });
      typeInto(control(el, 'Stay: check-in'), '2026-01-10');
      await el.updateComplete;
      typeInto(control(el, 'Stay: check-out'), '2026-02-20');
      await el.updateComplete;
      const before = totalText(el);
      typeInto(control(el, 'First day of the course'), '2026-01-20');
      await el.updateComplete;
      typeInto(control(el, 'Last day of the course'), '2026-02-20');
      await el.updateComplete;
      const r = estimateReimbursement({
        applicationDate: '2026-03-02',
        measure: 'competence',
        costs: [{ costType: 'accommodation', amount: '410000', date: '2026-02-20', period: { from: '2026-01-10', to: '2026-02-20' }, coursePeriod: { from: '2026-01-20', to: '2026-02-20' } }],
      });
      expect(r.total).to.equal('124000.00');
      expect(totalText(el)).to.equal(`Estimated reimbursement: ${norm(formatTenge(r.total, 'en'))}`);
      expect(before).to.equal('Estimated reimbursement: 164,000.00 tenge');
      expectRendersResult(el, r, 'en');
      await expect(el).to.be.accessible();
      // a training line has no course dates of a stay, nor a stay
      typeInto(control<HTMLSelectElement>(el, 'Cost type'), 'training');
      await el.updateComplete;
      expect(() => control(el, 'First day of the course')).to.throw();
      expect(() => control(el, 'Stay: check-in')).to.throw();
    });

    it('takes the cost types and the devices from the description', async () => {
      const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="process" application-date="2026-03-02"></qi-reimbursement-estimator>`);
      const d = describeEstimate({ applicationDate: '2026-03-02', measure: 'process' });
      expect([...control<HTMLSelectElement>(el, 'Cost type').options].map((o) => o.value)).to.deep.equal(d.costTypes.map((c) => c.costType));
      const digital = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="digital" application-date="2026-03-02"></qi-reimbursement-estimator>`);
      const kinds = describeEstimate({ applicationDate: '2026-03-02', measure: 'digital' }).line.find((f) => f.id === 'equipmentKind')!.options!.map((o) => o.value);
      expect([...control<HTMLSelectElement>(digital, 'Device').options].map((o) => o.value)).to.deep.equal(['', ...kinds]);
    });

    it('holds no law of its own: no cost-type literals, no EQUIPMENT set, no costType comparison', async () => {
      const res = await fetch(new URL('/packages/widgets/src/reimbursement-estimator/reimbursement-estimator.ts', location.origin));
      expect(res.ok).to.equal(true);
      const source = await res.text();
      expect(source).to.contain('describeEstimate');
      for (const literal of ['per-diem', 'accommodation', 'training', 'digital-equipment', 'tech-equipment']) {
        expect(source, literal).to.not.match(new RegExp(`['"\`]${literal}['"\`]`));
      }
      // the line's cost type is never compared with a value of the law's own
      expect(source).to.not.match(/costType\s*[!=]==?\s*['"`]|['"`]\s*[!=]==?\s*[\w.?]*costType\b/);
      expect(source).to.not.match(/\bEQUIPMENT\b/);
    });
  });
});

// Issue "The widgets in the field", item 5: errors as GOV.UK shows them (task x-errors).
describe('qi-reimbursement-estimator: errors as GOV.UK shows them', () => {
  /** Typing without leaving the field: an `input` event only (no `change`, no blur). */
  function keyIn(field: Control, value: string): void {
    field.focus();
    field.value = value;
    field.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
  }
  const pressEnter = (field: Element) => field.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
  const summary = (el: Element) => shadow(el).querySelector<HTMLElement>('[part="error-summary"]');

  it('typing the first digit of an amount no longer marks the empty date red: the date errs only after the visitor leaves it', async () => {
    const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
    keyIn(control(el, 'Amount, KZT'), '4');
    await settle(el);
    const date = control(el, 'Date of the act');
    expect(date.getAttribute('aria-invalid'), 'the untouched date is not red').to.equal('false');
    expect(isShown(shadow(el).getElementById(date.getAttribute('aria-describedby')!))).to.equal(false);
    expect(summary(el), 'no summary while typing').to.equal(null);
    // the visitor goes through the date and leaves it empty
    date.focus();
    control(el, 'Amount, KZT').focus();
    await settle(el);
    expect(date.getAttribute('aria-invalid')).to.equal('true');
    expect(isShown(shadow(el).getElementById(date.getAttribute('aria-describedby')!))).to.equal(true);
    expect(isShown(summary(el)), 'leaving a field with an error shows the summary').to.equal(true);
  });

  it('"Correct the highlighted fields" was the only summary: Enter shows "There is a problem" with a link per problem, and focus moves to it', async () => {
    const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-01-20"></qi-reimbursement-estimator>`);
    typeInto(control<HTMLSelectElement>(el, 'Currency'), 'USD');
    await settle(el);
    const amount = control(el, 'Amount, USD');
    keyIn(amount, '20000.00');
    await settle(el);
    expect(summary(el)).to.equal(null);
    pressEnter(amount);
    await settle(el);
    const box = summary(el)!;
    expect(isShown(box)).to.equal(true);
    expect(box.getAttribute('role')).to.equal('alert');
    expect(text(box.querySelector('h2, h3'))).to.equal('There is a problem');
    expect(shadow(el).activeElement, 'focus moves to the summary').to.equal(box);
    const links = [...box.querySelectorAll('a')];
    const date = control(el, 'Date of the act');
    const rate = control(el, 'National Bank rate of USD');
    expect(links.map((a) => text(a))).to.deep.equal([describedMessage(el, date), describedMessage(el, rate)]);
    expect(box.compareDocumentPosition(shadow(el).querySelector('form')!) & Node.DOCUMENT_POSITION_FOLLOWING, 'the summary is above the form').to.not.equal(0);
    links[1]!.click();
    expect(shadow(el).activeElement, 'the link moves focus to its field').to.equal(rate);
    await expect(el).to.be.accessible();

    el.lang = 'kk';
    await settle(el);
    expect(text(summary(el)!.querySelector('h3'))).to.equal('Мәселе бар');
    el.lang = 'ru';
    await settle(el);
    expect(text(summary(el)!.querySelector('h3'))).to.equal('Есть проблема');
  });

  it('date errors asked for YYYY-MM-DD, which the date picker does not accept typed: the message describes the picker, and dd.mm.yyyy is read', async () => {
    const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="ru" measure="organization" application-date="2026-03-31"
      .costs=${[{ costType: 'progressive-technologies', amount: '1000000', date: '2025-02-30' }]}></qi-reimbursement-estimator>`);
    pressEnter(control(el, 'Сумма,'));
    await settle(el);
    const date = control(el, 'Дата акта');
    expect(date.type).to.equal('date');
    const message = describedMessage(el, date);
    expect(message).to.not.contain('ГГГГ');
    expect(message).to.equal('Укажите в поле даты день, месяц и год или выберите дату в календаре.');
    expect(text(summary(el))).to.contain(message);

    const typed = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="ru" measure="organization" application-date="2026-03-31"
      .costs=${[{ costType: 'progressive-technologies', amount: '1000000', date: '16.03.2026' }]}></qi-reimbursement-estimator>`);
    expect(totalText(typed), 'a date given as dd.mm.yyyy is read').to.contain('400');
  });

  it('the English amount field rejected 40,000,000.00, the format the English UI itself prints; kk/ru read "1 234,56" with any space', async () => {
    const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
    await fillLine(el, 0, { amount: '40,000,000.00', date: '2025-06-01' });
    expect(control(el, 'Amount, KZT').value, 'the visitor’s text stays').to.equal('40,000,000.00');
    expect(control(el, 'Amount, KZT').getAttribute('aria-invalid')).to.equal('false');
    expect(totalText(el)).to.equal('Estimated reimbursement: 16,000,000.00 tenge');

    for (const [typed, total] of [[`1${NBSP}234${NBSP}567,50`, '493 827,00'], ['1\u202f000\u202f000', '400 000,00'], ['2 500 000.00', '1 000 000,00']] as const) {
      const ru = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="ru" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      await fillLine(ru, 0, { amount: typed, date: '2025-06-01' }, 'ru');
      expect(control(ru, 'Сумма,').value).to.equal(typed);
      expect(norm(totalText(ru).replace(/[\u00a0\u202f]/g, ' ')), typed).to.contain(total);
    }
  });

  it('an amount the parser cannot read gets a polite message next to its field, in the visitor’s format, with the text kept', async () => {
    const el = await fixture<Estimator>(html`<qi-reimbursement-estimator lang="ru" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
    await fillLine(el, 0, { amount: '12 abc', date: '2025-06-01' }, 'ru');
    const amount = control(el, 'Сумма,');
    expect(amount.value).to.equal('12 abc');
    expect(amount.getAttribute('aria-invalid')).to.equal('true');
    expect(describedMessage(el, amount)).to.equal('Введите сумму цифрами, например 40 000 000,00.');
    expect(!!shadow(el).querySelector('[part="total"]')).to.equal(false);
  });
});
