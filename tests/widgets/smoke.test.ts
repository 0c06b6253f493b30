import { fixture, html, expect } from '@open-wc/testing';
import '@qazindustry/productivity-widgets/define';

describe('smoke', () => {
  it('renders the estimator', async () => {
    const el = await fixture(html`<qi-reimbursement-estimator lang="en" measure="organization" application-date="2026-03-02"></qi-reimbursement-estimator>`);
    await (el as any).updateComplete;
    const text = el.shadowRoot!.textContent!;
    expect(text).to.contain('How much will be reimbursed?');
  });
});
