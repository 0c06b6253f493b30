// Item 7 "One application, one journey", in a real browser: inside one <qi-provider> the widgets share the measure,
// the filing date and the answers they have in common; the checklist lists every cost type of the estimate at once;
// the tracker plans with the estimate's total before the agreement exists; <qi-next-steps> says when the
// application is accepted and decided. Every expectation is the SDK's own answer for the same input.
import { fixture, html, expect, waitUntil } from '@open-wc/testing';
import '@qazindustry/productivity-widgets/define';
import {
  buildChecklist,
  describeChecklist,
  estimateReimbursement,
  formatCitation,
  formatDate,
  formatDocText,
  formatMessage,
  formatTenge,
  serviceDeadline,
  trackObligation,
  COST_TYPE_NAMES_OF,
  MEASURES,
  type CostLine,
} from '@qazindustry/productivity-calculator';
import { choose, norm, settle, shadow, text, typeInto } from './helpers.js';

const DATE = '2026-04-10';
const items = (el: Element) => [...shadow(el).querySelectorAll('[part="result"] li[part="item"]')].map((li) => norm(li.textContent));

/** A measure whose checklist does not depend on a cost type, and one whose does (from the SDK's descriptions). */
const costTypeField = (m: (typeof MEASURES)[number]) => describeChecklist({ applicationDate: DATE, measure: m }).fields.find((f) => f.id === 'costType');
const PLAIN = MEASURES.find((m) => !costTypeField(m))!;
const BY_COST_TYPE = MEASURES.find((m) => (costTypeField(m)?.options?.length ?? 0) >= 2)!;

/** Two cost lines of different cost types of BY_COST_TYPE, each valid for the estimate on DATE. */
function twoLines(): CostLine[] {
  const [a, b] = costTypeField(BY_COST_TYPE)!.options!.map((o) => String(o.value));
  const line = (costType: string, amount: string): CostLine => ({ costType, amount, date: '2025-06-01' }) as unknown as CostLine;
  const lines = [line(a!, '60000000.00'), line(b!, '40000000.00')];
  estimateReimbursement({ applicationDate: DATE, measure: BY_COST_TYPE, costs: lines }); // throws if the fixture is not valid
  return lines;
}

describe('one application, one journey (item 7)', () => {
  it('shares the measure and the yes/no answers: the checker’s measure and “tax-exempt” reach the checklist', async () => {
    const p = await fixture(html`<qi-provider lang="en" application-date=${DATE}>
      <qi-eligibility-checker></qi-eligibility-checker>
      <qi-document-checklist></qi-document-checklist>
    </qi-provider>`);
    const [checker, list] = [p.querySelector('qi-eligibility-checker')!, p.querySelector('qi-document-checklist')!];
    await settle([p, checker, list], 4);
    await choose(checker, shadow(checker).querySelector<HTMLSelectElement>('select')!, PLAIN);
    await settle([p, checker, list], 4);
    // the tax-exempt question of the checker, answered "Yes"
    const yes = [...shadow(checker).querySelectorAll<HTMLInputElement>('input[type="radio"][name$="-taxExempt"]')].find((r) => norm(r.parentElement?.textContent) === 'Yes')!;
    expect(yes, 'the checker asks taxExempt').to.exist;
    yes.checked = true;
    yes.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle([p, checker, list], 4);
    const sdk = buildChecklist({ applicationDate: DATE, measure: PLAIN, taxExempt: true, individualEntrepreneur: false, nonResidentExecutor: false, claimsTravel: false, claimsAccommodation: false });
    await waitUntil(() => items(list).length === sdk.items.length, `the checklist follows: ${items(list).length} items, the SDK lists ${sdk.items.length}; ${JSON.stringify((p as unknown as { application: unknown }).application)}`);
    expect(items(list)[0]).to.contain(formatDocText(sdk.items[0]!.text, 'en'));
    // the checklist's own tick-box shows the shared answer; unticking it there reaches the checker
    const box = [...shadow(list).querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')].find((b) => /tax/i.test(norm(b.parentElement?.textContent)))!;
    expect(box.checked).to.equal(true);
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle([p, checker, list], 4);
    const no = [...shadow(checker).querySelectorAll<HTMLInputElement>('input[type="radio"][name$="-taxExempt"]')].find((r) => norm(r.parentElement?.textContent) === 'No')!;
    expect(no.checked).to.equal(true);
    expect((p as unknown as { application: { measure?: string; answers?: Record<string, unknown> } }).application).to.deep.include({ measure: PLAIN });
  });

  it('a widget’s own attribute still wins over the shared measure', async () => {
    const other = MEASURES.find((m) => m !== PLAIN && !costTypeField(m))!;
    const p = await fixture(html`<qi-provider lang="en" application-date=${DATE}>
      <qi-eligibility-checker></qi-eligibility-checker>
      <qi-document-checklist measure=${other}></qi-document-checklist>
    </qi-provider>`);
    const [checker, list] = [p.querySelector('qi-eligibility-checker')!, p.querySelector('qi-document-checklist')!];
    await settle([p, checker, list], 4);
    await choose(checker, shadow(checker).querySelector<HTMLSelectElement>('select')!, PLAIN);
    await settle([p, checker, list], 4);
    const sdk = buildChecklist({ applicationDate: DATE, measure: other, taxExempt: false, individualEntrepreneur: false, nonResidentExecutor: false, claimsTravel: false, claimsAccommodation: false });
    expect(text(shadow(list).querySelector('[part="result"] h3'))).to.equal(norm(formatDocText(sdk.heading, 'en')));
  });

  it('the checklist covers every cost type of the estimate: one merged list numbered 1..n, each item saying which cost types need it', async () => {
    const costs = twoLines();
    const types = costs.map((c) => String(c.costType));
    const changes: unknown[] = [];
    const hear = (e: Event) => (e.target as Element).localName === 'qi-document-checklist' && changes.push((e as CustomEvent).detail);
    document.addEventListener('qi-change', hear);
    const p = await fixture(html`<qi-provider lang="en" application-date=${DATE}>
      <qi-reimbursement-estimator measure=${BY_COST_TYPE} .costs=${costs}></qi-reimbursement-estimator>
      <qi-document-checklist></qi-document-checklist>
    </qi-provider>`);
    const [est, list] = [p.querySelector('qi-reimbursement-estimator')!, p.querySelector('qi-document-checklist')!];
    await settle([p, est, list], 4);
    const lists = types.map((c) => buildChecklist({ applicationDate: DATE, measure: BY_COST_TYPE, costType: c as never, taxExempt: false, individualEntrepreneur: false, nonResidentExecutor: false }));
    const byText = new Map<string, { types: string[]; cites: Set<string> }>();
    lists.forEach((r, i) => r.items.forEach((it) => {
      const k = `${it.replaced ? 'r:' : ''}${it.text.ru}`;
      const e = byText.get(k) ?? { types: [], cites: new Set<string>() };
      e.types.push(types[i]!);
      e.cites.add(formatCitation(it.citation, 'en'));
      byText.set(k, e);
    }));
    await waitUntil(() => items(list).length === byText.size, `merged list: ${items(list).length} items, expected ${byText.size}`);
    expect(byText.size).to.be.lessThan(lists[0]!.items.length + lists[1]!.items.length); // something is shared, listed once
    const shown = items(list);
    shown.forEach((t, i) => expect(t.startsWith(`${i + 1})`), t).to.equal(true));
    const names = COST_TYPE_NAMES_OF('en') as Record<string, string>;
    const both = [...byText.values()].findIndex((e) => e.types.length === 2);
    expect(shown[both]).to.contain(`Needed for: ${names[types[0]!]}, ${names[types[1]!]}`);
    for (const c of [...byText.values()][both]!.cites) expect(shown[both]).to.contain(c);
    const only = [...byText.values()].findIndex((e) => e.types.length === 1);
    expect(shown[only]).to.contain(`Needed for: ${names[[...byText.values()][only]!.types[0]!]}`);
    const last = changes.at(-1) as { kind: string; byCostType: Record<string, unknown> };
    expect(last.kind).to.equal('checklist-merged');
    expect(Object.keys(last.byCostType)).to.deep.equal(types);
    document.removeEventListener('qi-change', hear);
    // choosing one cost type in the checklist narrows it to that cost type's own list
    await choose(list, shadow(list).querySelector<HTMLSelectElement>('select[id$="-ct"]')!, types[1]!);
    await settle([p, list], 4);
    expect(items(list).length).to.equal(lists[1]!.items.length);
  });

  it('the tracker plans before the agreement: Q is the estimate’s total, the agreement date is assumed, labelled as a plan', async () => {
    const costs = twoLines();
    const total = estimateReimbursement({ applicationDate: DATE, measure: BY_COST_TYPE, costs }).total;
    const p = await fixture(html`<qi-provider lang="en" application-date=${DATE}>
      <qi-reimbursement-estimator measure=${BY_COST_TYPE} .costs=${costs}></qi-reimbursement-estimator>
      <qi-obligation-tracker></qi-obligation-tracker>
    </qi-provider>`);
    const [est, tracker] = [p.querySelector('qi-reimbursement-estimator')!, p.querySelector('qi-obligation-tracker')!];
    await settle([p, est, tracker], 4);
    await waitUntil(() => !!shadow(tracker).querySelector('[part="plan"]'), 'the tracker shows a plan');
    expect(text(shadow(tracker).querySelector('[part="plan"]'))).to.contain('This is a plan, not an agreement');
    expect(text(shadow(tracker).querySelector('[part="plan"]'))).to.contain(formatDate(DATE, 'en'));
    const q = [...shadow(tracker).querySelectorAll<HTMLInputElement>('input')].find((i) => i.id.endsWith('-q'))!;
    expect(q.value).to.equal(total);
    typeInto(shadow(tracker).querySelector<HTMLInputElement>('input[id$="-n"]')!, '500000000');
    await settle([p, tracker], 4);
    const sdk = trackObligation({ agreementDate: DATE, baselineRevenue: '500000000', stateAmount: total, asOf: DATE, revenue: [] });
    expect(text(shadow(tracker).querySelector('[part="result"] h3'))).to.contain(norm(formatTenge(sdk.target, 'en')));
    const rows = [...shadow(tracker).querySelectorAll('[part="checkpoints"] tbody tr')].map((r) => norm(r.textContent));
    expect(rows.length).to.equal(sdk.checkpoints.length);
    sdk.checkpoints.forEach((c, i) => expect(rows[i]).to.contain(formatDate(c.date, 'en')));
  });

  it('what happens next: acceptance day and the decision deadline for the channel and the shared filing date, with citations; the plan assumes that deadline', async () => {
    const p = await fixture(html`<qi-provider lang="en" application-date=${DATE}>
      <qi-reimbursement-estimator measure=${BY_COST_TYPE} .costs=${twoLines()}></qi-reimbursement-estimator>
      <qi-next-steps></qi-next-steps>
      <qi-obligation-tracker></qi-obligation-tracker>
    </qi-provider>`);
    const [est, next, tracker] = ['qi-reimbursement-estimator', 'qi-next-steps', 'qi-obligation-tracker'].map((t) => p.querySelector(t)!);
    await settle([p, est!, next!, tracker!], 4);
    const portal = serviceDeadline({ submittedAt: `${DATE}T10:00`, channel: 'portal' });
    expect(text(shadow(next!).querySelector('[part="accepted-on"]'))).to.equal(formatDate(portal.acceptedOn, 'en'));
    expect(text(shadow(next!).querySelector('[part="deadline"]'))).to.equal(formatDate(portal.deadline, 'en'));
    const said = text(shadow(next!).querySelector('[part="messages"]'));
    for (const m of portal.messages) {
      expect(said).to.contain(norm(formatMessage(m.message, 'en')));
      expect(said).to.contain(formatCitation(m.citation, 'en'));
    }
    await waitUntil(() => text(shadow(tracker!).querySelector('[part="plan"]')).includes(formatDate(portal.deadline, 'en')), 'the plan assumes the decision deadline');
    // the filing date chosen in the estimator is the application's: the panel follows it
    const later = '2026-04-17';
    typeInto(shadow(est!).querySelector<HTMLInputElement>('[part="date-question"] input')!, later);
    await settle([p, est!, next!], 4);
    const office = serviceDeadline({ submittedAt: `${later}T10:00`, channel: 'office' });
    await choose(next!, shadow(next!).querySelector<HTMLSelectElement>('select')!, 'office');
    await settle([p, next!], 4);
    expect(text(shadow(next!).querySelector('[part="accepted-on"]'))).to.equal(formatDate(office.acceptedOn, 'en'));
    expect(text(shadow(next!).querySelector('[part="deadline"]'))).to.equal(formatDate(office.deadline, 'en'));
  });
});
