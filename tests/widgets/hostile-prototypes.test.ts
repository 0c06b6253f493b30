/**
 * The CDN bundle on a page whose earlier script extended Object.prototype and Array.prototype with enumerable
 * properties: it loads without an error and all four widgets render and compute, also after the page extends them again. The page is a same-origin iframe, so the test
 * framework's own realm keeps clean prototypes.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { norm } from './helpers.js';

describe('A page that extends the prototypes before the widget bundle loads', () => {
  let frame: HTMLIFrameElement;
  const win = () => frame.contentWindow as Window & { errors: string[] };
  const el = (tag: string) => frame.contentDocument!.querySelector(tag)!;

  before(async () => {
    frame = document.createElement('iframe');
    frame.style.width = '900px';
    frame.style.height = '900px';
    frame.srcdoc = `<!doctype html><html lang="en"><body>
      <script>
        window.errors = [];
        addEventListener('error', (e) => errors.push(String(e.message)));
        addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
        Object.prototype.extra = 1;
        Array.prototype.extra2 = () => 0;
      </script>
      <script type="module" src="${location.origin}/packages/widgets/cdn/qi-widgets.js"></script>
      <qi-eligibility-checker lang="en" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>
      <qi-reimbursement-estimator lang="en" measure="competence" application-date="2026-03-02"></qi-reimbursement-estimator>
      <qi-document-checklist lang="en" measure="process" cost-type="tech-equipment" application-date="2026-03-02"></qi-document-checklist>
      <qi-obligation-tracker lang="en" agreement-date="2026-02-01" baseline-revenue="500000000" state-amount="20000000" application-date="2026-11-24"></qi-obligation-tracker>
      <script type="module">
        await customElements.whenDefined('qi-reimbursement-estimator');
        document.querySelector('qi-reimbursement-estimator').costs = [{ costType: 'training', amount: '1000000', date: '2026-01-15' }];
      </script>
    </body></html>`;
    const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
    document.body.append(frame);
    await loaded;
    await waitUntil(() => win().customElements.get('qi-reimbursement-estimator') || win().errors.length, 'the bundle neither defined the elements nor failed', { timeout: 8000 });
  });

  after(() => frame.remove());

  it('loads the bundle without an error', () => {
    expect(win().errors).to.deep.equal([]);
    expect(win().customElements.get('qi-eligibility-checker')).to.be.a('function');
  });

  it('shows the eligibility verdict of a blank application', async () => {
    const checker = el('qi-eligibility-checker');
    await waitUntil(() => checker.shadowRoot?.querySelector('[part=verdict]'), 'no verdict', { timeout: 5000 });
    expect(norm(checker.shadowRoot!.querySelector('[part=verdict]')!.textContent)).to.equal('Not known yet: some answers are missing');
  });

  it('estimates a prefilled training cost: 40 % of 1 000 000', async () => {
    const estimator = el('qi-reimbursement-estimator');
    const total = () => norm(estimator.shadowRoot?.querySelector('[part="total"]')?.textContent);
    await waitUntil(() => total().includes('400,000.00'), `total: ${total()}`, { timeout: 5000 }).catch(() => undefined);
    expect(total()).to.equal('Estimated reimbursement: 400,000.00 tenge');
    expect(win().errors).to.deep.equal([]);
  });

  it('lists the documents for technological equipment: 9 items, none ready', async () => {
    const checklist = el('qi-document-checklist');
    await waitUntil(() => checklist.shadowRoot?.querySelectorAll('[part="item"]').length, 'no checklist', { timeout: 5000 });
    expect(checklist.shadowRoot!.querySelectorAll('[part="item"]').length).to.equal(9);
    expect(norm(checklist.shadowRoot!.querySelector('[part="result"]')!.textContent)).to.contain('Ready: 0 of 9');
  });

  it('tracks the counter-obligation: target N + 2×Q = 540 000 000', async () => {
    const tracker = el('qi-obligation-tracker');
    await waitUntil(() => tracker.shadowRoot?.querySelector('[part="status"]'), 'no status', { timeout: 5000 });
    expect(norm(tracker.shadowRoot!.querySelector('[part="result"]')!.textContent)).to.contain('Target: 540,000,000.00 tenge');
    expect(win().errors).to.deep.equal([]);
  });

  it('still computes when the page extends Object.prototype again after the bundle loaded', async () => {
    const w = win() as unknown as { Object: ObjectConstructor; Array: ArrayConstructor };
    (w.Object.prototype as unknown as Record<string, unknown>).late = 1;
    (w.Array.prototype as unknown as Record<string, unknown>).late2 = () => 0;
    try {
      const estimator = el('qi-reimbursement-estimator') as unknown as Element & { costs: unknown };
      estimator.costs = [{ costType: 'training', amount: '2000000', date: '2026-01-15' }];
      const total = () => norm(estimator.shadowRoot?.querySelector('[part="total"]')?.textContent);
      await waitUntil(() => total().includes('800,000.00'), `total: ${total()}`, { timeout: 5000 }).catch(() => undefined);
      expect(total()).to.equal('Estimated reimbursement: 800,000.00 tenge');
      expect(win().errors).to.deep.equal([]);
    } finally {
      delete (w.Object.prototype as unknown as Record<string, unknown>).late;
      delete (w.Array.prototype as unknown as Record<string, unknown>).late2;
    }
  });
});
