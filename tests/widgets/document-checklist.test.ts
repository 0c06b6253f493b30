// <qi-document-checklist> in a real browser: a person picks the measure, the cost type, the date and what applies to
// them; the list is the SDK's, item by item with the annex's numbers; ticking counts "n of m"; copy and print; the
// widget speaks the page's language, keeps a draft, survives bad settings, passes axe, and answers E12-E14.
import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '@qazindustry/productivity-widgets/define';
import {
  buildChecklist,
  describeChecklist,
  format,
  formatCitation,
  type ChecklistInput,
  type ChecklistResult,
  type InputIssue,
  formatDocText,
} from '@qazindustry/productivity-calculator';
import { E12, E13, E14, NO_CONDITIONS } from './examples.js';
import { choose, control, findButton, findControl, norm, present, sdkIssues, shadow, tick, title, type, visible, type Widget } from './helpers.js';
import { heard, last, page, watchPage } from './page-watch.js';

type Toggle = { id: string; checked: boolean; ready: number; total: number };

// ---------------------------------------------------------------------------------------------------------------
// What a person sees and does in this widget (the shared helpers are in ./helpers.ts)
// ---------------------------------------------------------------------------------------------------------------

const items = (el: Widget) => [...shadow(el).querySelectorAll<HTMLLIElement>('[part=item]')];
/** The sub-item numbers the list shows, '' for an entry from outside the annex. */
const numbers = (el: Widget) => items(el).map((li) => norm(li.querySelector('strong')?.textContent).replace(/\)$/, ''));
const sdkNumbers = (r: ChecklistResult) => r.items.map((i) => i.number ?? '');
const progress = (el: Widget) => norm(shadow(el).querySelector('[part=progress]')?.textContent);
const heading = (el: Widget) => norm(shadow(el).querySelector('[part=result] h3')?.textContent);

function itemBox(el: Widget, n: string): HTMLInputElement {
  const li = items(el).find((x) => norm(x.querySelector('strong')?.textContent) === `${n})`);
  if (!li) throw new Error(`No item ${n}) in the list ${numbers(el).join(', ')}`);
  return li.querySelector('input[type=checkbox]')!;
}

const EN = {
  title: 'Documents to attach',
  measure: 'Measure',
  costType: 'Cost type',
  date: 'Application date',
  taxExempt: 'The company is exempt from taxes',
  individualEntrepreneur: 'The applicant is an individual entrepreneur',
  nonResident: 'The executor or seller is a non-resident of Kazakhstan',
  travel: 'Travel to the training is claimed',
  accommodation: 'Accommodation during the training is claimed',
  progress: (n: number, m: number) => `Ready: ${n} of ${m}`,
  replaced: 'Replaces the invoices because the executor is a non-resident.',
  badAttributes: 'This widget was set up with a value it cannot use.',
  print: 'Print',
  copy: 'Copy as text',
  copied: 'Copied.',
};
const TITLES = { en: EN.title, ru: 'Документы к заявке', kk: 'Өтінімге қоса берілетін құжаттар' };
const PROGRESS = { ru: (n: number, m: number) => `Готово: ${n} из ${m}`, kk: (n: number, m: number) => `Дайын: ${n} (барлығы ${m})` };

// ---------------------------------------------------------------------------------------------------------------
// The SDK's answer for the same settings, and the page's ears
// ---------------------------------------------------------------------------------------------------------------

/** The SDK's list for what the widget's form says: every unticked condition is a "no". */
function sdk(applicationDate: string, measure: string, more: Partial<ChecklistInput> = {}): ChecklistResult {
  return buildChecklist({ applicationDate, measure: measure as ChecklistInput['measure'], ...NO_CONDITIONS, ...more });
}

const KEY_PREFIX = 'qi:qi-document-checklist:v1:list-test-';
watchPage(KEY_PREFIX);

// ---------------------------------------------------------------------------------------------------------------

describe('<qi-document-checklist>', () => {
  describe('choosing the settings', () => {
    it('asks for a measure first and shows no list before one is chosen', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en"></qi-document-checklist>`);
      expect(title(el)).to.equal(EN.title);
      expect(control<HTMLSelectElement>(el, EN.measure).value).to.equal('');
      expect(items(el).length).to.equal(0);
      expect(present(findControl(el, EN.costType)), 'no cost type outside process').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('shows the list of the chosen measure for the typed application date, with "n of m", each item with its citation', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en"></qi-document-checklist>`);
      await choose(el, EN.measure, 'organization');
      await type(el, EN.date, '2026-02-10');
      const r = sdk('2026-02-10', 'organization');
      expect(numbers(el)).to.deep.equal(sdkNumbers(r));
      expect(heading(el)).to.equal(norm(formatDocText(r.heading, 'en')));
      expect(progress(el)).to.equal(EN.progress(0, r.items.length));
      items(el).forEach((li, i) => {
        expect(norm(li.textContent)).to.include(norm(formatDocText(r.items[i]!.text, 'en')));
        expect(norm(li.querySelector('cite')?.textContent)).to.equal(norm(formatCitation(r.items[i]!.citation, 'en')));
      });
      expect(control<HTMLInputElement>(el, EN.date).value).to.equal('2026-02-10');
      await expect(el).to.be.accessible();
    });

    it('asks for the cost type only for process, and resets the ticks when the measure changes', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" application-date="2026-01-15"></qi-document-checklist>`);
      await choose(el, EN.measure, 'digital');
      expect(present(findControl(el, EN.costType))).to.equal(false);
      itemBox(el, '1').click();
      await el.updateComplete;
      expect(progress(el)).to.match(/^Ready: 1 of/);
      await choose(el, EN.measure, 'process');
      const ct = control<HTMLSelectElement>(el, EN.costType);
      // the cost types and their order are describeChecklist's (one per document list of the annexes)
      const described = describeChecklist({ applicationDate: '2026-01-15', measure: 'process' }).fields.find((f) => f.id === 'costType')!;
      expect([...ct.options].map((o) => o.value).filter(Boolean)).to.deep.equal(described.options!.map((o) => o.value));
      expect([...ct.options].map((o) => o.value).filter(Boolean).sort()).to.deep.equal(['energy-audit', 'installation', 'supervised-installation', 'tech-equipment']);
      await choose(el, EN.costType, 'energy-audit');
      const r = sdk('2026-01-15', 'process', { costType: 'energy-audit' });
      expect(numbers(el)).to.deep.equal(sdkNumbers(r));
      expect(progress(el)).to.equal(EN.progress(0, r.items.length));
    });
  });

  describe('events', () => {
    it('fires qi-change whose detail deep-equals the SDK list for the same settings', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" application-date="2026-02-10"></qi-document-checklist>`);
      let next = oneEvent(el, 'qi-change');
      await choose(el, EN.measure, 'competence');
      expect((await next).detail).to.deep.equal(sdk('2026-02-10', 'competence'));

      next = oneEvent(el, 'qi-change');
      await tick(el, EN.travel);
      expect((await next).detail).to.deep.equal(sdk('2026-02-10', 'competence', { claimsTravel: true }));

      next = oneEvent(el, 'qi-change');
      await type(el, EN.date, '2025-11-03');
      expect((await next).detail).to.deep.equal(sdk('2025-11-03', 'competence', { claimsTravel: true }));
    });

    it('fires qi-checklist-item-toggle with the id, the tick, and ready of total as the list shows them', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" measure="digital" application-date="2026-03-01"></qi-document-checklist>`);
      const r = sdk('2026-03-01', 'digital');
      const total = r.items.length;
      let next = oneEvent(el, 'qi-checklist-item-toggle');
      itemBox(el, '1').click();
      expect((await next).detail).to.deep.equal({ id: r.items[0]!.id, checked: true, ready: 1, total });
      await el.updateComplete;
      expect(progress(el)).to.equal(EN.progress(1, total));

      next = oneEvent(el, 'qi-checklist-item-toggle');
      itemBox(el, '3').click();
      expect((await next).detail).to.deep.equal({ id: r.items[2]!.id, checked: true, ready: 2, total });
      await el.updateComplete;
      expect(progress(el)).to.equal(EN.progress(2, total));

      next = oneEvent(el, 'qi-checklist-item-toggle');
      itemBox(el, '1').click();
      expect((await next).detail).to.deep.equal({ id: r.items[0]!.id, checked: false, ready: 1, total });
      await el.updateComplete;
      expect(progress(el)).to.equal(EN.progress(1, total));
    });

    it('counts in the toggle event only the ticked documents still on the list, as "n of m" does', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" measure="competence" application-date="2026-02-10"></qi-document-checklist>`);
      await tick(el, EN.travel);
      itemBox(el, '11').click();
      await el.updateComplete;
      await tick(el, EN.travel, false); // item 11 leaves the list
      const r = sdk('2026-02-10', 'competence');
      expect(progress(el)).to.equal(EN.progress(0, r.items.length));
      const next = oneEvent(el, 'qi-checklist-item-toggle');
      itemBox(el, '1').click();
      const detail = (await next).detail as Toggle;
      await el.updateComplete;
      expect(progress(el)).to.equal(EN.progress(1, r.items.length));
      expect([detail.ready, detail.total]).to.deep.equal([1, r.items.length]);
    });
  });

  describe('copy and print', () => {
    it('copies the SDK text of the list to the clipboard and says so', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" measure="competence" application-date="2026-02-10"></qi-document-checklist>`);
      const calls: string[] = [];
      const clipboard = navigator.clipboard as Clipboard & { writeText: (t: string) => Promise<void> };
      Object.defineProperty(clipboard, 'writeText', { configurable: true, value: async (t: string) => void calls.push(t) });
      page.cleanups.push(() => delete (clipboard as unknown as Record<string, unknown>)['writeText']);
      const copy = findButton(el, EN.copy);
      expect(present(copy), 'a copy button').to.equal(true);
      copy!.click();
      await waitUntil(() => calls.length === 1, 'the clipboard is written');
      expect(calls[0]).to.equal(format(sdk('2026-02-10', 'competence'), 'en'));
      await waitUntil(() => norm(shadow(el).querySelector('.actions [role=status]')?.textContent) === EN.copied, 'the widget says it copied');
      await expect(el).to.be.accessible();
    });

    it('has a print button that prints the list alone (a print frame, not the page)', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" measure="digital" application-date="2026-03-01"></qi-document-checklist>`);
      const print = findButton(el, EN.print);
      expect(present(print), 'a print button').to.equal(true);
      expect(visible(print)).to.equal(true);
      let printed = 0;
      let pagePrinted = 0;
      const original = window.print;
      window.print = () => void pagePrinted++;
      const body = document.body;
      const appendChild = body.appendChild;
      const frames: HTMLIFrameElement[] = [];
      body.appendChild = function <T extends Node>(node: T): T {
        const r = appendChild.call(this, node) as T;
        if (node instanceof HTMLIFrameElement) {
          frames.push(node);
          node.contentWindow!.print = () => void printed++;
        }
        return r;
      };
      page.cleanups.push(() => {
        window.print = original;
        delete (body as unknown as Record<string, unknown>)['appendChild'];
        frames.forEach((f) => f.remove());
      });
      print!.click();
      expect(printed).to.equal(1);
      expect(pagePrinted).to.equal(0);
      expect(norm(frames[0]!.contentDocument!.body.firstElementChild!.shadowRoot!.querySelector('ol')?.textContent)).to.equal(norm(shadow(el).querySelector('ol')?.textContent));
    });
  });

  describe('language', () => {
    it('speaks Russian by default, when neither the widget nor the page names a language', async () => {
      expect(document.documentElement.hasAttribute('lang'), 'the test page has no lang').to.equal(false);
      const el = await fixture<Widget>(html`<qi-document-checklist measure="digital" application-date="2026-03-01"></qi-document-checklist>`);
      expect(title(el)).to.equal(TITLES.ru);
      const r = sdk('2026-03-01', 'digital');
      expect(heading(el)).to.equal(norm(formatDocText(r.heading, 'ru')));
      expect(progress(el)).to.equal(PROGRESS.ru(0, r.items.length));
    });

    it('re-renders the list in the new language when the lang attribute changes', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" measure="competence" application-date="2026-02-10"></qi-document-checklist>`);
      itemBox(el, '2').click();
      await el.updateComplete;
      const r = sdk('2026-02-10', 'competence');
      el.setAttribute('lang', 'kk');
      await el.updateComplete;
      expect(title(el)).to.equal(TITLES.kk);
      expect(heading(el)).to.equal(norm(formatDocText(r.heading, 'kk')));
      expect(progress(el)).to.equal(PROGRESS.kk(1, r.items.length));
      items(el).forEach((li, i) => expect(norm(li.textContent)).to.include(norm(formatDocText(r.items[i]!.text, 'kk'))));
      expect(itemBox(el, '2').checked, 'the ticks stay').to.equal(true);
      await expect(el).to.be.accessible();

      el.setAttribute('lang', 'ru');
      await el.updateComplete;
      expect(title(el)).to.equal(TITLES.ru);
      expect(heading(el)).to.equal(norm(formatDocText(r.heading, 'ru')));
    });

    it('uses the nearest lang of an ancestor when it has none, and follows a live change of it', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="ru"><article lang="kk"><qi-document-checklist measure="digital" application-date="2026-03-01"></qi-document-checklist></article></div>`);
      const article = page.querySelector('article')!;
      const el = page.querySelector<Widget>('qi-document-checklist')!;
      await el.updateComplete;
      expect(title(el)).to.equal(TITLES.kk);
      article.setAttribute('lang', 'en');
      await waitUntil(() => title(el) === TITLES.en, 'the widget follows the ancestor to English');
      await el.updateComplete;
      expect(heading(el)).to.equal(norm(formatDocText(sdk('2026-03-01', 'digital').heading, 'en')));
      article.removeAttribute('lang');
      await waitUntil(() => title(el) === TITLES.ru, 'the widget follows the next ancestor up to Russian');
    });

    it('lets a kk and a ru widget side by side on one page each speak their own language', async () => {
      const page = await fixture<HTMLElement>(html`<div>
        <qi-document-checklist id="kk" lang="kk" measure="competence" application-date="2026-02-10"></qi-document-checklist>
        <qi-document-checklist id="ru" lang="ru" measure="competence" application-date="2026-02-10"></qi-document-checklist>
      </div>`);
      const kk = page.querySelector<Widget>('#kk')!;
      const ru = page.querySelector<Widget>('#ru')!;
      await Promise.all([kk.updateComplete, ru.updateComplete]);
      const r = sdk('2026-02-10', 'competence');
      expect([title(kk), heading(kk), progress(kk)]).to.deep.equal([TITLES.kk, norm(formatDocText(r.heading, 'kk')), PROGRESS.kk(0, 9)]);
      expect([title(ru), heading(ru), progress(ru)]).to.deep.equal([TITLES.ru, norm(formatDocText(r.heading, 'ru')), PROGRESS.ru(0, 9)]);
    });
  });

  describe('persistence', () => {
    it('brings the settings, the ticks and the list back in a new widget after a reload when persist is set', async () => {
      const first = await fixture<Widget>(html`<qi-document-checklist lang="en" persist persist-key="list-test-reload"></qi-document-checklist>`);
      await choose(first, EN.measure, 'process');
      await choose(first, EN.costType, 'tech-equipment');
      await type(first, EN.date, '2026-01-15');
      await tick(first, EN.taxExempt);
      itemBox(first, '7').click();
      itemBox(first, '9').click();
      await first.updateComplete;
      expect(localStorage.getItem(KEY_PREFIX + 'reload'), 'a draft is kept').to.be.a('string');
      const before = norm(shadow(first).querySelector('[part=result]')!.textContent);
      first.remove();

      const changes = heard<ChecklistResult>('qi-change');
      const again = await fixture<Widget>(html`<qi-document-checklist lang="en" persist persist-key="list-test-reload"></qi-document-checklist>`);
      expect(control<HTMLSelectElement>(again, EN.measure).value).to.equal('process');
      expect(control<HTMLSelectElement>(again, EN.costType).value).to.equal('tech-equipment');
      expect(control<HTMLInputElement>(again, EN.date).value).to.equal('2026-01-15');
      expect(control<HTMLInputElement>(again, EN.taxExempt).checked).to.equal(true);
      const r = sdk('2026-01-15', 'process', { costType: 'tech-equipment', taxExempt: true });
      expect(numbers(again)).to.deep.equal(sdkNumbers(r));
      expect(itemBox(again, '7').checked && itemBox(again, '9').checked).to.equal(true);
      expect(progress(again)).to.equal(EN.progress(2, r.items.length));
      expect(norm(shadow(again).querySelector('[part=result]')!.textContent)).to.equal(before);
      expect(last(changes).detail).to.deep.equal(r);
    });

    it('is not broken by a draft that is not JSON', async () => {
      localStorage.setItem(KEY_PREFIX + 'garbage', '{{{ not json');
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" persist persist-key="list-test-garbage" application-date="2026-02-10"></qi-document-checklist>`);
      expect(title(el)).to.equal(EN.title);
      await choose(el, EN.measure, 'competence');
      expect(numbers(el)).to.deep.equal(sdkNumbers(sdk('2026-02-10', 'competence')));
      expect(page.uncaught).to.deep.equal([]);
    });

    it('is not broken by a JSON draft whose settings have the wrong types', async () => {
      localStorage.setItem(
        KEY_PREFIX + 'typed',
        JSON.stringify({ v: 1, inputs: { measure: 42, costType: ['x'], date: { y: 2026 }, conditions: { taxExempt: 'yes', claimsTravel: 1, bogus: true }, ready: 'all' } }),
      );
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" persist persist-key="list-test-typed" application-date="2026-02-10"></qi-document-checklist>`);
      expect(title(el)).to.equal(EN.title);
      await choose(el, EN.measure, 'competence');
      const r = sdk('2026-02-10', 'competence');
      expect(numbers(el), 'the person gets the list for what the form shows').to.deep.equal(sdkNumbers(r));
      expect(progress(el)).to.equal(EN.progress(0, r.items.length));
      expect(page.uncaught).to.deep.equal([]);
    });

    it('is not broken by a draft with a nonsense date or conditions that are not yes/no', async () => {
      localStorage.setItem(
        KEY_PREFIX + 'values',
        JSON.stringify({ v: 1, inputs: { measure: 'competence', costType: '', date: 'garbage', conditions: { taxExempt: 'yes', claimsAccommodation: 0 }, ready: [] } }),
      );
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" persist persist-key="list-test-values" application-date="2026-02-10"></qi-document-checklist>`);
      const r = sdk('2026-02-10', 'competence');
      expect(numbers(el), 'the list of the kept measure for the page date').to.deep.equal(sdkNumbers(r));
      expect(norm(shadow(el).querySelector('[role=alert]')?.textContent), 'no alert about the page set-up').to.equal('');
      expect(page.uncaught).to.deep.equal([]);
    });
  });

  describe('error states', () => {
    it('shows a visible alert for measure="robots" instead of a blank box, and fires qi-input-error', async () => {
      const errors = heard<{ issues: readonly InputIssue[] }>('qi-input-error');
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" measure="robots" application-date="2026-02-10"></qi-document-checklist>`);
      const issues = sdkIssues(buildChecklist, { applicationDate: '2026-02-10', measure: 'robots', ...NO_CONDITIONS });
      const alert = shadow(el).querySelector('[role=alert]');
      expect(visible(alert), 'the alert is visible').to.equal(true);
      expect(norm(alert!.textContent)).to.include(EN.badAttributes).and.include(norm(issues[0]!.message.en));
      expect(last(errors).detail.issues).to.deep.equal(issues);
      expect(items(el).length).to.equal(0);
      expect(page.uncaught).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows a visible alert for application-date="yesterday" when a measure is set', async () => {
      const errors = heard<{ issues: readonly InputIssue[] }>('qi-input-error');
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" measure="competence" application-date="yesterday"></qi-document-checklist>`);
      const issues = sdkIssues(buildChecklist, { applicationDate: 'yesterday', measure: 'competence', ...NO_CONDITIONS });
      const alert = shadow(el).querySelector('[role=alert]');
      expect(visible(alert)).to.equal(true);
      expect(norm(alert!.textContent)).to.include(EN.badAttributes).and.include(norm(issues[0]!.message.en));
      expect(last(errors).detail.issues).to.deep.equal(issues);
      expect(page.uncaught).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows a visible alert for application-date="yesterday" before any measure is chosen', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" application-date="yesterday"></qi-document-checklist>`);
      const dateIssue = sdkIssues(buildChecklist, { applicationDate: 'yesterday', measure: 'competence' }).find((i) => i.path[0] === 'applicationDate')!;
      const alert = shadow(el).querySelector('[role=alert]');
      expect(visible(alert), 'a misconfigured date is reported at once').to.equal(true);
      expect(norm(alert!.textContent)).to.include(norm(dateIssue.message.en));
      expect(page.uncaught).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows the SDK message next to the date field for a date before the first edition, marks it invalid and keeps the typed date', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" measure="digital"></qi-document-checklist>`);
      const errors = heard<{ issues: readonly InputIssue[] }>('qi-input-error');
      const input = await type(el, EN.date, '2020-01-01');
      const issues = sdkIssues(buildChecklist, { applicationDate: '2020-01-01', measure: 'digital', ...NO_CONDITIONS });
      expect(last(errors).detail.issues).to.deep.equal(issues);
      expect(input.value, 'the typed date stays').to.equal('2020-01-01');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      const message = shadow(el).getElementById(input.getAttribute('aria-describedby')!);
      expect(visible(message)).to.equal(true);
      expect(norm(message!.textContent)).to.equal(norm(issues[0]!.message.en));
      expect(input.closest('.field')!.contains(message), 'the message is next to the field').to.equal(true);
      // x-errors: the error summary is an alert too; the set-up alert is the other one
      expect(norm(shadow(el).querySelector('[role=alert]:not([part="error-summary"])')?.textContent), 'a typed date is not called a set-up mistake of the page').to.equal('');
      await expect(el).to.be.accessible();

      await type(el, EN.date, '2026-03-01');
      expect(input.getAttribute('aria-invalid')).to.equal('false');
      expect(visible(message)).to.equal(false);
      expect(numbers(el)).to.deep.equal(sdkNumbers(sdk('2026-03-01', 'digital')));
    });

    it('shows the SDK message next to the cost type until one is chosen for process', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" application-date="2026-01-15"></qi-document-checklist>`);
      const errors = heard<{ issues: readonly InputIssue[] }>('qi-input-error');
      await choose(el, EN.measure, 'process');
      const issues = sdkIssues(buildChecklist, { applicationDate: '2026-01-15', measure: 'process', ...NO_CONDITIONS });
      expect(last(errors).detail.issues).to.deep.equal(issues);
      const select = control<HTMLSelectElement>(el, EN.costType);
      // x-errors: the cost type errs once the visitor has left it (not while another field is being answered)
      expect(select.getAttribute('aria-invalid')).to.equal('false');
      select.focus();
      select.blur();
      await el.updateComplete;
      await el.updateComplete;
      expect(select.getAttribute('aria-invalid')).to.equal('true');
      const message = shadow(el).getElementById(select.getAttribute('aria-describedby')!);
      expect(visible(message)).to.equal(true);
      expect(norm(message!.textContent)).to.equal(norm(issues.find((i) => i.path[0] === 'costType')!.message.en));
      await expect(el).to.be.accessible();
      await choose(el, EN.costType, 'installation');
      expect(select.getAttribute('aria-invalid')).to.equal('false');
      expect(items(el).length).to.be.greaterThan(0);
    });
  });

  describe('accessibility (axe-core)', () => {
    it('passes axe empty, with a list, with ticks and conditions, in kk and ru, and in the dark theme', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" application-date="2026-02-10"></qi-document-checklist>`);
      await expect(el).to.be.accessible();
      await choose(el, EN.measure, 'competence');
      await expect(el).to.be.accessible();
      await tick(el, EN.nonResident);
      await tick(el, EN.travel);
      itemBox(el, '5').click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      for (const lang of ['kk', 'ru']) {
        el.setAttribute('lang', lang);
        await el.updateComplete;
        await expect(el).to.be.accessible();
      }
      const dark = await fixture<Widget>(html`<qi-document-checklist lang="en" theme="dark" measure="digital" application-date="2026-03-01"></qi-document-checklist>`);
      await expect(dark).to.be.accessible();
    });
  });

  describe('worked examples through the UI', () => {
    it('E12: competence on 2026-02-10 lists Annex 3 items 1-6, 8, 9, 10; travel and accommodation add 11 and 12; a non-resident replaces item 5', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en"></qi-document-checklist>`);
      const changes = heard<ChecklistResult>('qi-change');
      await choose(el, EN.measure, 'competence');
      await type(el, EN.date, '2026-02-10');
      const base = buildChecklist(E12);
      expect(sdkNumbers(base)).to.deep.equal(['1', '2', '3', '4', '5', '6', '8', '9', '10']);
      expect(numbers(el)).to.deep.equal(sdkNumbers(base));
      expect(last(changes).detail).to.deep.equal(base);
      expect(progress(el)).to.equal(EN.progress(0, 9));

      await tick(el, EN.travel);
      await tick(el, EN.accommodation);
      const travel = buildChecklist({ ...E12, claimsTravel: true, claimsAccommodation: true });
      expect(sdkNumbers(travel)).to.deep.equal(['1', '2', '3', '4', '5', '6', '8', '9', '10', '11', '12']);
      expect(numbers(el)).to.deep.equal(sdkNumbers(travel));
      expect(last(changes).detail).to.deep.equal(travel);
      expect(progress(el)).to.equal(EN.progress(0, 11));
      await tick(el, EN.travel, false);
      await tick(el, EN.accommodation, false);

      await tick(el, EN.nonResident);
      const nr = buildChecklist({ ...E12, nonResidentExecutor: true });
      expect(last(changes).detail).to.deep.equal(nr);
      const five = nr.items.find((i) => i.number === '5')!;
      expect(five.replaced).to.equal(true);
      const li = itemBox(el, '5').closest('li')!;
      expect(norm(li.textContent)).to.include(norm(formatDocText(five.text, 'en'))).and.include(EN.replaced);
      expect(norm(li.querySelector('cite')?.textContent)).to.equal(norm(formatCitation(five.citation, 'en')));
      expect(numbers(el)).to.deep.equal(sdkNumbers(nr));
      await expect(el).to.be.accessible();
    });

    it('E13: technological equipment on 2026-01-15 lists Annex 4 items 1-5, 8-11; tax-exempt adds item 7', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en"></qi-document-checklist>`);
      const changes = heard<ChecklistResult>('qi-change');
      await choose(el, EN.measure, 'process');
      await choose(el, EN.costType, 'tech-equipment');
      await type(el, EN.date, '2026-01-15');
      const base = buildChecklist(E13);
      expect(sdkNumbers(base)).to.deep.equal(['1', '2', '3', '4', '5', '8', '9', '10', '11']);
      expect(numbers(el)).to.deep.equal(sdkNumbers(base));
      expect(last(changes).detail).to.deep.equal(base);
      expect(heading(el)).to.equal(norm(formatDocText(base.heading, 'en')));
      expect(progress(el)).to.equal(EN.progress(0, 9));

      await tick(el, EN.taxExempt);
      const exempt = buildChecklist({ ...E13, taxExempt: true });
      expect(sdkNumbers(exempt)).to.deep.equal(['1', '2', '3', '4', '5', '7', '8', '9', '10', '11']);
      expect(numbers(el)).to.deep.equal(sdkNumbers(exempt));
      expect(last(changes).detail).to.deep.equal(exempt);
      expect(progress(el)).to.equal(EN.progress(0, 10));
      for (const n of ['1', '7', '11']) itemBox(el, n).click();
      await el.updateComplete;
      expect(progress(el)).to.equal(EN.progress(3, 10));
      await expect(el).to.be.accessible();
    });

    it('E14: digital for an individual entrepreneur on 2026-03-01 lists Annex 5-1 items 1-4, 6, 8-11, then the tax-account statement of p.13 sub-item 5', async () => {
      const el = await fixture<Widget>(html`<qi-document-checklist lang="en" application-date="2026-03-01"></qi-document-checklist>`);
      const changes = heard<ChecklistResult>('qi-change');
      const toggles = heard<Toggle>('qi-checklist-item-toggle');
      await choose(el, EN.measure, 'digital');
      await tick(el, EN.individualEntrepreneur);
      const r = buildChecklist(E14);
      expect(r.items.map((i) => i.number ?? i.id)).to.deep.equal(['1', '2', '3', '4', '6', '8', '9', '10', '11', 'p13.5-entrepreneur-statement']);
      expect(r.annexCount).to.equal(9);
      expect(last(changes).detail).to.deep.equal(r);
      expect(numbers(el)).to.deep.equal(sdkNumbers(r));
      expect(progress(el)).to.equal(EN.progress(0, 10));

      const statement = items(el).at(-1)!;
      const sdkStatement = r.items.at(-1)!;
      expect(present(statement.querySelector('strong')), 'the statement has no annex number').to.equal(false);
      expect(norm(statement.textContent)).to.include(norm(formatDocText(sdkStatement.text, 'en')));
      expect(norm(statement.querySelector('cite')?.textContent)).to.equal(norm(formatCitation(sdkStatement.citation, 'en')));
      expect([sdkStatement.citation.paragraph, sdkStatement.citation.subItem]).to.deep.equal(['13', '5']);

      statement.querySelector<HTMLInputElement>('input[type=checkbox]')!.click();
      await el.updateComplete;
      expect(last(toggles).detail).to.deep.equal({ id: 'p13.5-entrepreneur-statement', checked: true, ready: 1, total: 10 });
      expect(progress(el)).to.equal(EN.progress(1, 10));
      await expect(el).to.be.accessible();
    });
  });
});
