/**
 * `qi-change` fires whenever the result changes, from any cause: each widget used to list by hand which changes fire
 * it, and the tracker's list missed `state-amount`, `baseline-revenue` and `as-of` (a page listening for it kept a
 * stale target).
 */
import { expect, html, oneEvent } from '@open-wc/testing';
import '@qazindustry/productivity-widgets/define';
import { trackObligation, type ObligationResult } from '@qazindustry/productivity-calculator';
import { ready } from './helpers.js';

const tracker = () =>
  ready(html`<qi-obligation-tracker lang="en" agreement-date="2026-02-01" baseline-revenue="500000000" state-amount="20000000" as-of="2026-11-01"></qi-obligation-tracker>`);

const sdk = (stateAmount: string, baselineRevenue = '500000000', asOf = '2026-11-01') =>
  trackObligation({ agreementDate: '2026-02-01', baselineRevenue, stateAmount, revenue: [], asOf });

describe('qi-change fires on every change of the result, whatever its cause', () => {
  for (const [attr, value, expected] of [
    ['state-amount', '30000000', () => sdk('30000000')],
    ['baseline-revenue', '600000000', () => sdk('20000000', '600000000')],
    ['as-of', '2027-03-01', () => sdk('20000000', '500000000', '2027-03-01')],
  ] as const) {
    it(`the tracker tells the page when the ${attr} attribute changes`, async () => {
      const el = await tracker();
      const event = oneEvent(el, 'qi-change');
      el.setAttribute(attr, value);
      const { detail } = (await event) as CustomEvent<ObligationResult>;
      expect(detail.target).to.equal(expected().target);
      expect(JSON.stringify(detail)).to.equal(JSON.stringify(expected()));
    });
  }

  it('an update that leaves the result as it was tells the page nothing', async () => {
    const el = await tracker();
    await new Promise((r) => setTimeout(r, 50));
    let fired = 0;
    el.addEventListener('qi-change', () => fired++);
    el.setAttribute('theme', 'dark');
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 50));
    expect(fired).to.equal(0);
  });
});
