/**
 * Keyboard only (issue "The widgets in the field"): the worked examples of shared/domain/EXAMPLES.md entered,
 * corrected and read with real key presses (`sendKeys`: Tab, Shift+Tab, typing, Backspace, Space, Enter, arrows),
 * and where the focus goes when a row is added or removed and after "Undo".
 *
 * The tests never set a control's value nor click one: the focus starts on a button of the page before the widget,
 * and every step after that is a key. The DOM is only read (to know which control the focus is on, and the result).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '@qazindustry/productivity-widgets/define';
import {
  buildChecklist,
  checkEligibility,
  estimateReimbursement,
  formatTenge,
  trackObligation,
  type Applicant,
  type ChecklistResult,
  type EligibilityResult,
  type EstimateResult,
  type ObligationResult,
} from '@qazindustry/productivity-calculator';
import { E1, E8, E12, E13, e15 } from './examples.js';
import { findButton, focused, norm, settle, shadow } from './helpers.js';

const describeFocus = () => {
  const f = focused();
  return f ? `<${f.localName}${f.id ? ` #${f.id}` : ''}${f.getAttribute('aria-label') ? ` "${f.getAttribute('aria-label')}"` : ''}> ${norm(f.textContent).slice(0, 30)}` : 'nothing';
};

/** The widget with a page button before it; the focus starts on that button, and one Tab enters the widget. */
async function mount<T extends HTMLElement>(template: ReturnType<typeof html>): Promise<T> {
  const wrap = await fixture<HTMLDivElement>(html`<div><button id="before-widget" type="button">before</button>${template}</div>`);
  const el = wrap.querySelector<T>('qi-reimbursement-estimator, qi-eligibility-checker, qi-document-checklist, qi-obligation-tracker')!;
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  wrap.querySelector<HTMLButtonElement>('#before-widget')!.focus();
  await press(el, 'Tab');
  // when the widget lists what to have at hand, its closed "Before you start" summary is the first tab stop: a keyboard
  // user meets it first and Tabs past it to the first question
  const atHand = el.shadowRoot!.querySelector('[part="at-hand"] > summary');
  if (atHand) {
    expect(focused(), `the first tab stop is "Before you start"; the focus is on ${describeFocus()}`).to.equal(atHand);
    await press(el, 'Tab');
  }
  return el;
}

async function press(el: Element, key: string): Promise<void> {
  await sendKeys({ press: key });
  await settle(el);
}

/** Types `text` with real key presses into the control that has the focus. */
async function typeKeys(el: Element, text: string): Promise<void> {
  await sendKeys({ type: text });
  await settle(el);
}

/** Tab (or Shift+Tab) until the focus is on the control `find` returns (a date input takes a Tab per part). */
async function tabTo<T extends Element>(el: Element, find: () => T | null | undefined, back = false): Promise<T> {
  const path: string[] = [];
  for (let n = 0; n < 80; n++) {
    const target = find();
    if (target && focused() === target) return target;
    path.push(describeFocus());
    await press(el, back ? 'Shift+Tab' : 'Tab');
  }
  // the stops walked, each once, in order: where the tab order goes wrong
  throw new Error(`the keyboard never reached the control; the focus is on ${describeFocus()}; it went ${[...new Set(path)].join(' → ')}`);
}

/** Picks an option of the focused select with the arrow keys (a closed select changes at each arrow). */
async function arrowTo(el: Element, select: HTMLSelectElement, value: string): Promise<void> {
  expect(focused(), 'the select has the focus').to.equal(select);
  const target = [...select.options].findIndex((o) => o.value === value);
  expect(target, `option ${value}`).to.be.greaterThan(-1);
  for (let n = 0; n < 40 && select.selectedIndex !== target; n++) await press(el, select.selectedIndex < target ? 'ArrowDown' : 'ArrowUp');
  expect(select.value).to.equal(value);
}

/** Types an ISO date into the focused `<input type="date">`, part by part in the browser's order (the focus is on its first part). */
async function typeDate(el: Element, iso: string): Promise<void> {
  const [y, m, d] = iso.split('-') as [string, string, string];
  const parts = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(2000, 0, 2));
  const digits = parts.map((p) => (p.type === 'year' ? y : p.type === 'month' ? m : p.type === 'day' ? d : '')).join('');
  await typeKeys(el, digits);
  expect((focused() as HTMLInputElement).value, `the date typed`).to.equal(iso);
}

const byIdEnd = <T extends Element = HTMLInputElement>(scope: ParentNode, suffix: string) => scope.querySelector<T>(`[id$="${suffix}"]`);

/** The last `qi-change` a widget told the page of. */
function lastChange<T>(el: Element): () => T | undefined {
  let last: T | undefined;
  el.addEventListener('qi-change', (e) => (last = (e as CustomEvent<T>).detail));
  return () => last;
}

// ---------------------------------------------------------------------------------------------------------------

describe('keyboard only: the worked examples entered, corrected and read with the keyboard alone', () => {
  describe('qi-reimbursement-estimator', () => {
    const lines = (el: Element) => [...shadow(el).querySelectorAll<HTMLFieldSetElement>('fieldset[part="line"]')];
    const total = (el: Element) => norm(shadow(el).querySelector('[part="total"]')?.textContent);

    /** Fills the line `box` from its cost type (which has the focus), then Tabs on to the line's amount and date. */
    async function fillLine(el: Element, box: () => HTMLFieldSetElement, type_: string, amount: string, date?: string): Promise<void> {
      await arrowTo(el, byIdEnd<HTMLSelectElement>(box(), '-type')!, type_);
      await tabTo(el, () => byIdEnd(box(), '-amount'));
      await typeKeys(el, amount);
      if (date) {
        await tabTo(el, () => byIdEnd(box(), '-date'));
        await typeDate(el, date);
      }
    }

    it('E1 entered with the keyboard alone (filing date, measure, four lines, a typo corrected with Backspace) gives a total of 2 400 000.00, the SDK’s', async () => {
      const el = await mount<HTMLElement>(html`<qi-reimbursement-estimator lang="en"></qi-reimbursement-estimator>`);
      const change = lastChange<EstimateResult>(el);
      // the first tab stop is the filing date
      expect(focused()?.id).to.match(/-filing-date$/);
      await typeDate(el, '2026-03-10');
      await tabTo(el, () => byIdEnd<HTMLSelectElement>(shadow(el), '-measure'));
      await arrowTo(el, byIdEnd<HTMLSelectElement>(shadow(el), '-measure')!, 'competence');
      expect(lines(el).length).to.equal(1);
      await tabTo(el, () => byIdEnd<HTMLSelectElement>(lines(el)[0]!, '-type'));

      // line 1, with a slip of the finger: one 0 too many, taken back with Backspace
      await fillLine(el, () => lines(el)[0]!, 'training', '5 000 000,000');
      expect(byIdEnd(lines(el)[0]!, '-amount')!.value).to.equal('5 000 000,000');
      await press(el, 'Backspace');
      expect(byIdEnd(lines(el)[0]!, '-amount')!.value).to.equal('5 000 000,00');
      await tabTo(el, () => byIdEnd(lines(el)[0]!, '-date'));
      await typeDate(el, '2025-11-20');

      const entries: [string, string, string?][] = [['travel', '400 000,00', '2025-11-01'], ['accommodation', '600 000,00', '2025-11-20'], ['per-diem', '150 000,00']];
      for (const [i, [kind, amount, date]] of entries.entries()) {
        await tabTo(el, () => findButton(el, 'Add a cost'));
        await press(el, 'Enter');
        expect(lines(el).length).to.equal(i + 2);
        // the new line's first field has the focus
        expect(focused(), describeFocus()).to.equal(byIdEnd(lines(el)[i + 1]!, '-type'));
        await fillLine(el, () => lines(el)[i + 1]!, kind, amount, date);
      }

      const r = estimateReimbursement(E1);
      expect(r.total).to.equal('2400000.00');
      expect(total(el)).to.equal(`Estimated reimbursement: ${norm(formatTenge(r.total, 'en'))}`);
      expect(change()).to.deep.equal(r);
      const statuses = [...shadow(el).querySelectorAll('[part="breakdown"] tbody tr .status')].map((s) => norm(s.textContent));
      expect(statuses).to.deep.equal(['included', 'included', 'included', 'excluded']);
    });

    it('adding a cost line with Enter on “Add a cost” puts the focus on the new line’s cost type; removing one puts it on the previous line’s (the next one’s for the first)', async () => {
      const el = await mount<HTMLElement>(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`);
      for (const n of [2, 3]) {
        await tabTo(el, () => findButton(el, 'Add a cost'));
        await press(el, 'Enter');
        expect(lines(el).length).to.equal(n);
        expect(focused(), describeFocus()).to.equal(byIdEnd(lines(el)[n - 1]!, '-type'));
        await tabTo(el, () => byIdEnd(lines(el)[n - 1]!, '-amount'));
        await typeKeys(el, `${n}000000`);
      }
      await tabTo(el, () => byIdEnd(lines(el)[0]!, '-amount'), true);
      await typeKeys(el, '1000000');
      const amounts = () => lines(el).map((l) => byIdEnd(l, '-amount')!.value);
      expect(amounts()).to.deep.equal(['1000000', '2000000', '3000000']);

      // remove the third: the focus goes to the second line's first field
      await tabTo(el, () => findButton(el, 'Remove cost 3'));
      await press(el, 'Enter');
      expect(amounts()).to.deep.equal(['1000000', '2000000']);
      expect(focused(), describeFocus()).to.equal(byIdEnd(lines(el)[1]!, '-type'));

      // remove the first: no line before it, so the line that takes its place
      await tabTo(el, () => findButton(el, 'Remove cost 1'), true);
      await press(el, 'Space');
      expect(amounts()).to.deep.equal(['2000000']);
      expect(focused(), describeFocus()).to.equal(byIdEnd(lines(el)[0]!, '-type'));
    });

    it('E3’s equipment paid in two payments: “Add a payment” puts the focus on the new payment’s date, “Remove this payment” on the one before', async () => {
      const el = await mount<HTMLElement>(html`<qi-reimbursement-estimator lang="en" measure="process" application-date="2026-04-10"></qi-reimbursement-estimator>`);
      const box = () => lines(el)[0]!;
      await tabTo(el, () => byIdEnd<HTMLSelectElement>(box(), '-type'));
      await arrowTo(el, byIdEnd<HTMLSelectElement>(box(), '-type')!, 'tech-equipment');
      await tabTo(el, () => byIdEnd(box(), '-p0-date'));
      await typeDate(el, '2023-12-01');
      await tabTo(el, () => byIdEnd(box(), '-p0-amount'));
      await typeKeys(el, '60000000');
      for (const j of [1, 2]) {
        await tabTo(el, () => findButton(el, 'Add a payment'));
        await press(el, 'Enter');
        expect(focused(), describeFocus()).to.equal(byIdEnd(box(), `-p${j}-date`));
      }
      await typeDate(el, '2024-04-15');
      await tabTo(el, () => byIdEnd(box(), '-p2-amount'));
      await typeKeys(el, '40000000');
      // the second payment was one too many: remove it; the focus goes to the first payment's date
      await tabTo(el, () => box().querySelectorAll('button')[1] as HTMLButtonElement, true);
      expect(norm(focused()?.textContent)).to.equal('Remove this payment');
      await press(el, 'Enter');
      expect(focused(), describeFocus()).to.equal(byIdEnd(box(), '-p0-date'));
      const r = estimateReimbursement({
        applicationDate: '2026-04-10',
        measure: 'process',
        costs: [{ costType: 'tech-equipment', payments: [{ date: '2023-12-01', amount: '60000000' }, { date: '2024-04-15', amount: '40000000' }] }],
      });
      expect(r.total).to.equal('40000000.00');
      expect(total(el)).to.equal(`Estimated reimbursement: ${norm(formatTenge(r.total, 'en'))}`);
    });

    it('a measure change that removes lines, then Undo with the keyboard: the lines come back and the focus is on the first one', async () => {
      const el = await mount<HTMLElement>(html`<qi-reimbursement-estimator lang="en" application-date="2026-03-10"></qi-reimbursement-estimator>`);
      const measure = () => byIdEnd<HTMLSelectElement>(shadow(el), '-measure');
      await tabTo(el, measure);
      await arrowTo(el, measure()!, 'competence');
      await tabTo(el, () => byIdEnd(lines(el)[0]!, '-amount'));
      await typeKeys(el, '1000000');
      await tabTo(el, measure, true);
      await arrowTo(el, measure()!, 'digital');
      expect(lines(el).map((l) => byIdEnd(l, '-amount')!.value)).to.not.include('1000000');
      const undo = await tabTo(el, () => findButton(el, 'Undo'), true);
      expect(undo).to.exist;
      await press(el, 'Enter');
      expect(measure()!.value).to.equal('competence');
      expect(byIdEnd(lines(el)[0]!, '-amount')!.value).to.equal('1000000');
      expect(focused(), describeFocus()).to.equal(byIdEnd(lines(el)[0]!, '-type'));
    });
  });

  describe('qi-eligibility-checker', () => {
    const verdict = (el: Element) => shadow(el).querySelector('[part="verdict"] .status');

    /**
     * Answers every question the widget asks, in its order, with the keyboard: Tab to it, then type (text, dates),
     * arrow keys (selects, radio buttons) or Space (the first radio button). Returns the answers given, by field id.
     */
    async function answerAll(el: Element, answers: Record<string, string>, onField?: (id: string) => Promise<boolean>): Promise<string[]> {
      const given: string[] = [];
      for (let n = 0; n < 40; n++) {
        const form = shadow(el).querySelector('form')!;
        const next = [...form.querySelectorAll<HTMLElement>('input:not([type=radio]), select, fieldset[role=radiogroup]')].find((c) => {
          if (/-(filing-date|measure)$/.test(c.id)) return false;
          if (c instanceof HTMLFieldSetElement) return !c.querySelector('input:checked');
          return (c as HTMLInputElement | HTMLSelectElement).value === '';
        });
        if (!next) return given;
        const radios = next instanceof HTMLFieldSetElement ? [...next.querySelectorAll<HTMLInputElement>('input[type=radio]')] : [];
        const id = (radios[0]?.name ?? next.id).replace(/^qi\d+-/, '');
        const target = radios[0] ?? next;
        await tabTo(el, () => (radios.length ? shadow(el).querySelector(`input[name="${radios[0]!.name}"]`) : shadow(el).getElementById(next.id)));
        given.push(id);
        if (onField && (await onField(id))) continue;
        const value = answers[id];
        if (value === undefined) throw new Error(`no answer for the question ${id}`);
        if (radios.length) {
          const index = { yes: 0, no: 1, unknown: 2 }[value]!;
          if (index === 0) await press(el, 'Space');
          for (let k = 0; k < index; k++) await press(el, 'ArrowDown');
          expect(shadow(el).querySelectorAll<HTMLInputElement>(`input[name="${radios[0]!.name}"]`)[index]!.checked, id).to.equal(true);
        } else if (target instanceof HTMLSelectElement) await arrowTo(el, target, value);
        else if ((target as HTMLInputElement).type === 'date') await typeDate(el, value);
        else await typeKeys(el, value);
      }
      throw new Error('the questions never ended');
    }

    it('E8 entered with the keyboard alone gives “ineligible” for a large business applying for digital, with competence still open, as the SDK says', async () => {
      const el = await mount<HTMLElement>(html`<qi-eligibility-checker lang="en"></qi-eligibility-checker>`);
      const change = lastChange<EligibilityResult>(el);
      expect(focused()?.id).to.match(/-filing-date$/);
      await typeDate(el, '2026-02-02');
      const measure = () => byIdEnd<HTMLSelectElement>(shadow(el), '-measure');
      await tabTo(el, measure);
      await arrowTo(el, measure()!, 'digital');
      const size = await tabTo(el, () => byIdEnd<HTMLSelectElement>(shadow(el), '-size'));
      await arrowTo(el, size, 'large');
      const r = checkEligibility(E8);
      expect(r.verdict).to.equal('ineligible');
      expect(r.remainsOpen).to.deep.equal(['competence']);
      expect(change()).to.deep.equal(r);
      expect(verdict(el)!.classList.contains('ineligible')).to.equal(true);
      expect(norm(verdict(el)!.textContent)).to.equal('This application cannot succeed');
      expect(norm(shadow(el).querySelector('[part="result"]')!.textContent)).to.match(/competence/i);
    });

    it('a passing organization applicant (E11 with the register answered “yes”) entered with the keyboard alone, a state share mistyped and corrected with Backspace, gives “eligible”, the SDK’s', async () => {
      const el = await mount<HTMLElement>(html`<qi-eligibility-checker lang="en" application-date="2026-01-05"></qi-eligibility-checker>`);
      const change = lastChange<EligibilityResult>(el);
      const measure = () => byIdEnd<HTMLSelectElement>(shadow(el), '-measure');
      await tabTo(el, measure);
      await arrowTo(el, measure()!, 'organization');
      const yn = (b: boolean) => (b ? 'yes' : 'no');
      const answers: Record<string, string> = {
        size: 'small',
        stateShare: '0',
        sezParticipant: yn(false),
        unrepaidBreach: yn(false),
        registrationDate: '2010-01-01',
        taxExempt: yn(false),
        'taxPayments-2023': '1000000',
        'taxPayments-2024': '2000000',
        'taxPayments-2025': '3000000',
        individualEntrepreneur: yn(false),
        inProducersRegister: yn(true),
        producesPriorityGoods: yn(true),
        industrialInnovativeSubject: yn(true),
        otherBudgetFunding: yn(false),
        courtBan: yn(false),
        personalDataConsent: yn(true),
      };
      let holderAsked = false;
      const given = await answerAll(el, answers, async (id) => {
        if (id !== 'stateShare') return false;
        // 50 % typed by mistake: the question of the holder appears; two Backspaces and a 0 take it back
        await typeKeys(el, '50');
        holderAsked = !!byIdEnd(shadow(el), '-stateShareHolderException');
        await press(el, 'Backspace');
        await press(el, 'Backspace');
        await typeKeys(el, '0');
        expect((focused() as HTMLInputElement).value).to.equal('0');
        expect(byIdEnd(shadow(el), '-stateShareHolderException'), 'no holder question at 0 %').to.equal(null);
        return true;
      });
      expect(holderAsked, 'at 50 % the holder was asked').to.equal(true);
      // the SDK's answer for the same answers
      const applicant: Record<string, unknown> = {};
      for (const id of given) {
        const [key, year] = id.split('-');
        const v = answers[id]!;
        if (year) applicant[key!] = { ...(applicant[key!] as object), [year]: v };
        else applicant[id] = v === 'yes' ? true : v === 'no' ? false : v;
      }
      const r = checkEligibility({ applicationDate: '2026-01-05', measure: 'organization', applicant: applicant as Applicant });
      expect(r.verdict).to.equal('eligible');
      expect(change()?.verdict).to.equal(r.verdict);
      expect(change()?.checks.map((c) => [c.id, c.status])).to.deep.equal(r.checks.map((c) => [c.id, c.status]));
      expect(verdict(el)!.classList.contains('eligible')).to.equal(true);
      expect(norm(verdict(el)!.textContent)).to.equal('You can apply');
    });
  });

  describe('qi-document-checklist', () => {
    const numbers = (el: Element) => [...shadow(el).querySelectorAll('[part="item"] label strong')].map((s) => norm(s.textContent).replace(/\)$/, ''));
    const sdkNumbers = (r: ChecklistResult) => r.items.map((i) => i.number ?? '');
    const progress = (el: Element) => norm(shadow(el).querySelector('[part="progress"]')?.textContent);
    const conditionBox = (el: Element, words: string) =>
      [...shadow(el).querySelectorAll<HTMLLabelElement>('form label.choice')].find((l) => norm(l.textContent) === words)?.querySelector('input') ?? null;

    it('E12 entered with the keyboard alone (a wrong day corrected with Backspace) gives Annex 3 items 1-6, 8, 9, 10, and 11 and 12 once travel and accommodation are ticked with Space', async () => {
      const el = await mount<HTMLElement>(html`<qi-document-checklist lang="en"></qi-document-checklist>`);
      const change = lastChange<ChecklistResult>(el);
      const measure = byIdEnd<HTMLSelectElement>(shadow(el), '-m')!;
      expect(focused()).to.equal(measure);
      await arrowTo(el, measure, 'competence');
      const date = await tabTo(el, () => byIdEnd<HTMLInputElement>(shadow(el), '-d'));
      await typeDate(el, '2026-02-11');
      // the 11th was a slip: back to the day with Shift+Tab, Backspace, and the 10th
      for (let n = 0; n < 3 && date.value !== ''; n++) {
        await press(el, 'Shift+Tab');
        await press(el, 'Backspace');
      }
      expect(date.value, 'a part of the date was cleared').to.equal('');
      const parts = new Intl.DateTimeFormat(navigator.language, { year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(new Date(2000, 0, 2)).filter((p) => p.type !== 'literal');
      expect(parts.map((p) => p.type)).to.deep.equal(['month', 'day', 'year']);
      await typeKeys(el, '10');
      expect(date.value).to.equal('2026-02-10');

      const base = buildChecklist(E12);
      expect(sdkNumbers(base)).to.deep.equal(['1', '2', '3', '4', '5', '6', '8', '9', '10']);
      expect(numbers(el)).to.deep.equal(sdkNumbers(base));
      expect(change()).to.deep.equal(base);

      for (const words of ['Travel to the training is claimed', 'Accommodation during the training is claimed']) {
        await tabTo(el, () => conditionBox(el, words));
        await press(el, 'Space');
      }
      const travel = buildChecklist({ ...E12, claimsTravel: true, claimsAccommodation: true });
      expect(sdkNumbers(travel)).to.deep.equal(['1', '2', '3', '4', '5', '6', '8', '9', '10', '11', '12']);
      expect(numbers(el)).to.deep.equal(sdkNumbers(travel));
      expect(change()).to.deep.equal(travel);
      expect(progress(el)).to.equal('Ready: 0 of 11');
    });

    it('E13 entered with the keyboard alone gives Annex 4 items 1-5, 8-11, item 7 once tax-exempt is ticked; documents tick with Space; Undo of a cost-type change puts the focus back on the cost type', async () => {
      const el = await mount<HTMLElement>(html`<qi-document-checklist lang="en" application-date="2026-01-15"></qi-document-checklist>`);
      const change = lastChange<ChecklistResult>(el);
      await arrowTo(el, byIdEnd<HTMLSelectElement>(shadow(el), '-m')!, 'process');
      const costType = () => byIdEnd<HTMLSelectElement>(shadow(el), '-ct');
      await tabTo(el, costType);
      await arrowTo(el, costType()!, 'tech-equipment');
      const base = buildChecklist(E13);
      expect(sdkNumbers(base)).to.deep.equal(['1', '2', '3', '4', '5', '8', '9', '10', '11']);
      expect(numbers(el)).to.deep.equal(sdkNumbers(base));

      await tabTo(el, () => conditionBox(el, 'The company is exempt from taxes'));
      await press(el, 'Space');
      const exempt = buildChecklist({ ...E13, taxExempt: true });
      expect(sdkNumbers(exempt)).to.deep.equal(['1', '2', '3', '4', '5', '7', '8', '9', '10', '11']);
      expect(numbers(el)).to.deep.equal(sdkNumbers(exempt));
      expect(change()).to.deep.equal(exempt);

      // tick documents 1 and 7 with Space
      const item = (n: string) => [...shadow(el).querySelectorAll<HTMLLIElement>('[part="item"]')].find((li) => norm(li.querySelector('strong')?.textContent) === `${n})`)?.querySelector('input') ?? null;
      for (const n of ['1', '7']) {
        await tabTo(el, () => item(n));
        await press(el, 'Space');
      }
      expect(progress(el)).to.equal('Ready: 2 of 10');

      // back to the cost type; "choose" hides the list (and the ticks): Undo brings it back, the focus on the cost type
      await tabTo(el, costType, true);
      await arrowTo(el, costType()!, '');
      const undo = await tabTo(el, () => findButton(el, 'Undo'), true);
      expect(undo).to.exist;
      await press(el, 'Enter');
      expect(costType()!.value).to.equal('tech-equipment');
      expect(progress(el)).to.equal('Ready: 2 of 10');
      expect(focused(), describeFocus()).to.equal(costType());
    });
  });

  describe('qi-obligation-tracker', () => {
    const rows = (el: Element) => [...shadow(el).querySelectorAll<HTMLTableRowElement>('form tbody tr')];
    const headline = (el: Element) => norm(shadow(el).querySelector('[part="result"] h3')?.textContent);
    const statusOf = (el: Element) => shadow(el).querySelector('[part="result"] h3 .status');

    it('E15 entered with the keyboard alone (agreement, N, Q, as-of, one revenue period; an extra 0 taken back with Backspace) gives the target 540 000 000.00 and “behind”, the SDK’s', async () => {
      const el = await mount<HTMLElement>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
      const change = lastChange<ObligationResult>(el);
      expect(focused()?.id).to.match(/-ad$/);
      await typeDate(el, '2026-02-01');
      await tabTo(el, () => byIdEnd(shadow(el), '-n'));
      await typeKeys(el, '500 000 000');
      await tabTo(el, () => byIdEnd(shadow(el), '-q'));
      await typeKeys(el, '20 000 000');
      await tabTo(el, () => byIdEnd(shadow(el), '-asof'));
      await typeDate(el, '2027-02-01');

      await tabTo(el, () => findButton(el, 'Add a quarter'));
      await press(el, 'Enter');
      expect(rows(el).length).to.equal(1);
      expect(focused(), describeFocus()).to.equal(byIdEnd(rows(el)[0]!, '-from'));
      await typeDate(el, '2026-02-01');
      await tabTo(el, () => byIdEnd(rows(el)[0]!, '-to'));
      await typeDate(el, '2027-01-31');
      await tabTo(el, () => byIdEnd(rows(el)[0]!, '-amount'));
      await typeKeys(el, '2500000000');
      const typo = trackObligation(e15('2027-02-01', '2027-01-31', '2500000000'));
      expect(statusOf(el)!.classList.contains(typo.status), `with the typo: ${typo.status}`).to.equal(true);
      await press(el, 'Backspace');
      expect((focused() as HTMLInputElement).value).to.equal('250000000');

      const r = trackObligation(e15('2027-02-01', '2027-01-31', '250000000'));
      expect(r.target).to.equal('540000000.00');
      expect(r.status).to.equal('behind');
      expect(r.deadline).to.equal('2028-02-01');
      expect(change()).to.deep.equal(r);
      expect(headline(el)).to.include(norm(formatTenge(r.target, 'en')));
      expect(statusOf(el)!.classList.contains('behind')).to.equal(true);
      expect(norm(statusOf(el)!.textContent)).to.equal('behind');
    });

    it('E15 with 520 000 000.00 as of 2028-02-02, entered with the keyboard alone, reads “missed” and a refund of 10 000 000.00, the SDK’s', async () => {
      const el = await mount<HTMLElement>(html`<qi-obligation-tracker lang="en" application-date="2028-02-02"></qi-obligation-tracker>`);
      await typeDate(el, '2026-02-01');
      await tabTo(el, () => byIdEnd(shadow(el), '-n'));
      await typeKeys(el, '500000000');
      await tabTo(el, () => byIdEnd(shadow(el), '-q'));
      await typeKeys(el, '20000000');
      await tabTo(el, () => findButton(el, 'Add a quarter'));
      await press(el, 'Space');
      await typeDate(el, '2026-02-01');
      await tabTo(el, () => byIdEnd(rows(el)[0]!, '-to'));
      await typeDate(el, '2028-01-31');
      await tabTo(el, () => byIdEnd(rows(el)[0]!, '-amount'));
      await typeKeys(el, '520000000');
      const r = trackObligation(e15('2028-02-02', '2028-01-31', '520000000'));
      expect(r.status).to.equal('missed');
      expect(r.refund.amount).to.equal('10000000.00');
      expect(statusOf(el)!.classList.contains('missed')).to.equal(true);
      const refund = [...shadow(el).querySelectorAll('[part="result"] p')].find((p) => norm(p.textContent).startsWith('Refund'));
      expect(norm(refund?.textContent)).to.include(norm(formatTenge(r.refund.amount, 'en')));
    });

    it('adding revenue periods with the keyboard puts the focus on the new period’s first field; removing one puts it on the previous period’s, and on “Add a quarter” when none is left', async () => {
      const el = await mount<HTMLElement>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01" agreement-date="2026-02-01" baseline-revenue="500000000" state-amount="20000000"></qi-obligation-tracker>`);
      const add = () => findButton(el, 'Add a quarter');
      for (const n of [1, 2, 3]) {
        await tabTo(el, add);
        await press(el, 'Enter');
        expect(rows(el).length).to.equal(n);
        expect(focused(), describeFocus()).to.equal(byIdEnd(rows(el)[n - 1]!, '-from'));
      }
      const froms = () => rows(el).map((r) => byIdEnd(r, '-from')!.value);
      expect(froms()).to.deep.equal(['2026-01-01', '2026-04-01', '2026-07-01']);

      await tabTo(el, () => findButton(el, 'Remove row 3'), true);
      await press(el, 'Enter');
      expect(froms()).to.deep.equal(['2026-01-01', '2026-04-01']);
      expect(focused(), describeFocus()).to.equal(byIdEnd(rows(el)[1]!, '-from'));

      await tabTo(el, () => findButton(el, 'Remove row 1'), true);
      await press(el, 'Enter');
      expect(froms()).to.deep.equal(['2026-04-01']);
      expect(focused(), describeFocus()).to.equal(byIdEnd(rows(el)[0]!, '-from'));

      await tabTo(el, () => findButton(el, 'Remove row 1'));
      await press(el, 'Enter');
      expect(rows(el).length).to.equal(0);
      expect(focused(), describeFocus()).to.equal(add());
    });
  });
});
