// Task "What to have at hand" (issue "The widgets in the field", GOV.UK "before you start"): every widget shows, before
// its first question, a folded panel of what the visitor will need, read from the SDK's descriptions of its questions
// (the labels are the SDK's messages, the tax years the field's keys); and, only with `persist`, a visible line that
// the answers are kept in this browser and that "Start over" deletes them, in kk, ru and en.
import { expect, fixture, html } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '@qazindustry/productivity-widgets/define';
import {
  describeChecklist,
  describeEligibility,
  describeEstimate,
  describeObligation,
  formatMessage,
  type FieldDescription,
  type Lang,
} from '@qazindustry/productivity-calculator';
import en from '../../packages/widgets/dist/shared/i18n/en.js';
import kk from '../../packages/widgets/dist/shared/i18n/kk.js';
import ru from '../../packages/widgets/dist/shared/i18n/ru.js';
import { norm, present, shadow, type Widget } from './helpers.js';

const UI = { en, kk, ru } as const;
const DATE = '2026-03-02';

const panel = (el: Widget) => shadow(el).querySelector<HTMLDetailsElement>('details[part="at-hand"]');
const panelText = (el: Widget) => norm(panel(el)?.textContent);
const notice = (el: Widget) => shadow(el).querySelector<HTMLElement>('[part="draft-notice"]');
const label = (f: FieldDescription | undefined, lang: Lang = 'en') => formatMessage(f!.message, lang);
const byId = (fields: readonly FieldDescription[], id: string) => fields.find((f) => f.id === id);

/** Whether `a` comes before `b` in the widget's shadow tree. */
const before = (a: Node, b: Node) => !!(a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING);

interface Case {
  name: string;
  make: (lang: Lang, persist: boolean) => TemplateResult;
  /** What the panel must list, from the SDK's description. */
  expected: () => string[];
  /** What it must not list (yes/no questions are counted, not listed). */
  absent: () => string[];
}

const CASES: Case[] = [
  {
    name: 'the eligibility checker',
    make: (lang, persist) => html`<qi-eligibility-checker lang=${lang} measure="digital" application-date=${DATE} ?persist=${persist} persist-key="bys"></qi-eligibility-checker>`,
    expected: () => {
      const fields = describeEligibility({ applicationDate: DATE, measure: 'digital' }).fields;
      const tax = byId(fields, 'taxPayments')!;
      expect(tax.keys?.length, 'the SDK names the tax years').to.be.greaterThan(0);
      return [label(tax), ...tax.keys!, label(byId(fields, 'registrationDate')), label(byId(fields, 'headcount')), label(byId(fields, 'averageAnnualIncome'))];
    },
    absent: () => [label(byId(describeEligibility({ applicationDate: DATE, measure: 'digital' }).fields, 'courtBan'))],
  },
  {
    name: 'the reimbursement estimator',
    make: (lang, persist) => html`<qi-reimbursement-estimator lang=${lang} measure="process" application-date=${DATE} ?persist=${persist} persist-key="bys"></qi-reimbursement-estimator>`,
    expected: () => {
      const d = describeEstimate({ applicationDate: DATE, measure: 'process' });
      const payments = byId(d.line, 'payments')!;
      return [en.atHand.eachCost, label(byId(d.line, 'date')), label(byId(d.line, 'rate')), label(payments), ...payments.item!.map((f) => label(f)), ...byId(d.line, 'costType')!.options!.map((o) => formatMessage(o.label, 'en'))];
    },
    // an optional refinement is not something to have at hand before starting
    absent: () => [label(byId(describeEstimate({ applicationDate: DATE, measure: 'process' }).fields, 'alreadyReceived'))],
  },
  {
    name: 'the document checklist',
    make: (lang, persist) => html`<qi-document-checklist lang=${lang} measure="process" application-date=${DATE} ?persist=${persist} persist-key="bys"></qi-document-checklist>`,
    expected: () => {
      const costType = byId(describeChecklist({ applicationDate: DATE, measure: 'process' }).fields, 'costType')!;
      return [label(costType), ...costType.options!.map((o) => formatMessage(o.label, 'en'))];
    },
    absent: () => [label(byId(describeChecklist({ applicationDate: DATE, measure: 'process' }).fields, 'taxExempt'))],
  },
  {
    name: 'the obligation tracker',
    make: (lang, persist) => html`<qi-obligation-tracker lang=${lang} agreement-date="2026-02-01" ?persist=${persist} persist-key="bys"></qi-obligation-tracker>`,
    expected: () => {
      const fields = describeObligation({ agreementDate: '2026-02-01' }).fields;
      return ['agreementDate', 'baselineRevenue', 'stateAmount', 'revenue'].map((id) => label(byId(fields, id)));
    },
    absent: () => [label(byId(describeObligation({ agreementDate: '2026-02-01' }).fields, 'asOf'))],
  },
];

describe('before you start: what to have at hand, and where the draft is kept', () => {
  afterEach(() => localStorage.clear());

  for (const c of CASES) {
    describe(c.name, () => {
      it('shows a folded "what you will need" panel before its first question, listing the SDK’s labels', async () => {
        const el = await fixture<Widget>(c.make('en', false));
        const details = panel(el);
        expect(present(details), 'a <details part="at-hand">').to.equal(true);
        expect(details!.open, 'folded at first').to.equal(false);
        expect(norm(details!.querySelector('summary')?.textContent)).to.equal(en.atHand.summary);
        const firstQuestion = shadow(el).querySelector('form input, form select, form textarea');
        expect(present(firstQuestion)).to.equal(true);
        expect(before(details!, firstQuestion!), 'the panel comes before the first question').to.equal(true);
        const text = panelText(el);
        for (const want of c.expected()) expect(text, `lists “${want}”`).to.include(norm(want));
        for (const not of c.absent()) expect(text, `does not list “${not}”`).not.to.include(norm(not));
      });

      it('opens to a short list whose summary is a 44 px target, and passes axe open and closed', async () => {
        const el = await fixture<Widget>(c.make('en', true));
        await expect(el).to.be.accessible();
        const details = panel(el)!;
        const summary = details.querySelector('summary')!;
        expect(summary.getBoundingClientRect().height).to.be.at.least(44);
        summary.click();
        await el.updateComplete;
        expect(details.open).to.equal(true);
        expect(details.querySelectorAll('li').length).to.be.within(1, 12);
        await expect(el).to.be.accessible();
      });

      it('says the draft is kept in this browser only when persist is on, before the form, in kk, ru and en', async () => {
        for (const lang of ['kk', 'ru', 'en'] as const) {
          const kept = await fixture<Widget>(c.make(lang, true));
          const line = notice(kept);
          expect(present(line), `${lang}: a draft notice with persist`).to.equal(true);
          expect(norm(line!.textContent)).to.equal(UI[lang].atHand.draftKept);
          expect(line!.getBoundingClientRect().height, 'visible').to.be.greaterThan(0);
          expect(before(line!, shadow(kept).querySelector('form')!), 'near the form, before it').to.equal(true);
          expect(norm(panel(kept)?.querySelector('summary')?.textContent)).to.equal(UI[lang].atHand.summary);
          const notKept = await fixture<Widget>(c.make(lang, false));
          expect(present(notice(notKept)), `${lang}: no notice without persist`).to.equal(false);
          expect(norm(shadow(notKept).textContent)).not.to.include(UI[lang].atHand.draftKept);
        }
      });
    });
  }

  it('the checker lists, while no measure is chosen, what every measure asks; the tax years follow the date', async () => {
    const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" application-date="2027-05-10"></qi-eligibility-checker>`);
    const tax = byId(describeEligibility({ applicationDate: '2027-05-10', measure: 'competence' }).fields, 'taxPayments')!;
    for (const y of tax.keys!) expect(panelText(el)).to.include(y);
    expect(panelText(el)).to.include(norm(label(tax)));
  });
});
