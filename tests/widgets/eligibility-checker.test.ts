// <qi-eligibility-checker> in a real browser: a person answers the questions, the page hears the SDK's result,
// the widget speaks the page's language, keeps a draft, survives bad attributes and bad answers, passes axe, and
// answers the worked examples E8-E11 of /work/shared/domain/EXAMPLES.md exactly as the SDK does.
import { fixture, html, expect, oneEvent, waitUntil } from '@open-wc/testing';
import '@qazindustry/productivity-widgets/define';
import {
  checkEligibility,
  describeEligibility,
  formatMessage,
  type Applicant,
  type Check,
  type EligibilityResult,
  type InputIssue,
  type Lang,
} from '@qazindustry/productivity-calculator';
import { E8 } from './examples.js';
import { choose, control, findControl, norm, ownText, present, sdkIssues, shadow, title, type, visible, type Widget } from './helpers.js';
import { heard, last, page, watchPage } from './page-watch.js';

// ---------------------------------------------------------------------------------------------------------------
// What a person sees and does in this widget (the shared helpers are in ./helpers.ts)
// ---------------------------------------------------------------------------------------------------------------

function labels(el: Widget): string[] {
  return [...shadow(el).querySelectorAll('label')].map(ownText);
}

/** Picks "I don't know" in a drop-down (the SDK's null). */
async function chooseUnknown(el: Widget, label: string): Promise<void> {
  const select = control<HTMLSelectElement>(el, label);
  const opt = [...select.options].find((o) => norm(o.textContent) === EN.dontKnow);
  if (!opt) throw new Error(`“${label}” has no “I don’t know”`);
  await choose(el, label, opt.value);
}

/** The yes / no / don't-know group of a question. */
function question(el: Widget, text: string): HTMLFieldSetElement | undefined {
  return [...shadow(el).querySelectorAll('fieldset')].find((f) => {
    const legend = f.querySelector('legend');
    return legend && ownText(legend) === text;
  });
}

/** Clicks one of the answers of a yes / no question. */
async function answer(el: Widget, text: string, choice: string): Promise<HTMLInputElement> {
  const group = question(el, text);
  if (!group) throw new Error(`No question “${text}”.`);
  const label = [...group.querySelectorAll('label')].find((l) => ownText(l) === choice);
  if (!label) throw new Error(`Question “${text}” has no answer “${choice}”.`);
  const radio = label.querySelector('input')!;
  radio.click();
  await el.updateComplete;
  return radio;
}

const verdict = (el: Widget) => norm(shadow(el).querySelector('[part=verdict]')?.textContent);
const resultText = (el: Widget) => norm(shadow(el).querySelector('[part=result]')?.textContent);

/** The rendered line of one of the SDK's checks (found by the SDK's own sentence), with its status word. */
function checkLine(el: Widget, check: Check, lang: Lang = 'en'): { status: string; text: string } | undefined {
  const sentence = norm(formatMessage(check.message, lang));
  const li = [...shadow(el).querySelectorAll('[part=check]')].find((x) => norm(x.textContent).includes(sentence));
  return li ? { status: norm(li.querySelector('[part=status]')?.textContent), text: norm(li.textContent) } : undefined;
}

const EN = {
  title: 'Can your company apply?',
  measure: 'Measure',
  size: 'Size of the business',
  headcount: 'Average annual headcount',
  // the labels are the SDK's (describeEligibility's message keys)
  income: 'Average annual income of the last 3 years, tenge',
  stateShare: 'Share owned by the state, a national managing holding, a national holding or a national company, directly or indirectly, %',
  dontKnow: 'I don’t know',
  exception: 'Who holds that share?',
  registrationDate: 'Date of state registration',
  badAttributes: 'This widget was set up with a value it cannot use.',
  verdicts: { eligible: 'You can apply', ineligible: 'This application cannot succeed', incomplete: 'Not known yet: some answers are missing' },
  statuses: { pass: 'passes', fail: 'fails', unknown: 'unknown', 'not-applicable': 'not applicable' },
  q: {
    industrialInnovativeSubject: 'Does the company implement industrial-innovative projects or promote Kazakhstani manufacturing goods, works or services?',
    sezParticipant: 'Is the company a participant of a special economic zone?',
    unrepaidBreach: 'Has the company breached a reimbursement agreement and not returned the money?',
    otherBudgetFunding: 'Were these costs financed from the budget under another state stimulation measure?',
    inProducersRegister: 'Is the company in the register of Kazakhstani commodity producers?',
    producesPriorityGoods: 'Does the company produce goods on the list of priority goods?',
    courtBan: 'Is there a court decision in force banning the company’s activity?',
    personalDataConsent: 'Will you consent to access to restricted personal data needed for the service?',
    taxExempt: 'Is the company exempt from taxes by law?',
  },
};
const TITLES = { en: EN.title, ru: 'Может ли ваше предприятие подать заявку?', kk: 'Кәсіпорныңыз өтінім бере ала ма?' };
const VERDICTS_KK = { eligible: 'Өтінім беруге болады', ineligible: 'Өтінім қанағаттандырылмайды', incomplete: 'Әзірге белгісіз: жауаптар жетіспейді' };

// ---------------------------------------------------------------------------------------------------------------
// The SDK's answer for the same input, and the page's ears
// ---------------------------------------------------------------------------------------------------------------

function sdk(applicationDate: string, measure: string, applicant: Applicant = {}): EligibilityResult {
  return checkEligibility({ applicationDate, measure: measure as EligibilityResult['measure'], applicant });
}

const byId = (r: EligibilityResult, id: string) => r.checks.find((c) => c.id === id)!;

const KEY_PREFIX = 'qi:qi-eligibility-checker:v1:elig-test-';
watchPage(KEY_PREFIX);

/** Answers every question of an `organization` application in 2026 so that it passes, except those left out. */
async function answerAllPassing(el: Widget, except: string[] = []): Promise<Applicant> {
  const applicant: Applicant = {};
  const yn = async (f: keyof typeof EN.q, v: boolean) => {
    if (except.includes(f)) return;
    await answer(el, EN.q[f], v ? 'Yes' : 'No');
    (applicant as Record<string, unknown>)[f] = v;
  };
  await choose(el, EN.size, 'small');
  applicant.size = 'small';
  await type(el, EN.stateShare, '0');
  applicant.stateShare = '0';
  await yn('unrepaidBreach', false);
  await yn('sezParticipant', false);
  await yn('industrialInnovativeSubject', true);
  await yn('taxExempt', false);
  await type(el, EN.registrationDate, '2010-01-01');
  applicant.registrationDate = '2010-01-01';
  await type(el, '2023', '1 000 000');
  await type(el, '2024', '2 000 000');
  await type(el, '2025', '3 000 000');
  applicant.taxPayments = { '2023': '1000000', '2024': '2000000', '2025': '3000000' };
  await yn('inProducersRegister', true);
  // From 2026-01-01 priority goods are not asked: the check is not-applicable (RULES.md Interpretation 15).
  await yn('otherBudgetFunding', false);
  await yn('courtBan', false);
  await yn('personalDataConsent', true);
  return applicant;
}

// ---------------------------------------------------------------------------------------------------------------

describe('<qi-eligibility-checker>', () => {
  describe('answering the questions', () => {
    /** The labels of the questions in the form, in the order shown. */
    const asked = (el: Widget) =>
      [...shadow(el).querySelectorAll('form > .field:not([part~="date-question"])')].map((f) => ownText(f.querySelector('legend') ?? f.querySelector('label')!));
    const labelsOf = (d: ReturnType<typeof describeEligibility>, ids: readonly string[]) => ids.map((id) => norm(formatMessage(d.fields.find((f) => f.id === id)!.message, 'en')));

    it("asks the SDK's open questions in the SDK's order, with no answer pre-selected", async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>`);
      const d = describeEligibility({ applicationDate: '2026-02-02', measure: 'digital', applicant: {} });
      expect(asked(el)).to.deep.equal(labelsOf(d, d.open));
      expect(shadow(el).querySelectorAll('input[type=radio]:checked').length, 'no radio is pre-selected, not even "I don’t know"').to.equal(0);
      expect(control<HTMLSelectElement>(el, EN.size).value, 'no size is pre-selected').to.equal('');
      // the three tax years are the field's keys
      expect(labels(el).filter((l) => /^\d{4}$/.test(l))).to.deep.equal([...d.fields.find((f) => f.id === 'taxPayments')!.keys!]);
      await expect(el).to.be.accessible();
    });

    it("shows the SDK's verdict as soon as it is reached, and keeps only the answered questions (editable) after a failing answer", async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>`);
      await answer(el, EN.q.courtBan, 'No');
      await choose(el, EN.size, 'large');
      const d = describeEligibility({ applicationDate: '2026-02-02', measure: 'digital', applicant: { courtBan: false, size: 'large' } });
      expect(d.verdict).to.equal('ineligible');
      expect(d.open).to.deep.equal([]);
      expect(verdict(el)).to.equal(EN.verdicts.ineligible);
      expect(asked(el).sort()).to.deep.equal(labelsOf(d, ['courtBan', 'size']).sort());
      await choose(el, EN.size, 'small');
      expect(verdict(el)).to.equal(EN.verdicts.incomplete);
      const again = describeEligibility({ applicationDate: '2026-02-02', measure: 'digital', applicant: { courtBan: false, size: 'small' } });
      expect(asked(el).length, 'the open questions come back').to.equal(again.open.length + 2);
    });
    it('asks for a measure first and shows no verdict before one is chosen', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" application-date="2026-02-02"></qi-eligibility-checker>`);
      expect(title(el)).to.equal(EN.title);
      expect(control<HTMLSelectElement>(el, EN.measure).value).to.equal('');
      expect(verdict(el)).to.equal('');
      expect(present(findControl(el, EN.stateShare)), 'no questions before a measure').to.equal(false);
      await expect(el).to.be.accessible();
    });

    it('asks the questions of the chosen measure and shows the verdict with every check as the person answers', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" application-date="2026-02-02"></qi-eligibility-checker>`);
      await choose(el, EN.measure, 'digital');
      const blank = sdk('2026-02-02', 'digital');
      expect(verdict(el)).to.equal(EN.verdicts.incomplete);
      for (const c of blank.checks) expect(checkLine(el, c)?.status, c.id).to.equal(EN.statuses[c.status]);
      expect(present(findControl(el, EN.stateShare))).to.equal(true);

      await type(el, EN.stateShare, '10');
      const r = sdk('2026-02-02', 'digital', { stateShare: '10' });
      expect(checkLine(el, byId(r, 'p3.2-state-share'))?.status).to.equal(EN.statuses.pass);
      expect(resultText(el)).to.include(norm(formatMessage(r.summary[0]!, 'en')));
      await expect(el).to.be.accessible();
    });

    it('derives the business size from a typed headcount and income exactly as the SDK does', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>`);
      const changes = heard<EligibilityResult>('qi-change');
      // the SDK asks headcount and income only when the size is not known (relevantWhen size is "I don't know")
      expect(present(findControl(el, EN.headcount)), 'no headcount while the size may still be chosen').to.equal(false);
      await chooseUnknown(el, EN.size);
      await type(el, EN.headcount, '120');
      await type(el, EN.income, '5000000000');
      const expected = sdk('2026-02-02', 'digital', { size: null, headcount: 120, averageAnnualIncome: '5000000000' });
      expect(last(changes).detail).to.deep.equal(expected);
      expect(checkLine(el, byId(expected, 'p3.1-large-business'))?.status).to.equal(EN.statuses[byId(expected, 'p3.1-large-business').status]);
    });
  });

  describe('events', () => {
    it('fires qi-change whose detail deep-equals the SDK result for the same answers', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" application-date="2026-02-02"></qi-eligibility-checker>`);
      let next = oneEvent(el, 'qi-change');
      await choose(el, EN.measure, 'process');
      expect((await next).detail).to.deep.equal(sdk('2026-02-02', 'process'));

      next = oneEvent(el, 'qi-change');
      await answer(el, EN.q.courtBan, 'No');
      expect((await next).detail).to.deep.equal(sdk('2026-02-02', 'process', { courtBan: false }));

      next = oneEvent(el, 'qi-change');
      await type(el, EN.stateShare, '12,5');
      expect((await next).detail).to.deep.equal(sdk('2026-02-02', 'process', { courtBan: false, stateShare: '12.5' }));

      next = oneEvent(el, 'qi-change');
      // "I don't know" is an answer: the SDK's null (not the same as not answered)
      await answer(el, EN.q.courtBan, 'I don’t know');
      expect((await next).detail).to.deep.equal(sdk('2026-02-02', 'process', { courtBan: null, stateShare: '12.5' }));
    });

    it('lets the page listen on document: qi-change bubbles out of the shadow root', async () => {
      const changes = heard<EligibilityResult>('qi-change');
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="competence" application-date="2026-02-02"></qi-eligibility-checker>`);
      await answer(el, EN.q.sezParticipant, 'Yes');
      const ev = last(changes);
      expect(ev.target === el, 'the event comes from the widget').to.equal(true);
      expect(ev.detail).to.deep.equal(sdk('2026-02-02', 'competence', { sezParticipant: true }));
      expect(ev.detail.verdict).to.equal('ineligible');
    });

    it('fires qi-input-error with the SDK issues for a bad answer, and qi-change again once it is corrected', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>`);
      const errors = heard<{ issues: readonly InputIssue[] }>('qi-input-error');
      const changes = heard<EligibilityResult>('qi-change');
      await type(el, EN.stateShare, 'abc');
      expect(last(errors).detail.issues).to.deep.equal(sdkIssues(checkEligibility, { applicationDate: '2026-02-02', measure: 'digital', applicant: { stateShare: 'abc' } }));
      expect(changes.length).to.equal(0);
      await type(el, EN.stateShare, '5');
      expect(last(changes).detail).to.deep.equal(sdk('2026-02-02', 'digital', { stateShare: '5' }));
    });
  });

  describe('language', () => {
    it('speaks Russian by default, when neither the widget nor the page names a language', async () => {
      expect(document.documentElement.hasAttribute('lang'), 'the test page has no lang').to.equal(false);
      const el = await fixture<Widget>(html`<qi-eligibility-checker></qi-eligibility-checker>`);
      expect(title(el)).to.equal(TITLES.ru);
      expect(shadow(el).querySelector('[part=base]')!.getAttribute('lang')).to.equal('ru');
    });

    it('re-renders the questions and the result in the new language when the lang attribute changes', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>`);
      await choose(el, EN.size, 'large');
      const r = sdk('2026-02-02', 'digital', { size: 'large' });
      expect(verdict(el)).to.equal(EN.verdicts.ineligible);

      el.setAttribute('lang', 'kk');
      await el.updateComplete;
      expect(title(el)).to.equal(TITLES.kk);
      expect(verdict(el)).to.equal(VERDICTS_KK.ineligible);
      expect(checkLine(el, byId(r, 'p3.1-large-business'), 'kk')?.status).to.equal('сәйкес емес');
      expect(resultText(el)).to.include(norm(formatMessage(r.summary[0]!, 'kk')));
      expect(shadow(el).querySelector('[part=base]')!.getAttribute('lang')).to.equal('kk');
      await expect(el).to.be.accessible();

      el.setAttribute('lang', 'ru');
      await el.updateComplete;
      expect(title(el)).to.equal(TITLES.ru);
      expect(resultText(el)).to.include(norm(formatMessage(r.summary[0]!, 'ru')));
    });

    it('uses the nearest lang of an ancestor when it has none, and follows a live change of it', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="en"><section lang="kk-KZ"><qi-eligibility-checker measure="competence" application-date="2026-02-02"></qi-eligibility-checker></section></div>`);
      const section = page.querySelector('section')!;
      const el = page.querySelector<Widget>('qi-eligibility-checker')!;
      await el.updateComplete;
      expect(title(el)).to.equal(TITLES.kk);

      section.setAttribute('lang', 'en');
      await waitUntil(() => title(el) === TITLES.en, 'the widget follows the ancestor to English');
      await el.updateComplete;
      expect(verdict(el)).to.equal(EN.verdicts.incomplete);

      section.removeAttribute('lang');
      page.setAttribute('lang', 'ru');
      await waitUntil(() => title(el) === TITLES.ru, 'the widget follows the next ancestor up to Russian');
    });

    it('lets a kk and a ru widget side by side on one page each speak their own language', async () => {
      const page = await fixture<HTMLElement>(html`<div lang="en">
        <qi-eligibility-checker id="kk" lang="kk" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>
        <qi-eligibility-checker id="ru" lang="ru" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>
      </div>`);
      const kk = page.querySelector<Widget>('#kk')!;
      const ru = page.querySelector<Widget>('#ru')!;
      await Promise.all([kk.updateComplete, ru.updateComplete]);
      expect(title(kk)).to.equal(TITLES.kk);
      expect(title(ru)).to.equal(TITLES.ru);
      const r = sdk('2026-02-02', 'digital');
      expect(resultText(kk)).to.include(norm(formatMessage(r.summary[0]!, 'kk')));
      expect(resultText(ru)).to.include(norm(formatMessage(r.summary[0]!, 'ru')));
      expect(resultText(ru)).to.not.include(norm(formatMessage(r.summary[0]!, 'kk')));
    });
  });

  describe('persistence', () => {
    it('brings the answers and the result back in a new widget after a reload when persist is set', async () => {
      const key = 'elig-test-reload';
      const first = await fixture<Widget>(html`<qi-eligibility-checker lang="en" persist persist-key=${key} application-date="2026-02-02"></qi-eligibility-checker>`);
      await choose(first, EN.measure, 'digital');
      // a large business fails digital: after that answer nothing else is asked, so the other answers come first
      await type(first, EN.stateShare, '10');
      await answer(first, EN.q.courtBan, 'No');
      await choose(first, EN.size, 'large');
      expect(localStorage.getItem(KEY_PREFIX + 'reload'), 'a draft is kept').to.be.a('string');
      const before = resultText(first);
      first.remove();

      const changes = heard<EligibilityResult>('qi-change');
      const again = await fixture<Widget>(html`<qi-eligibility-checker lang="en" persist persist-key=${key} application-date="2026-02-02"></qi-eligibility-checker>`);
      expect(control<HTMLSelectElement>(again, EN.measure).value).to.equal('digital');
      expect(control<HTMLSelectElement>(again, EN.size).value).to.equal('large');
      expect(control<HTMLInputElement>(again, EN.stateShare).value).to.equal('10');
      const no = [...question(again, EN.q.courtBan)!.querySelectorAll('label')].find((l) => ownText(l) === 'No')!.querySelector('input')!;
      expect(no.checked).to.equal(true);
      expect(verdict(again)).to.equal(EN.verdicts.ineligible);
      expect(resultText(again)).to.equal(before);
      expect(last(changes).detail).to.deep.equal(sdk('2026-02-02', 'digital', { size: 'large', stateShare: '10', courtBan: false }));
    });

    it('keeps nothing when persist is not set', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" persist-key="elig-test-off" application-date="2026-02-02"></qi-eligibility-checker>`);
      await choose(el, EN.measure, 'digital');
      expect(localStorage.getItem(KEY_PREFIX + 'off')).to.equal(null);
      el.remove();
      const again = await fixture<Widget>(html`<qi-eligibility-checker lang="en" persist persist-key="elig-test-off" application-date="2026-02-02"></qi-eligibility-checker>`);
      expect(control<HTMLSelectElement>(again, EN.measure).value).to.equal('');
    });

    it('is not broken by a draft that is not JSON', async () => {
      localStorage.setItem(KEY_PREFIX + 'garbage', '{not json at all');
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" persist persist-key="elig-test-garbage" application-date="2026-02-02"></qi-eligibility-checker>`);
      expect(title(el)).to.equal(EN.title);
      await choose(el, EN.measure, 'digital');
      expect(verdict(el)).to.equal(EN.verdicts.incomplete);
      expect(page.uncaught).to.deep.equal([]);
    });

    it('is not broken by a JSON draft whose answers have the wrong types', async () => {
      localStorage.setItem(
        KEY_PREFIX + 'typed',
        JSON.stringify({ v: 1, inputs: { measure: 'digital', size: 7, headcount: 12, income: {}, stateShare: null, registrationDate: false, taxPayments: { '2025': 5, x: null }, yesNo: { courtBan: 'maybe', sezParticipant: 1 } } }),
      );
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" persist persist-key="elig-test-typed" application-date="2026-02-02"></qi-eligibility-checker>`);
      expect(title(el)).to.equal(EN.title);
      expect(visible(shadow(el).querySelector('form')), 'the form is there').to.equal(true);
      // the person can go on answering
      await choose(el, EN.measure, 'competence');
      await answer(el, EN.q.courtBan, 'No');
      expect(resultText(el)).to.not.equal('');
      expect(page.uncaught).to.deep.equal([]);
    });

    it('is not broken by a draft of another shape (an array, null, a wrong version)', async () => {
      for (const [i, raw] of ['[1,2,3]', 'null', '"text"', JSON.stringify({ v: 99, inputs: { measure: 'digital' } }), JSON.stringify({ v: 1, inputs: 'digital' })].entries()) {
        localStorage.setItem(KEY_PREFIX + `shape${i}`, raw);
        const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" persist persist-key=${`elig-test-shape${i}`} application-date="2026-02-02"></qi-eligibility-checker>`);
        expect(title(el), raw).to.equal(EN.title);
        expect(control<HTMLSelectElement>(el, EN.measure).value, raw).to.equal('');
        el.remove();
      }
      expect(page.uncaught).to.deep.equal([]);
    });
  });

  describe('error states', () => {
    it('shows a visible alert for measure="robots" instead of a blank box, and fires qi-input-error', async () => {
      const errors = heard<{ issues: readonly InputIssue[] }>('qi-input-error');
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="robots" application-date="2026-02-02"></qi-eligibility-checker>`);
      const issues = sdkIssues(checkEligibility, { applicationDate: '2026-02-02', measure: 'robots', applicant: {} });
      const alert = shadow(el).querySelector('[role=alert]');
      expect(visible(alert), 'the alert is visible').to.equal(true);
      expect(norm(alert!.textContent)).to.include(EN.badAttributes).and.include(norm(issues[0]!.message.en));
      expect(last(errors).detail.issues).to.deep.equal(issues);
      expect(page.uncaught).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows a visible alert for application-date="yesterday" when a measure is set', async () => {
      const errors = heard<{ issues: readonly InputIssue[] }>('qi-input-error');
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="competence" application-date="yesterday"></qi-eligibility-checker>`);
      const issues = sdkIssues(checkEligibility, { applicationDate: 'yesterday', measure: 'competence', applicant: {} });
      const alert = shadow(el).querySelector('[role=alert]');
      expect(visible(alert)).to.equal(true);
      expect(norm(alert!.textContent)).to.include(EN.badAttributes).and.include(norm(issues[0]!.message.en));
      expect(last(errors).detail.issues).to.deep.equal(issues);
      expect(page.uncaught).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows a visible alert for application-date="yesterday" before any measure is chosen', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" application-date="yesterday"></qi-eligibility-checker>`);
      const dateIssue = sdkIssues(checkEligibility, { applicationDate: 'yesterday', measure: 'competence' }).find((i) => i.path[0] === 'applicationDate')!;
      const alert = shadow(el).querySelector('[role=alert]');
      expect(visible(alert), 'a misconfigured date is reported at once').to.equal(true);
      expect(norm(alert!.textContent)).to.include(norm(dateIssue.message.en));
      expect(page.uncaught).to.deep.equal([]);
      await expect(el).to.be.accessible();
    });

    it('shows the alert in the widget language (kk) and never throws', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="kk" measure="robots" application-date="2026-02-02"></qi-eligibility-checker>`);
      const issues = sdkIssues(checkEligibility, { applicationDate: '2026-02-02', measure: 'robots', applicant: {} });
      const alert = shadow(el).querySelector('[role=alert]');
      expect(norm(alert?.textContent)).to.include(norm(issues[0]!.message.kk));
      expect(page.uncaught).to.deep.equal([]);
    });

    for (const bad of ['abc', '150']) {
      it(`shows the SDK's message next to the state-share field for “${bad}”, marks it invalid and keeps what was typed`, async () => {
        const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>`);
        const input = await type(el, EN.stateShare, bad);
        const issue = sdkIssues(checkEligibility, { applicationDate: '2026-02-02', measure: 'digital', applicant: { stateShare: bad } }).find((i) => i.path.join('.') === 'applicant.stateShare')!;
        const shown = control<HTMLInputElement>(el, EN.stateShare);
        expect(shown.value, 'the typed value stays').to.equal(bad);
        expect(shown.getAttribute('aria-invalid')).to.equal('true');
        const message = shadow(el).getElementById(shown.getAttribute('aria-describedby')!);
        expect(visible(message), 'the message is visible').to.equal(true);
        expect(norm(message!.textContent)).to.equal(norm(issue.message.en));
        expect(input.closest('.field')!.contains(message), 'the message is next to the field').to.equal(true);
        expect(page.uncaught).to.deep.equal([]);
        await expect(el).to.be.accessible();

        await type(el, EN.stateShare, '20');
        expect(shown.getAttribute('aria-invalid')).to.equal('false');
        expect(visible(message)).to.equal(false);
      });
    }

    it('shows a polite message next to an unreadable tax-payment year and keeps that field and its typed value', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="process" application-date="2026-04-01"></qi-eligibility-checker>`);
      await type(el, '2023', '10 000 000');
      await type(el, '2025', '12 abc');
      const issue = sdkIssues(checkEligibility, { applicationDate: '2026-04-01', measure: 'process', applicant: { taxPayments: { '2023': '10000000', '2025': '12abc' } } }).find(
        (i) => i.path.join('.') === 'applicant.taxPayments.2025',
      )!;
      const year = findControl<HTMLInputElement>(el, '2025');
      expect(present(year), 'the 2025 field is still there').to.equal(true);
      expect(year!.value).to.equal('12 abc');
      expect(year!.getAttribute('aria-invalid')).to.equal('true');
      const message = shadow(el).getElementById(year!.getAttribute('aria-describedby')!);
      expect(visible(message)).to.equal(true);
      expect(issue.code).to.equal('amount');
      // x-errors: an amount the parser cannot read gets the widget's polite message, not the SDK's
      expect(norm(message!.textContent)).to.equal('Enter the amount in figures, for example 40,000,000.00.');
      expect(findControl<HTMLInputElement>(el, '2023')!.value, 'the other years keep their values').to.equal('10 000 000');
      await expect(el).to.be.accessible();
    });

    it('shows the SDK message next to the headcount for a headcount that is not a number', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>`);
      await chooseUnknown(el, EN.size);
      await type(el, EN.income, '100000000');
      const input = await type(el, EN.headcount, 'many');
      const issue = sdkIssues(checkEligibility, { applicationDate: '2026-02-02', measure: 'digital', applicant: { size: null, headcount: Number('many'), averageAnnualIncome: '100000000' } }).find(
        (i) => i.path.join('.') === 'applicant.headcount',
      )!;
      expect(input.value).to.equal('many');
      expect(input.getAttribute('aria-invalid')).to.equal('true');
      expect(norm(shadow(el).getElementById(input.getAttribute('aria-describedby')!)!.textContent)).to.equal(norm(issue.message.en));
    });
  });

  describe('accessibility (axe-core)', () => {
    it('passes axe when empty, filled, and in each verdict', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" application-date="2026-01-05"></qi-eligibility-checker>`);
      await expect(el).to.be.accessible();
      await choose(el, EN.measure, 'organization');
      await expect(el).to.be.accessible();
      const applicant = await answerAllPassing(el);
      expect(verdict(el)).to.equal(EN.verdicts.eligible);
      expect(sdk('2026-01-05', 'organization', applicant).verdict).to.equal('eligible');
      await expect(el).to.be.accessible();
      await answer(el, EN.q.courtBan, 'Yes');
      expect(verdict(el)).to.equal(EN.verdicts.ineligible);
      await expect(el).to.be.accessible();
      await answer(el, EN.q.courtBan, 'I don’t know');
      expect(verdict(el)).to.equal(EN.verdicts.incomplete);
      await expect(el).to.be.accessible();
    });

    it('passes axe in Kazakh and in Russian, and in the dark theme', async () => {
      for (const lang of ['kk', 'ru'] as const) {
        const el = await fixture<Widget>(html`<qi-eligibility-checker lang=${lang} measure="digital" application-date="2026-02-02"></qi-eligibility-checker>`);
        await expect(el).to.be.accessible();
      }
      const dark = await fixture<Widget>(html`<qi-eligibility-checker lang="en" theme="dark" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>`);
      await expect(dark).to.be.accessible();
    });
  });

  describe('worked examples through the UI', () => {
    it('E8: a large business is refused digital by p.3 sub-item 1, told that competence stays open, and passes that check for competence', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" application-date="2026-02-02"></qi-eligibility-checker>`);
      const changes = heard<EligibilityResult>('qi-change');
      await choose(el, EN.measure, 'digital');
      await choose(el, EN.size, 'large');
      const digital = checkEligibility(E8);
      expect(digital.verdict).to.equal('ineligible');
      expect(digital.remainsOpen).to.deep.equal(['competence']);
      expect(last(changes).detail).to.deep.equal(digital);
      expect(verdict(el)).to.equal(EN.verdicts.ineligible);
      expect(checkLine(el, byId(digital, 'p3.1-large-business'))?.status).to.equal(EN.statuses.fail);
      const open = digital.summary.find((m) => m.key === 'verdict.ineligible-open')!;
      expect(resultText(el), 'competence stays open, and the page says so').to.include(norm(formatMessage(open, 'en')));
      const others = shadow(el).querySelector('[part=result] details');
      expect(present(others), 'the checks still open are folded under “The other checks”').to.equal(true);
      expect(norm(others!.querySelector('summary')!.textContent)).to.equal('The other checks');
      await expect(el).to.be.accessible();

      await choose(el, EN.measure, 'competence');
      const competence = checkEligibility({ ...E8, measure: 'competence' });
      expect(last(changes).detail).to.deep.equal(competence);
      expect(byId(competence, 'p3.1-large-business').status).to.equal('pass');
      expect(checkLine(el, byId(competence, 'p3.1-large-business'))?.status).to.equal(EN.statuses.pass);
      expect(verdict(el)).to.not.equal(EN.verdicts.ineligible);
    });

    it('E9: a 50 % state share fails p.3 sub-item 2, 49.9 % passes, and 100 % held by the social-entrepreneurial corporation passes', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>`);
      const changes = heard<EligibilityResult>('qi-change');
      const p32 = (r: EligibilityResult) => byId(r, 'p3.2-state-share');

      await type(el, EN.stateShare, '50');
      const asked = sdk('2026-02-02', 'digital', { stateShare: '50' });
      expect(last(changes).detail).to.deep.equal(asked);
      expect(checkLine(el, p32(asked))?.status, 'who holds it is asked first').to.equal(EN.statuses[p32(asked).status]);
      // owned by a national company: not one of the two exceptions
      await choose(el, EN.exception, 'none');
      expect(norm(control<HTMLSelectElement>(el, EN.exception).selectedOptions[0]!.textContent)).to.equal('another holder (none of the two exceptions)');
      const fifty = sdk('2026-02-02', 'digital', { stateShare: '50', stateShareHolderException: 'none' });
      expect(p32(fifty).status).to.equal('fail');
      expect(last(changes).detail).to.deep.equal(fifty);
      expect(checkLine(el, p32(fifty))?.status).to.equal(EN.statuses.fail);
      expect(verdict(el)).to.equal(EN.verdicts.ineligible);

      await type(el, EN.stateShare, '49.9');
      // below the threshold the holder question is not relevant (the SDK's relevantWhen): its answer is kept in the form but not sent
      const below = sdk('2026-02-02', 'digital', { stateShare: '49.9' });
      expect(p32(below).status).to.equal('pass');
      expect(last(changes).detail).to.deep.equal(below);
      expect(checkLine(el, p32(below))?.status).to.equal(EN.statuses.pass);
      expect(present(findControl(el, EN.exception)), 'no holder question below 50 %').to.equal(false);

      await type(el, EN.stateShare, '100');
      expect(checkLine(el, p32(sdk('2026-02-02', 'digital', { stateShare: '100', stateShareHolderException: 'none' })))?.status).to.equal(EN.statuses.fail);
      await choose(el, EN.exception, 'social-entrepreneurial-corporation');
      const spk = sdk('2026-02-02', 'digital', { stateShare: '100', stateShareHolderException: 'social-entrepreneurial-corporation' });
      expect(p32(spk).status).to.equal('pass');
      expect(last(changes).detail).to.deep.equal(spk);
      expect(checkLine(el, p32(spk))?.status).to.equal(EN.statuses.pass);
      await expect(el).to.be.accessible();
    });

    it('E10: tax payments typed into the three year fields decide p.13 sub-item 5, with the seven-year and tax-exempt exceptions', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="process" application-date="2026-04-01"></qi-eligibility-checker>`);
      const changes = heard<EligibilityResult>('qi-change');
      const tax = (r: EligibilityResult) => byId(r, 'p13.5-tax-growth');
      const yearLabels = labels(el).filter((l) => /^\d{4}$/.test(l));
      expect(yearLabels, 'the three calendar years before filing').to.deep.equal(['2023', '2024', '2025']);

      await type(el, EN.registrationDate, '2015-05-01');
      await answer(el, EN.q.taxExempt, 'No');
      await type(el, '2023', '10 000 000');
      await type(el, '2024', '12 000 000');
      await type(el, '2025', '11 000 000');
      const payments = { '2023': '10000000', '2024': '12000000', '2025': '11000000' };
      const base: Applicant = { registrationDate: '2015-05-01', taxExempt: false, taxPayments: payments };
      const fails = sdk('2026-04-01', 'process', base);
      expect(tax(fails).status).to.equal('fail');
      expect(last(changes).detail).to.deep.equal(fails);
      expect(checkLine(el, tax(fails))?.status).to.equal(EN.statuses.fail);

      await type(el, '2025', '12 500 000');
      const grows = sdk('2026-04-01', 'process', { ...base, taxPayments: { ...payments, '2025': '12500000' } });
      expect(tax(grows).status).to.equal('pass');
      expect(last(changes).detail).to.deep.equal(grows);
      expect(checkLine(el, tax(grows))?.status).to.equal(EN.statuses.pass);
      await type(el, '2025', '11 000 000');

      await type(el, EN.registrationDate, '2020-01-10');
      const young = sdk('2026-04-01', 'process', { ...base, registrationDate: '2020-01-10' });
      expect(tax(young).status).to.equal('not-applicable');
      expect(last(changes).detail).to.deep.equal(young);
      expect(checkLine(el, tax(young))?.status).to.equal(EN.statuses['not-applicable']);

      await type(el, EN.registrationDate, '2019-04-01');
      const seven = sdk('2026-04-01', 'process', { ...base, registrationDate: '2019-04-01' });
      expect(tax(seven).status).to.equal('fail');
      expect(last(changes).detail).to.deep.equal(seven);
      expect(checkLine(el, tax(seven))?.status).to.equal(EN.statuses.fail);

      await type(el, EN.registrationDate, '2015-05-01');
      await answer(el, EN.q.taxExempt, 'Yes');
      const exempt = sdk('2026-04-01', 'process', { ...base, taxExempt: true });
      expect(tax(exempt).status).to.equal('not-applicable');
      expect(last(changes).detail).to.deep.equal(exempt);
      expect(checkLine(el, tax(exempt))?.status).to.equal(EN.statuses['not-applicable']);
      await expect(el).to.be.accessible();
    });

    it('E11: with the register question unanswered and everything else passing the verdict is incomplete, never eligible; "No" fails p.13 sub-item 6', async () => {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="organization" application-date="2026-01-05"></qi-eligibility-checker>`);
      const changes = heard<EligibilityResult>('qi-change');
      const applicant = await answerAllPassing(el, ['inProducersRegister']);
      const open = sdk('2026-01-05', 'organization', applicant);
      expect(open.verdict).to.equal('incomplete');
      expect(open.unanswered).to.deep.equal(['inProducersRegister']);
      expect(last(changes).detail).to.deep.equal(open);
      expect(verdict(el)).to.equal(EN.verdicts.incomplete);
      expect(verdict(el)).to.not.equal(EN.verdicts.eligible);
      expect(checkLine(el, byId(open, 'p13.6-producers-register'))?.status).to.equal(EN.statuses.unknown);
      await expect(el).to.be.accessible();

      await answer(el, EN.q.inProducersRegister, 'No');
      const no = sdk('2026-01-05', 'organization', { ...applicant, inProducersRegister: false });
      expect(no.verdict).to.equal('ineligible');
      expect(last(changes).detail).to.deep.equal(no);
      expect(verdict(el)).to.equal(EN.verdicts.ineligible);
      expect(checkLine(el, byId(no, 'p13.6-producers-register'))?.status).to.equal(EN.statuses.fail);

      await answer(el, EN.q.inProducersRegister, 'Yes');
      const yes = sdk('2026-01-05', 'organization', { ...applicant, inProducersRegister: true });
      expect(yes.verdict).to.equal('eligible');
      expect(last(changes).detail).to.deep.equal(yes);
      expect(verdict(el)).to.equal(EN.verdicts.eligible);

      await answer(el, EN.q.inProducersRegister, 'I don’t know');
      expect(verdict(el), 'un-answering goes back to incomplete').to.equal(EN.verdicts.incomplete);
    });
  });
});

// Issue "The widgets in the field", item 5: errors as GOV.UK shows them (task x-errors).
describe('qi-eligibility-checker: errors as GOV.UK shows them', () => {
  it('the income field rejected "4 500 000 000" while others accept spaces: every amount input reads it', async () => {
    for (const typed of ['4 500 000 000', '4\u00a0500\u00a0000\u00a0000', '4,500,000,000.00']) {
      const el = await fixture<Widget>(html`<qi-eligibility-checker lang="en" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>`);
      await chooseUnknown(el, EN.size);
      const input = await type(el, EN.income, typed);
      await el.updateComplete;
      expect(input.value, 'the visitor’s text stays').to.equal(typed);
      expect(input.getAttribute('aria-invalid'), typed).to.equal('false');
      expect(norm(shadow(el).getElementById(input.getAttribute('aria-describedby')!)!.textContent), typed).to.equal('');
    }
  });
});
