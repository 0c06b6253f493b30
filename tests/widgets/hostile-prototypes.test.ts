/**
 * The CDN bundle on a page whose earlier script extended Object.prototype and Array.prototype with enumerable
 * properties: it loads without an error and the widgets compute. The page is a same-origin iframe, so the test
 * framework's own realm keeps clean prototypes.
 */
import { expect, waitUntil } from '@open-wc/testing';

const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();

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
});
