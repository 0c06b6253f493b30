/**
 * What partners customise (issue "Distribution that partners can follow", item 6): `theme="auto"` follows the
 * visitor's `prefers-color-scheme`, `reset()` is the page's own "Start over", and `result` reads the SDK's result.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '@qazindustry/productivity-widgets/define';
import { cleanSlateEachTest, control, draftKey, shadow, text, typeInto, type Widget } from './helpers.js';

const background = (el: Element) => getComputedStyle(shadow(el).querySelector('.root')!).backgroundColor;

describe('what partners customise', () => {
  cleanSlateEachTest();
  afterEach(() => emulateMedia({ colorScheme: 'light' }));

  it('theme="auto" is dark when the visitor’s system prefers dark, light otherwise; "light" and "dark" stay as they are', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <qi-eligibility-checker lang="en" theme="auto"></qi-eligibility-checker>
      <qi-eligibility-checker lang="en" theme="light"></qi-eligibility-checker>
      <qi-eligibility-checker lang="en" theme="dark"></qi-eligibility-checker>
    </div>`);
    const [auto, light, dark] = [...wrap.querySelectorAll<Widget>('qi-eligibility-checker')] as [Widget, Widget, Widget];
    await Promise.all([auto, light, dark].map((w) => w.updateComplete));
    await emulateMedia({ colorScheme: 'light' });
    expect([background(auto), background(light), background(dark)]).to.deep.equal(['rgb(255, 255, 255)', 'rgb(255, 255, 255)', 'rgb(20, 24, 31)']);
    await emulateMedia({ colorScheme: 'dark' });
    expect([background(auto), background(light), background(dark)]).to.deep.equal(['rgb(20, 24, 31)', 'rgb(255, 255, 255)', 'rgb(20, 24, 31)']);
    await expect(auto).to.be.accessible();
  });

  it('reset() empties what the visitor typed and removes the draft, with no question asked', async () => {
    const el = await fixture<Widget & { reset(): void }>(html`<qi-obligation-tracker lang="en" persist persist-key="reset-api" application-date="2027-02-01"></qi-obligation-tracker>`);
    await el.updateComplete;
    typeInto(control(el, /^N:/), '500 000 000');
    await el.updateComplete;
    expect(localStorage.getItem(draftKey('qi-obligation-tracker', 'reset-api')), 'a draft is kept').to.not.equal(null);
    el.reset();
    await el.updateComplete;
    expect(control(el, /^N:/).value).to.equal('');
    expect(localStorage.getItem(draftKey('qi-obligation-tracker', 'reset-api'))).to.equal(null);
    expect(shadow(el).querySelector('[part="question"]') === null, 'no question asked').to.equal(true);
  });

  it('result is the SDK’s result the widget shows (the last qi-change), undefined while there is none', async () => {
    const el = await fixture<Widget & { result: unknown; costs: unknown }>(html`<qi-reimbursement-estimator lang="en" application-date="2026-03-02"></qi-reimbursement-estimator>`);
    await el.updateComplete;
    expect(el.result, 'no measure yet, no result').to.equal(undefined);
    let told: unknown;
    el.addEventListener('qi-change', (e) => (told = (e as CustomEvent).detail));
    el.setAttribute('measure', 'competence');
    el.costs = [{ costType: 'training', amount: '1000000', date: '2026-01-15' }];
    await el.updateComplete;
    await new Promise((r) => setTimeout(r));
    expect((el.result as { total: string }).total).to.equal('400000.00');
    expect(el.result).to.deep.equal(told);
  });

  it('registerStrings replaces the widgets’ words in a language, live and for widgets made later; only strings they have, each by one of its kind', async () => {
    const Estimator = customElements.get('qi-reimbursement-estimator') as unknown as { registerStrings(lang: string, s: unknown): void };
    const el = await fixture<Widget>(html`<qi-reimbursement-estimator lang="en" measure="competence" application-date="2026-03-02"></qi-reimbursement-estimator>`);
    await el.updateComplete;
    const title = (w: Element) => text(shadow(w).querySelector('h2'));
    const before = title(el);
    Estimator.registerStrings('en', { estimator: { title: 'Partner’s reimbursement calculator', notAKey: 'x' }, common: { yes: 42 }, __proto__: { polluted: true } });
    await el.updateComplete;
    expect(title(el)).to.equal('Partner’s reimbursement calculator');
    expect(({} as Record<string, unknown>)['polluted']).to.equal(undefined);
    const later = await fixture<Widget>(html`<qi-reimbursement-estimator lang="en"></qi-reimbursement-estimator>`);
    await later.updateComplete;
    expect(title(later)).to.equal('Partner’s reimbursement calculator');
    const ru = await fixture<Widget>(html`<qi-reimbursement-estimator lang="ru"></qi-reimbursement-estimator>`);
    await ru.updateComplete;
    expect(title(ru), 'other languages keep their words').to.not.equal('Partner’s reimbursement calculator');
    Estimator.registerStrings('en', { estimator: { title: before } }); // leave the page as it was for the next tests
    await el.updateComplete;
    expect(title(el)).to.equal(before);
  });
});

