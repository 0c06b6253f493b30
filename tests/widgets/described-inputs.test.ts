/**
 * "Every form is rendered from the SDK's descriptions" (issue "The widgets in the field", Done when): the estimate's
 * inputs besides its lines — the date the institute receives the application (p.14-1: equipment's 24 months count
 * back from it) and, where the edition has a choice, how the caps combine (Interpretation 1) — are asked because
 * `describeEstimate` lists them, and reach the SDK as typed.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@qazindustry/productivity-widgets/define';
import { describeEstimate, estimateReimbursement, formatMessage, type EstimateInput } from '@qazindustry/productivity-calculator';

import { control, norm, typeInto, choose, type Widget as Lit } from './helpers.js';
const DATE = '2026-03-02';

async function estimator(costs: EstimateInput['costs']): Promise<Lit> {
  const el = await fixture<Lit>(html`<qi-reimbursement-estimator lang="en" measure="process" application-date=${DATE} .costs=${costs}></qi-reimbursement-estimator>`);
  await el.updateComplete;
  return el;
}

const total = (el: Lit) => norm(el.shadowRoot!.querySelector('[part="total"]')?.textContent);
const expectTotal = (el: Lit, r: { total: string }) => expect(total(el).replace(/[^\d.]/g, '')).to.equal(r.total);

describe('the estimate’s described inputs besides its lines', () => {
  const fields = describeEstimate({ applicationDate: DATE, measure: 'process' }).fields;
  const receipt = fields.find((f) => f.id === 'receiptDate')!;
  const caps = fields.find((f) => f.id === 'interpretations.processCaps')!;

  it('asks the date the institute receives the application, and a later one moves equipment’s window as the SDK says (p.14-1)', async () => {
    const costs: EstimateInput['costs'] = [{ costType: 'tech-equipment', payments: [{ date: '2024-03-10', amount: '10000000' }] }];
    const el = await estimator(costs);
    const input: EstimateInput = { applicationDate: DATE, measure: 'process', costs };
    expectTotal(el, estimateReimbursement(input));
    typeInto(control(el, formatMessage(receipt.message, 'en')), '2026-03-20');
    await el.updateComplete;
    const later = estimateReimbursement({ ...input, receiptDate: '2026-03-20' });
    expect(later.total, 'the receipt date matters in this case').to.not.equal(estimateReimbursement(input).total);
    expectTotal(el, later);
  });

  it('asks how the caps combine (Interpretation 1) with the edition’s schemes, and each gives the SDK’s total', async () => {
    const costs: EstimateInput['costs'] = [
      { costType: 'tech-equipment', payments: [{ date: '2025-06-01', amount: '200000000' }] },
      { costType: 'energy-audit', amount: '100000000', date: '2025-06-01' },
    ];
    const el = await estimator(costs);
    const select = control<HTMLSelectElement>(el, formatMessage(caps.message, 'en'));
    expect([...select.options].map((o) => o.value).filter(Boolean)).to.deep.equal(caps.options!.map((o) => o.value));
    for (const scheme of caps.options!.map((o) => o.value)) {
      await choose(el, select, scheme);
      expectTotal(el, estimateReimbursement({ applicationDate: DATE, measure: 'process', costs, interpretations: { processCaps: scheme as 'A' } }));
    }
  });

  it('keeps them in the draft and the share link’s inputs', async () => {
    const el = await estimator([{ costType: 'tech-equipment', payments: [{ date: '2024-03-10', amount: '10000000' }] }]);
    typeInto(control(el, formatMessage(receipt.message, 'en')), '2026-03-20');
    await el.updateComplete;
    const inputs = (el as unknown as { inputs: { extra?: Record<string, string> } }).inputs;
    expect(inputs.extra).to.deep.equal({ receiptDate: '2026-03-20' });
  });
});
