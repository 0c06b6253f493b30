/**
 * The base class's concerns are Lit reactive controllers (issue "The widgets in the field", item 8): each is tested
 * here on a bare LitElement that uses it alone, so that a controller is known to work without the rest of the base
 * class; and "Start over" (which now resets the error controller) on a real widget.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, html as litHtml } from 'lit';
import '@qazindustry/productivity-widgets/define';
import { DraftController } from '../../packages/widgets/dist/shared/controllers/draft-controller.js';
import { LocaleController } from '../../packages/widgets/dist/shared/controllers/locale-controller.js';
import { ResultEventsController } from '../../packages/widgets/dist/shared/controllers/result-events-controller.js';
import { loadLanguage, isLanguageLoaded } from '../../packages/widgets/dist/shared/languages.js';

class DraftProbe extends LitElement {
  static override properties = { value: { state: true } };
  persist = true;
  persistKey?: string;
  value = '';
  readonly drafts = new DraftController(this, {
    snapshot: () => ({ v: 1, value: this.value }),
    apply: (d) => {
      const x = d as { v?: number; value?: unknown } | undefined;
      if (x?.v !== 1 || typeof x.value !== 'string') return false;
      this.value = x.value;
      return true;
    },
    paused: () => false,
    settings: () => undefined,
  });
  override connectedCallback(): void {
    super.connectedCallback();
    this.drafts.restore();
  }
  set(value: string): void {
    this.value = value;
    this.drafts.save();
  }
  override render() {
    return litHtml`<p>${this.value}</p>${this.drafts.otherTab ? litHtml`<p part="other-tab">changed elsewhere</p>` : ''}`;
  }
}
customElements.define('qi-test-draft-probe', DraftProbe);

class LocaleProbe extends LitElement {
  readonly locale = new LocaleController(this, { ready: isLanguageLoaded, load: loadLanguage, settings: () => undefined });
  override render() {
    return this.locale.ready ? litHtml`<p>${this.locale.lang}: ${this.locale.strings.lost.reset}</p>` : litHtml`<p>…</p>`;
  }
}
customElements.define('qi-test-locale-probe', LocaleProbe);

class EventsProbe extends LitElement {
  static override properties = { result: { attribute: false }, issues: { attribute: false } };
  result?: { total: string };
  issues: { path: (string | number)[]; code: string }[] = [];
  readonly events = new ResultEventsController(this, () => ({ result: this.result, issues: this.result ? [] : (this.issues as never), inputs: this.issues }));
}
customElements.define('qi-test-events-probe', EventsProbe);

const settle = async (el: Element) => {
  await (el as LitElement).updateComplete;
  await new Promise((r) => setTimeout(r));
};

describe('the base class’s concerns as reactive controllers, each working alone on a bare LitElement', () => {
  beforeEach(() => Object.keys(localStorage).filter((k) => k.startsWith('qi:qi-test-')).forEach((k) => localStorage.removeItem(k)));

  it('DraftController: two elements of one tag keep two drafts (by position), and a new element restores its own', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><qi-test-draft-probe></qi-test-draft-probe><qi-test-draft-probe></qi-test-draft-probe></div>`);
    const [a, b] = [...wrap.querySelectorAll<DraftProbe>('qi-test-draft-probe')] as [DraftProbe, DraftProbe];
    a.set('first');
    b.set('second');
    expect(a.drafts.key).to.equal('qi:qi-test-draft-probe:v1');
    expect(b.drafts.key).to.equal('qi:qi-test-draft-probe:v1:#2');
    expect(JSON.parse(localStorage.getItem(a.drafts.key)!)).to.deep.equal({ v: 1, value: 'first' });
    expect(JSON.parse(localStorage.getItem(b.drafts.key)!)).to.deep.equal({ v: 1, value: 'second' });
    wrap.remove(); // the page reloads: the new element is the first of its tag again
    const again = await fixture<DraftProbe>(html`<qi-test-draft-probe></qi-test-draft-probe>`);
    expect(again.value).to.equal('first');
  });

  it('DraftController: another tab’s change is offered, and nothing is written over it until the visitor decides', async () => {
    const el = await fixture<DraftProbe>(html`<qi-test-draft-probe></qi-test-draft-probe>`);
    el.set('mine');
    const theirs = JSON.stringify({ v: 1, value: 'theirs' });
    localStorage.setItem(el.drafts.key, theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: el.drafts.key, newValue: theirs }));
    await settle(el);
    expect(!!el.shadowRoot!.querySelector('[part="other-tab"]'), 'the offer is shown').to.equal(true);
    el.set('mine, typed on');
    expect(localStorage.getItem(el.drafts.key), 'the other tab’s draft is not overwritten').to.equal(theirs);
    expect(el.drafts.takeOtherTab()).to.deep.equal({ v: 1, value: 'theirs' });
  });

  it('DraftController: a store that refuses is said (saveFailed), and the value stays on the page', async () => {
    const el = await fixture<DraftProbe>(html`<qi-test-draft-probe></qi-test-draft-probe>`);
    const original = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('full', 'QuotaExceededError');
    };
    try {
      el.set('kept on the page');
    } finally {
      Storage.prototype.setItem = original;
    }
    expect(el.drafts.saveFailed).to.equal(true);
    expect(el.value).to.equal('kept on the page');
  });

  it('LocaleController: speaks the nearest lang above it, loads that language’s texts, and follows a live change', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="kk"><qi-test-locale-probe></qi-test-locale-probe></div>`);
    const el = wrap.querySelector<LocaleProbe>('qi-test-locale-probe')!;
    await el.locale.settled();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('kk: Қайта бастау');
    wrap.setAttribute('lang', 'en');
    await settle(el);
    await el.locale.settled();
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).to.contain('en: Start over');
  });

  it('ResultEventsController: qi-change once per new result, nothing for an equal one; qi-input-error for issues', async () => {
    const el = await fixture<EventsProbe>(html`<qi-test-events-probe></qi-test-events-probe>`);
    const changes: unknown[] = [];
    const errors: unknown[] = [];
    el.addEventListener('qi-change', (e) => changes.push((e as CustomEvent).detail));
    el.addEventListener('qi-input-error', (e) => errors.push((e as CustomEvent).detail));
    el.result = { total: '400000.00' };
    await settle(el);
    el.result = { total: '400000.00' }; // a new object, the same result
    await settle(el);
    expect(changes).to.deep.equal([{ total: '400000.00' }]);
    el.result = undefined;
    el.issues = [{ path: ['costs', 0, 'amount'], code: 'not-a-number' }];
    await settle(el);
    expect(errors.length).to.equal(1);
    el.result = { total: '0.00' };
    await settle(el);
    expect(changes).to.deep.equal([{ total: '400000.00' }, { total: '0.00' }]);
  });
});

describe('Start over forgets the errors shown, with the inputs', () => {
  it('after asking for the result and "Start over", typing the first digit of an amount marks no other field red', async () => {
    const el = await fixture<HTMLElement & { updateComplete: Promise<boolean> }>(
      html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-31"></qi-reimbursement-estimator>`,
    );
    await el.updateComplete;
    const root = el.shadowRoot!;
    const typeAmount = async (v: string) => {
      const amount = root.querySelector<HTMLInputElement>('input[id$="-amount"]')!;
      amount.value = v;
      amount.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      await el.updateComplete;
      return amount;
    };
    const amount = await typeAmount('1');
    // Enter in a field asks for the result: every error is shown (the line's empty date among them)
    amount.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    await el.updateComplete;
    await el.updateComplete;
    expect(!!root.querySelector('[part="error-summary"]'), 'the errors are shown once the result is asked for').to.equal(true);
    [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Start over')!.click();
    await el.updateComplete;
    [...root.querySelectorAll<HTMLButtonElement>('[part="question"] button')].find((b) => b.textContent?.trim() === 'Clear everything')!.click();
    await el.updateComplete;
    await el.updateComplete;
    expect(root.querySelector<HTMLInputElement>('input[id$="-amount"]')!.value).to.equal('');
    await typeAmount('1');
    // (a DOM node in a failing chai assertion hangs the test runner's serializer: compare booleans and ids)
    expect(!!root.querySelector('[part="error-summary"]'), 'no summary while the visitor types a new first amount').to.equal(false);
    expect([...root.querySelectorAll('[aria-invalid="true"]')].map((x) => x.id)).to.deep.equal([]);
  });
});
