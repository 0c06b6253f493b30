/**
 * Issue "The widgets in the field", item 4 "Nothing lost": what a visitor typed is never wiped by a switch, a
 * second widget, a share link, a second tab, an import, a refused save or a huge file. One test per problem, named
 * after it; each failed before the change and passes after.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '@qazindustry/productivity-widgets/define';
import { button, cleanSlateEachTest, control, draftKey, findButton, present, shadow, text, typeInto, type Control, type Widget } from './helpers.js';

const hasButton = (el: Element, words: string) => present(findButton(el, words));
const statusText = (el: Element) => text(shadow(el).querySelector('[part="status-message"]'));
const lines = (el: Element) => [...shadow(el).querySelectorAll<HTMLFieldSetElement>('fieldset[part="line"]')];

const TRACKER = 'qi-obligation-tracker';
const toBase64Url = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');

async function paste(el: Widget, value: string): Promise<void> {
  shadow(el).querySelector('details')!.open = true;
  control<HTMLTextAreaElement>(el, 'Paste rows').value = value;
  button(el, 'Add the pasted rows').click();
  await el.updateComplete;
}

describe('nothing lost', () => {
  cleanSlateEachTest();

  it('arrow keys on the estimator’s measure select no longer wipe the cost lines: arrowing back restores them, and Undo brings them back', async () => {
    const el = await fixture<Widget>(html`<qi-reimbursement-estimator lang="en" application-date="2026-03-31"></qi-reimbursement-estimator>`);
    const measure = () => control<HTMLSelectElement>(el, 'Measure');
    typeInto(measure(), 'competence');
    await el.updateComplete;
    typeInto(control(el, 'Amount,', lines(el)[0]), '1000000');
    await el.updateComplete;
    button(el, 'Add a cost').click();
    await el.updateComplete;
    typeInto(control<HTMLSelectElement>(el, 'Cost type', lines(el)[1]), 'travel');
    await el.updateComplete;
    typeInto(control(el, 'Amount,', lines(el)[1]), '50000');
    await el.updateComplete;

    // ArrowDown, ArrowDown, ArrowUp, ArrowUp: one change per option
    for (const m of ['digital', 'process']) {
      typeInto(measure(), m);
      await el.updateComplete;
      expect(statusText(el)).to.contain('Cost lines removed because the new measure has no such cost type: 2.');
      expect(hasButton(el, 'Undo')).to.equal(true);
    }
    typeInto(measure(), 'digital');
    await el.updateComplete;
    typeInto(measure(), 'competence');
    await el.updateComplete;
    expect(lines(el).map((l) => control(el, 'Amount,', l).value)).to.deep.equal(['1000000', '50000']);
    expect(hasButton(el, 'Undo'), 'nothing to undo once the lines are back').to.equal(false);

    typeInto(measure(), 'organization');
    await el.updateComplete;
    expect(lines(el).map((l) => control(el, 'Amount,', l).value)).to.deep.equal(['']);
    button(el, 'Undo').click();
    await el.updateComplete;
    expect(measure().value).to.equal('competence');
    expect(lines(el).map((l) => control(el, 'Amount,', l).value)).to.deep.equal(['1000000', '50000']);
    await expect(el).to.be.accessible();
  });

  it('the checklist’s ticks no longer vanish on a cost-type switch: they are kept by item id, and the switch offers Undo', async () => {
    const el = await fixture<Widget>(html`<qi-document-checklist lang="en" measure="process" individual-entrepreneur application-date="2026-03-31"></qi-document-checklist>`);
    typeInto(control<HTMLSelectElement>(el, 'Cost type'), 'energy-audit');
    await el.updateComplete;
    const box = (id: string) => shadow(el).querySelector<HTMLInputElement>(`[part="item"] input[id$="-i-${id}"]`);
    for (const id of ['p13_5-entrepreneur-statement', 'annex4_energy-audit_8_1']) {
      box(id)!.click();
      await el.updateComplete;
    }
    typeInto(control<HTMLSelectElement>(el, 'Cost type'), 'installation');
    await el.updateComplete;
    await waitUntil(() => hasButton(el, 'Undo'), 'no undo offered');
    expect(box('p13_5-entrepreneur-statement')!.checked, 'a document on both lists stays ticked').to.equal(true);
    expect(text(shadow(el).querySelector('[part="progress"]'))).to.match(/: 1 of /);
    expect(statusText(el)).to.contain('Ticked documents that are not on this list: 1.');

    button(el, 'Undo').click();
    await el.updateComplete;
    expect(control<HTMLSelectElement>(el, 'Cost type').value).to.equal('energy-audit');
    expect(box('p13_5-entrepreneur-statement')!.checked).to.equal(true);
    expect(box('annex4_energy-audit_8_1')!.checked).to.equal(true);

    // and a plain switch there and back keeps both ticks too
    typeInto(control<HTMLSelectElement>(el, 'Cost type'), 'tech-equipment');
    await el.updateComplete;
    typeInto(control<HTMLSelectElement>(el, 'Cost type'), 'energy-audit');
    await el.updateComplete;
    expect(box('annex4_energy-audit_8_1')!.checked).to.equal(true);
  });

  it('two widgets of one kind with persist no longer share one storage key: persist-key, else the position among same-tag elements', async () => {
    const page = await fixture<HTMLDivElement>(html`<div><qi-obligation-tracker lang="en" persist application-date="2027-02-01"></qi-obligation-tracker><qi-obligation-tracker lang="en" persist application-date="2027-02-01"></qi-obligation-tracker><qi-obligation-tracker lang="en" persist persist-key="mine" application-date="2027-02-01"></qi-obligation-tracker></div>`);
    const [a, b, c] = [...page.querySelectorAll<Widget>(TRACKER)];
    await Promise.all([a!.updateComplete, b!.updateComplete, c!.updateComplete]);
    typeInto(control(a!, 'Agreement date'), '2026-01-10');
    typeInto(control(b!, 'Agreement date'), '2026-02-20');
    typeInto(control(c!, 'Agreement date'), '2026-03-30');
    await Promise.all([a!.updateComplete, b!.updateComplete, c!.updateComplete]);
    expect(JSON.parse(localStorage.getItem(draftKey(TRACKER))!).inputs.agreementDate).to.equal('2026-01-10');
    expect(JSON.parse(localStorage.getItem(draftKey(TRACKER, '#2'))!).inputs.agreementDate).to.equal('2026-02-20');
    expect(JSON.parse(localStorage.getItem(draftKey(TRACKER, 'mine'))!).inputs.agreementDate).to.equal('2026-03-30');
    page.remove();

    const again = await fixture<HTMLDivElement>(html`<div><qi-obligation-tracker lang="en" persist application-date="2027-02-01"></qi-obligation-tracker><qi-obligation-tracker lang="en" persist application-date="2027-02-01"></qi-obligation-tracker></div>`);
    const [a2, b2] = [...again.querySelectorAll<Widget>(TRACKER)];
    await Promise.all([a2!.updateComplete, b2!.updateComplete]);
    expect(control(a2!, 'Agreement date').value).to.equal('2026-01-10');
    expect(control(b2!, 'Agreement date').value).to.equal('2026-02-20');
  });

  it('opening a share link over a draft no longer overwrites the draft: a separate, unsaved view until "Save as my draft"', async () => {
    const draft = JSON.stringify({ v: 1, inputs: { agreementDate: '2026-01-10', baseline: '', stateAmount: '', asOf: '', revenue: [] } });
    localStorage.setItem(draftKey(TRACKER, 'shared'), draft);
    const payload = { v: 1, tag: TRACKER, date: '2027-02-01', inputs: { agreementDate: '2026-02-01', baseline: '500000000', stateAmount: '20000000', asOf: '', revenue: [] } };
    const link = () => history.replaceState(null, '', `${location.pathname}?${TRACKER}=${toBase64Url(JSON.stringify(payload))}`);
    link();
    const el = await fixture<Widget>(html`<qi-obligation-tracker lang="en" persist persist-key="shared" share></qi-obligation-tracker>`);
    expect(text(shadow(el).querySelector('[part="shared-view"]'))).to.contain('You are viewing a shared calculation');
    expect(control(el, 'Agreement date').value).to.equal('2026-02-01');
    typeInto(control(el, 'Agreement date'), '2026-02-02');
    await el.updateComplete;
    expect(localStorage.getItem(draftKey(TRACKER, 'shared')), 'the draft is untouched at the first keystroke').to.equal(draft);

    button(el, 'Back to my draft').click();
    await el.updateComplete;
    expect(control(el, 'Agreement date').value).to.equal('2026-01-10');
    expect(new URL(location.href).searchParams.has(TRACKER), 'the link is out of the address').to.equal(false);
    expect(shadow(el).querySelector('[part="shared-view"]')).to.equal(null);
    el.remove();

    link();
    const viewer = await fixture<Widget>(html`<qi-obligation-tracker lang="en" persist persist-key="shared"></qi-obligation-tracker>`);
    button(viewer, 'Save as my draft').click();
    await viewer.updateComplete;
    expect(JSON.parse(localStorage.getItem(draftKey(TRACKER, 'shared'))!).inputs.agreementDate).to.equal('2026-02-01');
    typeInto(control(viewer, 'Agreement date'), '2026-02-03');
    await viewer.updateComplete;
    expect(JSON.parse(localStorage.getItem(draftKey(TRACKER, 'shared'))!).inputs.agreementDate, 'saved from then on').to.equal('2026-02-03');
  });

  it('two tabs no longer overwrite each other: another tab’s change of the draft is offered, and neither side is overwritten silently', async () => {
    const el = await fixture<Widget>(html`<qi-obligation-tracker lang="en" persist persist-key="tabs" application-date="2027-02-01"></qi-obligation-tracker>`);
    typeInto(control(el, 'Agreement date'), '2026-01-10');
    await el.updateComplete;
    const theirs = JSON.stringify({ v: 1, inputs: { agreementDate: '2026-05-05', baseline: '7', stateAmount: '', asOf: '', revenue: [] } });
    localStorage.setItem(draftKey(TRACKER, 'tabs'), theirs);
    window.dispatchEvent(new StorageEvent('storage', { key: draftKey(TRACKER, 'tabs'), newValue: theirs, storageArea: localStorage }));
    await el.updateComplete;
    expect(text(shadow(el).querySelector('[part="other-tab"]'))).to.contain('This calculation was changed in another tab.');
    expect(control(el, 'Agreement date').value, 'not loaded silently').to.equal('2026-01-10');
    typeInto(control(el, 'Agreement date'), '2026-01-11');
    await el.updateComplete;
    expect(localStorage.getItem(draftKey(TRACKER, 'tabs')), 'not overwritten silently').to.equal(theirs);

    button(el, 'Load the other tab’s version').click();
    await el.updateComplete;
    expect(control(el, 'Agreement date').value).to.equal('2026-05-05');
    expect(shadow(el).querySelector('[part="other-tab"]')).to.equal(null);

    // and "Keep mine" writes this tab's version back
    const again = JSON.stringify({ v: 1, inputs: { agreementDate: '2026-06-06', baseline: '', stateAmount: '', asOf: '', revenue: [] } });
    localStorage.setItem(draftKey(TRACKER, 'tabs'), again);
    window.dispatchEvent(new StorageEvent('storage', { key: draftKey(TRACKER, 'tabs'), newValue: again, storageArea: localStorage }));
    await el.updateComplete;
    button(el, 'Keep mine').click();
    await el.updateComplete;
    expect(JSON.parse(localStorage.getItem(draftKey(TRACKER, 'tabs'))!).inputs.agreementDate).to.equal('2026-05-05');
  });

  it('importing another widget’s JSON into a filled tracker no longer wipes it: refused with a clear message, and a saved record asks first', async () => {
    const el = await fixture<Widget>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
    typeInto(control(el, 'Agreement date'), '2026-02-01');
    await el.updateComplete;
    const note = () => text(shadow(el).querySelector('details [role="status"]'));

    await paste(el, JSON.stringify({ v: 1, tag: 'qi-reimbursement-estimator', inputs: { measure: 'organization', lines: [] } }));
    expect(note()).to.equal('This file was saved by another widget, not by the counter-obligation tracker; nothing was imported.');
    expect(control(el, 'Agreement date').value).to.equal('2026-02-01');

    await paste(el, JSON.stringify({ v: 1, inputs: { measure: 'organization', lines: [] } }));
    expect(note()).to.contain('is not a record saved by the counter-obligation tracker');
    expect(control(el, 'Agreement date').value).to.equal('2026-02-01');

    const record = JSON.stringify({ v: 1, tag: TRACKER, inputs: { agreementDate: '2025-12-01', baseline: '1', stateAmount: '2', asOf: '', revenue: [] } });
    await paste(el, record);
    expect(text(shadow(el).querySelector('[part="question"]'))).to.contain('Importing this file replaces everything entered in the tracker.');
    expect(control(el, 'Agreement date').value, 'nothing replaced before the answer').to.equal('2026-02-01');
    button(el, 'Cancel').click();
    await el.updateComplete;
    expect(control(el, 'Agreement date').value).to.equal('2026-02-01');
    await paste(el, record);
    button(el, 'Replace and import').click();
    await el.updateComplete;
    expect(control(el, 'Agreement date').value).to.equal('2025-12-01');
    expect(note()).to.equal('The saved record was imported.');
  });

  it('a draft that cannot be saved (localStorage.setItem throws) is said politely, and the input is kept', async () => {
    const setItem = Storage.prototype.setItem;
    Storage.prototype.setItem = function () {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    try {
      const el = await fixture<Widget>(html`<qi-obligation-tracker lang="en" persist persist-key="full" application-date="2027-02-01"></qi-obligation-tracker>`);
      typeInto(control(el, 'Agreement date'), '2026-02-01');
      await el.updateComplete;
      expect(statusText(el)).to.contain('Your draft cannot be saved in this browser');
      expect(control(el, 'Agreement date').value).to.equal('2026-02-01');
      expect(shadow(el).querySelector('[role="alert"]'), 'polite, not an alert').to.equal(null);
      await expect(el).to.be.accessible();
    } finally {
      Storage.prototype.setItem = setItem;
    }
  });

  for (const [tag, inputs, check] of [
    ['qi-eligibility-checker', { measure: 'competence', values: {}, lists: {} }, 'Measure'],
    ['qi-reimbursement-estimator', { measure: 'organization', lines: [{ costType: 'progressive-technologies', amount: '5' }], alreadyReceived: '' }, 'Measure'],
    ['qi-document-checklist', { measure: 'process', costType: '', date: '', conditions: {}, ready: [] }, 'Measure'],
    ['qi-obligation-tracker', { agreementDate: '2026-02-01', baseline: '', stateAmount: '', asOf: '', revenue: [] }, 'Agreement date'],
  ] as const) {
    it(`${tag} has a reset button ("Start over") that asks, then clears the inputs and the draft`, async () => {
      const key = `qi:${tag}:v1:reset`;
      localStorage.setItem(key, JSON.stringify({ v: 1, inputs }));
      const el = document.createElement(tag) as Widget;
      for (const [k, v] of [['lang', 'en'], ['persist', ''], ['persist-key', 'reset'], ['application-date', '2026-03-31']]) el.setAttribute(k!, v!);
      const box = await fixture<HTMLDivElement>(html`<div></div>`);
      box.append(el);
      await el.updateComplete;
      expect(control<Control>(el, check).value).to.not.equal('');
      button(el, 'Start over').click();
      await el.updateComplete;
      expect(text(shadow(el).querySelector('[part="question"]'))).to.contain('Clear every input and the saved draft?');
      button(el, 'Cancel').click();
      await el.updateComplete;
      expect(control<Control>(el, check).value).to.not.equal('');
      button(el, 'Start over').click();
      await el.updateComplete;
      button(el, 'Clear everything').click();
      await el.updateComplete;
      expect(control<Control>(el, check).value).to.equal('');
      expect(localStorage.getItem(key)).to.equal(null);
      await expect(el).to.be.accessible();
    });
  }

  it('a CSV or JSON import over the SDK’s limit (1 000 revenue periods) is refused at once with a clear message', async () => {
    const el = await fixture<Widget>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
    const rows = () => shadow(el).querySelectorAll('fieldset tbody tr').length;
    const before = rows();
    const csv = Array.from({ length: 10_000 }, (_, i) => `${2000 + Math.floor(i / 4)}-Q${(i % 4) + 1};100`).join('\n');
    // (how long the refusal takes is measured by `pnpm bench`, not asserted here: a timed test fails on a busy machine)
    await paste(el, csv);
    const note = () => text(shadow(el).querySelector('details [role="status"]'));
    expect(note()).to.equal('The file has more than 1000 revenue rows, the most the calculation takes; nothing was imported.');
    expect(rows()).to.equal(before);

    await paste(el, JSON.stringify({ v: 1, tag: TRACKER, inputs: { agreementDate: '2026-02-01', revenue: Array.from({ length: 1001 }, () => ({ from: '2026-01-01', to: '2026-03-31', amount: '1' })) } }));
    expect(note()).to.equal('The file has more than 1000 revenue rows, the most the calculation takes; nothing was imported.');
    expect(rows()).to.equal(before);

    await paste(el, Array.from({ length: 8 }, (_, i) => `${2026 + Math.floor(i / 4)}-Q${(i % 4) + 1};100`).join('\n'));
    expect(note()).to.equal('Rows added: 8.');
  });
});
