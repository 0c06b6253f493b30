/**
 * All four widgets from the built CDN bundle on a plain page whose CSS attacks everything
 * (`* { all: unset }`, `!important` colours and fonts): the shadow roots keep them intact.
 */
import { expect, waitUntil } from '@open-wc/testing';

const HOSTILE = `
  * { all: unset; }
  * { color: #ff00ff !important; background: #00ff00 !important; font-family: 'Comic Sans MS', cursive !important; font-size: 31px !important; }
  div, section, input, select, button, label, p { display: inline !important; border: 7px dotted red !important; }
  qi-reimbursement-estimator, qi-eligibility-checker, qi-document-checklist, qi-obligation-tracker { margin: 0; }
`;

const TAGS = ['qi-eligibility-checker', 'qi-reimbursement-estimator', 'qi-document-checklist', 'qi-obligation-tracker'] as const;

describe('A hostile host page', () => {
  before(async () => {
    const style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
    // the CDN file a partner pastes in a <script type="module" src>
    await import(/* @vite-ignore */ `${location.origin}/packages/widgets/cdn/qi-widgets.js`);
    document.body.innerHTML = TAGS.map((t) => `<${t} lang="en" measure="process" application-date="2026-03-02"></${t}>`).join('');
    await Promise.all(TAGS.map((t) => customElements.whenDefined(t)));
    for (const t of TAGS) await (document.querySelector(t) as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  });

  for (const tag of TAGS) {
    it(`leaves ${tag} intact: a block with its own colours, font, borders and usable fields`, async () => {
      const el = document.querySelector(tag)!;
      await waitUntil(() => el.shadowRoot?.querySelector('.root h2'), `${tag} did not render`);
      expect(getComputedStyle(el).display).to.equal('block');
      const root = el.shadowRoot!.querySelector('.root')!;
      const rs = getComputedStyle(root);
      expect(rs.color).to.equal('rgb(27, 31, 36)');
      expect(rs.backgroundColor).to.equal('rgb(255, 255, 255)');
      expect(rs.fontFamily).to.not.contain('Comic');
      expect(rs.fontSize).to.equal('16px');
      expect(rs.borderTopStyle).to.equal('solid');
      expect(rs.display).to.equal('block');
      const field = el.shadowRoot!.querySelector('select, input')!;
      const fs = getComputedStyle(field);
      expect(fs.borderTopStyle).to.equal('solid');
      expect(fs.color).to.equal('rgb(27, 31, 36)');
      expect(field.getBoundingClientRect().height).to.be.greaterThan(30);
      expect(el.shadowRoot!.querySelector('h2')!.textContent!.length).to.be.greaterThan(5);
    });
  }

  it('loading a second copy of the bundle neither throws nor breaks the first', async () => {
    await import(/* @vite-ignore */ `${location.origin}/packages/widgets/cdn/qi-reimbursement-estimator.js`);
    const el = document.createElement('qi-reimbursement-estimator');
    el.setAttribute('lang', 'ru');
    el.setAttribute('measure', 'organization');
    document.body.append(el);
    await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
    expect(el.shadowRoot!.querySelector('h2')!.textContent).to.equal('Сколько возместят?');
  });
});

/** A fresh same-origin page (its own registry and module map, so each CDN file is a new copy), and its errors. */
async function hostPage(body: string, ready: (w: Window) => unknown): Promise<{ frame: HTMLIFrameElement; win: Window & { errors: string[] } }> {
  const frame = document.createElement('iframe');
  frame.style.width = '900px';
  frame.style.height = '700px';
  frame.srcdoc = `<!doctype html><html lang="en"><head><script>
      window.errors = [];
      addEventListener('error', (e) => errors.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => errors.push(String(e.reason)));
    </script></head><body>${body}</body></html>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const win = frame.contentWindow as Window & { errors: string[] };
  await waitUntil(() => ready(win) || win.errors.length, 'the page neither got ready nor failed', { timeout: 8000 });
  return { frame, win };
}

const cdn = (file: string) => `${location.origin}/packages/widgets/cdn/${file}`;
const norm = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
const totalOf = (el: Element | null | undefined) => norm(el?.shadowRoot?.querySelector('[part="total"]')?.textContent);

describe('Two different CDN files on one page', () => {
  it('a provider from one CDN file gives its application date to a widget from another', async () => {
    // each per-widget file brings qi-provider (and its own copy of Lit and @lit/context): the first file's provider
    // is the one on the page, and the estimator comes from the second file
    const { frame, win } = await hostPage(
      `<qi-provider application-date="2026-03-02">
         <qi-eligibility-checker lang="en" measure="digital"></qi-eligibility-checker>
         <qi-reimbursement-estimator lang="en" measure="competence"></qi-reimbursement-estimator>
       </qi-provider>
       <script type="module" src="${cdn('qi-eligibility-checker.js')}"></script>
       <script type="module" src="${cdn('qi-reimbursement-estimator.js')}"></script>
       <script type="module">
         await customElements.whenDefined('qi-reimbursement-estimator');
         document.querySelector('qi-reimbursement-estimator').costs = [{ costType: 'training', amount: '1000000', date: '2026-01-15' }];
         window.inserted = true;
       </script>`,
      (w) => (w as unknown as { inserted?: boolean }).inserted,
    );
    try {
      const el = frame.contentDocument!.querySelector('qi-reimbursement-estimator')!;
      await waitUntil(() => totalOf(el).includes('400,000.00'), `total: ${totalOf(el)}`, { timeout: 5000 }).catch(() => undefined);
      expect((el as unknown as { effectiveDate: string }).effectiveDate).to.equal('2026-03-02');
      expect(totalOf(el)).to.equal('Estimated reimbursement: 400,000.00 tenge');
      expect(win.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });

  it('a second, different copy of the bundle (another URL, another version) neither throws nor breaks either widget', async () => {
    const { frame, win } = await hostPage(
      `<qi-eligibility-checker lang="en" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>
       <script type="module" src="${cdn('qi-widgets.js')}"></script>
       <script type="module" src="${cdn('qi-widgets.js?version=0.0.9')}"></script>
       <script type="module" src="${cdn('qi-reimbursement-estimator.js?version=0.2.0')}"></script>
       <script type="module">
         document.body.insertAdjacentHTML('beforeend', '<qi-reimbursement-estimator lang="en" measure="competence" application-date="2026-03-02"></qi-reimbursement-estimator>');
         document.querySelector('qi-reimbursement-estimator').costs = [{ costType: 'training', amount: '1000000', date: '2026-01-15' }];
         window.inserted = true;
       </script>`,
      (w) => (w as unknown as { inserted?: boolean }).inserted,
    );
    try {
      const doc = frame.contentDocument!;
      const checker = doc.querySelector('qi-eligibility-checker')!;
      await waitUntil(() => checker.shadowRoot?.querySelector('[part=verdict]'), 'the checker shows no verdict', { timeout: 5000 });
      expect(norm(checker.shadowRoot!.querySelector('[part=verdict]')!.textContent)).to.equal('Not known yet: some answers are missing');
      const estimator = doc.querySelector('qi-reimbursement-estimator')!;
      await waitUntil(() => totalOf(estimator).includes('400,000.00'), `total: ${totalOf(estimator)}`, { timeout: 5000 }).catch(() => undefined);
      expect(totalOf(estimator)).to.equal('Estimated reimbursement: 400,000.00 tenge');
      expect(win.errors).to.deep.equal([]);
    } finally {
      frame.remove();
    }
  });
});
