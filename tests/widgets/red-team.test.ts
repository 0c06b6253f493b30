/**
 * What a red-team pass over the controllers found (issue "The widgets in the field": nothing lost, nothing blank on
 * a hostile page), one test per problem, named after it; each failed before its fix.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@qazindustry/productivity-widgets/define';
import { cleanSlateEachTest, control, draftKey, shadow, text, typeInto, type Widget } from './helpers.js';

const ESTIMATOR = 'qi-reimbursement-estimator';
const toBase64Url = (s: string) => btoa(String.fromCharCode(...new TextEncoder().encode(s))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const COSTS = [{ costType: 'training', amount: '1000000', date: '2026-01-15' }];
const total = (el: Element) => text(shadow(el).querySelector('[part="total"]'));

async function estimator(attrs = ''): Promise<Widget> {
  const wrap = document.createElement('div');
  wrap.innerHTML = `<${ESTIMATOR} lang="en" measure="competence" application-date="2026-03-02" ${attrs}></${ESTIMATOR}>`;
  document.body.append(wrap);
  const el = wrap.firstElementChild as Widget;
  await el.updateComplete;
  return el;
}

describe('red-team findings', () => {
  cleanSlateEachTest();
  const made: Element[] = [];
  afterEach(() => made.splice(0).forEach((e) => e.parentElement?.remove()));

  for (const [what, extra] of [
    ['a date that is a number', { date: 20260302 }],
    ['a date that is an object', { date: {} }],
    ['a date that does not exist (2026-02-30)', { date: '2026-02-30' }],
    ['an edition that is a number', { edition: 5, date: '2026-03-02' }],
    ['an edition nobody registered', { edition: 'made-up', date: '2026-03-02' }],
  ] as const) {
    it(`a crafted share link (${what}) no longer blanks the widget: it computes for the page's date`, async () => {
      const payload = { v: 1, tag: ESTIMATOR, inputs: { measure: 'competence', lines: [{ costType: 'training', amount: '1000000', date: '2026-01-15' }] }, ...extra };
      history.replaceState(null, '', `${location.pathname}?${ESTIMATOR}=${toBase64Url(JSON.stringify(payload))}`);
      const el = await estimator('share');
      made.push(el);
      expect(total(el)).to.equal('Estimated reimbursement: 400,000.00 tenge');
      const from = text(shadow(el).querySelector('[part="shared-from"]'));
      expect(from.includes('“”') || from.includes('undefined') || from.includes('30 February'), from).to.equal(false);
    });
  }

  it('a draft whose filing date is not a real day (2026-02-30) is read without it: the widget computes for the page’s date', async () => {
    localStorage.setItem(draftKey(ESTIMATOR, 'bad-day'), JSON.stringify({ v: 1, date: '2026-02-30', inputs: { measure: 'competence', lines: [{ costType: 'training', amount: '1000000', date: '2026-01-15' }] } }));
    const el = await estimator('persist persist-key="bad-day"');
    made.push(el);
    expect((el as Widget & { effectiveDate: string }).effectiveDate).to.equal('2026-03-02');
    expect(total(el)).to.equal('Estimated reimbursement: 400,000.00 tenge');
  });

  it('a single-page app that replaces the first of two widgets no longer puts the new one on the second’s draft', async () => {
    const a = await estimator('persist');
    const b = await estimator('persist');
    made.push(a, b);
    (a as Widget & { costs: unknown }).costs = COSTS;
    (b as Widget & { costs: unknown }).costs = [{ costType: 'training', amount: '2000000', date: '2026-01-15' }];
    await Promise.all([a.updateComplete, b.updateComplete]);
    typeInto(control(a, 'Amount,'), '1000000');
    typeInto(control(b, 'Amount,'), '2000000');
    await Promise.all([a.updateComplete, b.updateComplete]);
    const bDraft = localStorage.getItem(draftKey(ESTIMATOR, '#2'));
    expect(bDraft, 'the second widget keeps its draft under #2').to.contain('2000000');
    a.parentElement!.remove(); // the app replaces the first widget…
    const c = await estimator('persist'); // …by a new one, appended after the second
    made.push(c);
    expect(control(c, 'Amount,').value, 'the new widget takes the free key: the first one’s draft').to.equal('1000000');
    typeInto(control(c, 'Amount,'), '3000000');
    await c.updateComplete;
    expect(localStorage.getItem(draftKey(ESTIMATOR, '#2')), 'the second widget’s draft is untouched').to.equal(bDraft);
  });

  it('widgets in two shadow roots no longer share one draft', async () => {
    const hosts = [0, 1].map(() => {
      const d = document.createElement('div');
      document.body.append(d);
      made.push(d.appendChild(document.createElement('span')));
      return d.attachShadow({ mode: 'open' });
    });
    const els = hosts.map((root) => {
      root.innerHTML = `<${ESTIMATOR} lang="en" measure="competence" application-date="2026-03-02" persist></${ESTIMATOR}>`;
      return root.firstElementChild as Widget;
    });
    await Promise.all(els.map((e) => e.updateComplete));
    typeInto(control(els[0]!, 'Amount,'), '1000000');
    typeInto(control(els[1]!, 'Amount,'), '2000000');
    await Promise.all(els.map((e) => e.updateComplete));
    const kept = Object.keys(localStorage).filter((k) => k.startsWith(`qi:${ESTIMATOR}:`)).map((k) => JSON.parse(localStorage.getItem(k)!).inputs.lines[0].amount).sort();
    expect(kept).to.deep.equal(['1000000', '2000000']);
  });

  it('reset() also drops another tab’s change on offer', async () => {
    const el = await estimator('persist persist-key="offer"');
    made.push(el);
    typeInto(control(el, 'Amount,'), '1000000');
    await el.updateComplete;
    const theirs = JSON.stringify({ v: 1, inputs: { measure: 'competence', lines: [{ costType: 'training', amount: '5', date: '2026-01-15' }] } });
    window.dispatchEvent(new StorageEvent('storage', { key: draftKey(ESTIMATOR, 'offer'), newValue: theirs }));
    await el.updateComplete;
    expect(!!shadow(el).querySelector('[part="other-tab"]'), 'the offer is shown').to.equal(true);
    (el as Widget & { reset(): void }).reset();
    await el.updateComplete;
    expect(!!shadow(el).querySelector('[part="other-tab"]'), 'the offer is gone').to.equal(false);
  });
});
