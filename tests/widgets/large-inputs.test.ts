/**
 * Issue "The widgets in the field", "Silently wrong or blank": "a 10 000-line CSV import takes 16 s, a 1 M-line
 * file kills the tab; a 5 000-line draft makes each keystroke take 17 s". The row limits are the SDK's
 * (`MAX_COST_LINES`, `MAX_REVENUE_PERIODS`), applied before anything is rendered; the time each takes is measured
 * by `pnpm bench` (bench/widgets.bench.mjs), not here.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '@qazindustry/productivity-widgets/define';
import { MAX_COST_LINES, MAX_REVENUE_PERIODS } from '@qazindustry/productivity-calculator';

import { cleanSlateEachTest, draftKey, norm, type Widget as Lit } from './helpers.js';

describe('inputs larger than the SDK takes', () => {
  cleanSlateEachTest();

  it('a 1 M-line file no longer kills the tab: the tracker refuses it at once with a clear message, and nothing is imported', async () => {
    const el = await fixture<Lit>(html`<qi-obligation-tracker lang="en" application-date="2027-02-01"></qi-obligation-tracker>`);
    const root = el.shadowRoot!;
    const rowsBefore = root.querySelectorAll('fieldset tbody tr').length;
    const line = '2026-Q1;100\n';
    const file = new File([line.repeat(1_000_000)], 'revenue.csv', { type: 'text/csv' });
    const picker = root.querySelector<HTMLInputElement>('input[type="file"]')!;
    const dt = new DataTransfer();
    dt.items.add(file);
    picker.files = dt.files;
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    const note = () => norm(root.querySelector('details [role="status"]')?.textContent);
    for (let i = 0; i < 200 && !note(); i++) await new Promise((r) => setTimeout(r, 25));
    await el.updateComplete;
    expect(note()).to.equal(`The file has more than ${MAX_REVENUE_PERIODS} revenue rows, the most the calculation takes; nothing was imported.`);
    expect(root.querySelectorAll('fieldset tbody tr').length).to.equal(rowsBefore);
  });

  it('a 5 000-line draft no longer makes each keystroke take 17 s: the estimator renders the SDK’s 500 lines at most, and says the draft had 5 000', async () => {
    const line = { costType: 'progressive-technologies', amount: '1000', currency: 'KZT', rate: '', date: '2025-06-01' };
    localStorage.setItem(draftKey('qi-reimbursement-estimator', 'big'), JSON.stringify({ v: 1, inputs: { measure: 'organization', lines: Array.from({ length: 5000 }, () => line), alreadyReceived: '' } }));
    const el = await fixture<Lit>(html`<qi-reimbursement-estimator lang="en" persist persist-key="big" application-date="2026-03-31"></qi-reimbursement-estimator>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('fieldset[part="line"]').length).to.equal(MAX_COST_LINES);
    expect(norm(root.querySelector('[part="status-message"]')?.textContent)).to.contain(
      `The saved calculation had 5000 rows; the calculation takes at most ${MAX_COST_LINES}, so only the first ${MAX_COST_LINES} are shown.`,
    );
    // the visitor can still add nothing beyond the limit, and the total is the SDK's for 500 lines
    expect(norm(root.querySelector('[part="total"]')?.textContent)).to.match(/200\s?000\.00|200,000\.00/);
  });

  it('a tracker draft with 5 000 revenue periods shows the SDK’s 1 000 and says so', async () => {
    const row = { from: '2026-01-01', to: '2026-03-31', amount: '1' };
    localStorage.setItem(draftKey('qi-obligation-tracker', 'big'), JSON.stringify({ v: 1, inputs: { agreementDate: '2026-02-01', baseline: '500000000', stateAmount: '20000000', asOf: '2027-02-01', revenue: Array.from({ length: 5000 }, () => row) } }));
    const el = await fixture<Lit>(html`<qi-obligation-tracker lang="en" persist persist-key="big" application-date="2027-02-01"></qi-obligation-tracker>`);
    await el.updateComplete;
    const root = el.shadowRoot!;
    expect(root.querySelectorAll('fieldset tbody tr').length).to.equal(MAX_REVENUE_PERIODS);
    expect(norm(root.querySelector('[part="status-message"]')?.textContent)).to.contain(`The saved calculation had 5000 rows; the calculation takes at most ${MAX_REVENUE_PERIODS}`);
  });
});
