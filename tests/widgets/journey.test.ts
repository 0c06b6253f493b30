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

type Widget = HTMLElement & { updateComplete: Promise<boolean> };

const DATE = '2026-04-10';
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const root = (el: Element) => (el as Widget).shadowRoot!;
const text = (el: Element, sel: string) => norm(root(el).querySelector(sel)?.textContent);
const items = (el: Element) => [...root(el).querySelectorAll('[part="result"] li[part="item"]')].map((li) => norm(li.textContent));

async function settle(...els: Element[]) {
  for (let i = 0; i < 4; i++) for (const el of els) await (el as Widget).updateComplete;
}

function select(el: Element, sel: string, value: string) {
  const s = root(el).querySelector<HTMLSelectElement>(sel)!;
  s.value = value;
  s.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
}

function typeInto(el: Element, sel: string, value: string) {
  const i = root(el).querySelector<HTMLInputElement>(sel)!;
  i.value = value;
  i.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
}

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
    await settle(p, checker, list);
    select(checker, 'select', PLAIN);
    await settle(p, checker, list);
    // the tax-exempt question of the checker, answered "Yes"
    const yes = [...root(checker).querySelectorAll<HTMLInputElement>('input[type="radio"][name$="-taxExempt"]')].find((r) => norm(r.parentElement?.textContent) === 'Yes')!;
    expect(yes, 'the checker asks taxExempt').to.exist;
    yes.checked = true;
    yes.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle(p, checker, list);
    const sdk = buildChecklist({ applicationDate: DATE, measure: PLAIN, taxExempt: true, individualEntrepreneur: false, nonResidentExecutor: false, claimsTravel: false, claimsAccommodation: false });
    await waitUntil(() => items(list).length === sdk.items.length, `the checklist follows: ${items(list).length} items, the SDK lists ${sdk.items.length}; ${JSON.stringify((p as unknown as { application: unknown }).application)}`);
    expect(items(list)[0]).to.contain(formatDocText(sdk.items[0]!.text, 'en'));
    // the checklist's own tick-box shows the shared answer; unticking it there reaches the checker
    const box = [...root(list).querySelectorAll<HTMLInputElement>('fieldset input[type="checkbox"]')].find((b) => /tax/i.test(norm(b.parentElement?.textContent)))!;
    expect(box.checked).to.equal(true);
    box.checked = false;
    box.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    await settle(p, checker, list);
    const no = [...root(checker).querySelectorAll<HTMLInputElement>('input[type="radio"][name$="-taxExempt"]')].find((r) => norm(r.parentElement?.textContent) === 'No')!;
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
    await settle(p, checker, list);
    select(checker, 'select', PLAIN);
    await settle(p, checker, list);
    const sdk = buildChecklist({ applicationDate: DATE, measure: other, taxExempt: false, individualEntrepreneur: false, nonResidentExecutor: false, claimsTravel: false, claimsAccommodation: false });
    expect(text(list, '[part="result"] h3')).to.equal(norm(formatDocText(sdk.heading, 'en')));
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
    await settle(p, est, list);
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
    select(list, 'select[id$="-ct"]', types[1]!);
    await settle(p, list);
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
    await settle(p, est, tracker);
    await waitUntil(() => !!root(tracker).querySelector('[part="plan"]'), 'the tracker shows a plan');
    expect(text(tracker, '[part="plan"]')).to.contain('This is a plan, not an agreement');
    expect(text(tracker, '[part="plan"]')).to.contain(formatDate(DATE, 'en'));
    const q = [...root(tracker).querySelectorAll<HTMLInputElement>('input')].find((i) => i.id.endsWith('-q'))!;
    expect(q.value).to.equal(total);
    typeInto(tracker, 'input[id$="-n"]', '500000000');
    await settle(p, tracker);
    const sdk = trackObligation({ agreementDate: DATE, baselineRevenue: '500000000', stateAmount: total, asOf: DATE, revenue: [] });
    expect(text(tracker, '[part="result"] h3')).to.contain(norm(formatTenge(sdk.target, 'en')));
    const rows = [...root(tracker).querySelectorAll('[part="checkpoints"] tbody tr')].map((r) => norm(r.textContent));
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
    await settle(p, est!, next!, tracker!);
    const portal = serviceDeadline({ submittedAt: `${DATE}T10:00`, channel: 'portal' });
    expect(text(next!, '[part="accepted-on"]')).to.equal(formatDate(portal.acceptedOn, 'en'));
    expect(text(next!, '[part="deadline"]')).to.equal(formatDate(portal.deadline, 'en'));
    const said = text(next!, '[part="messages"]');
    for (const m of portal.messages) {
      expect(said).to.contain(norm(formatMessage(m.message, 'en')));
      expect(said).to.contain(formatCitation(m.citation, 'en'));
    }
    await waitUntil(() => text(tracker!, '[part="plan"]').includes(formatDate(portal.deadline, 'en')), 'the plan assumes the decision deadline');
    // the filing date chosen in the estimator is the application's: the panel follows it
    const later = '2026-04-17';
    typeInto(est!, '[part="date-question"] input', later);
    await settle(p, est!, next!);
    const office = serviceDeadline({ submittedAt: `${later}T10:00`, channel: 'office' });
    select(next!, 'select', 'office');
    await settle(p, next!);
    expect(text(next!, '[part="accepted-on"]')).to.equal(formatDate(office.acceptedOn, 'en'));
    expect(text(next!, '[part="deadline"]')).to.equal(formatDate(office.deadline, 'en'));
  });
});
