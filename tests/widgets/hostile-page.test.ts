/**
 * All four widgets from the built CDN bundle on a plain page whose CSS attacks everything
 * (`* { all: unset }`, `!important` colours and fonts): the shadow roots keep them intact.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { norm } from './helpers.js';

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
    it(`leaves ${tag} intact: a full-width block with its own colours, font, borders and usable fields`, async () => {
      const el = document.querySelector(tag)!;
      await waitUntil(() => el.shadowRoot?.querySelector('.root h2'), `${tag} did not render`);
      // the host's display is the page's to decide (here `all: unset` makes it inline, as `d-none` may make it
      // none); the widget inside still lays out as a block as wide as the page
      const root = el.shadowRoot!.querySelector('.root')!;
      expect(root.getBoundingClientRect().width).to.be.greaterThan(0.9 * document.documentElement.clientWidth);
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

describe('A page that hides a widget', () => {
  let frame: HTMLIFrameElement;
  let win: Window & { errors: string[] };
  const el = (id: string) => frame.contentDocument!.getElementById(id)!;
  const field = (id: string) => el(id).shadowRoot!.querySelector<HTMLElement>('select, input')!;
  const shown = (e: Element) => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';

  before(async () => {
    ({ frame, win } = await hostPage(
      `<style>.d-none { display: none !important; }</style>
       <div id="invisible" style="visibility: hidden"><qi-eligibility-checker id="in-invisible" lang="en" measure="digital"></qi-eligibility-checker></div>
       <qi-eligibility-checker id="d-none" class="d-none" lang="en" measure="digital"></qi-eligibility-checker>
       <qi-eligibility-checker id="inline-none" style="display: none" lang="en" measure="digital"></qi-eligibility-checker>
       <qi-eligibility-checker id="v-show" lang="en" measure="digital"></qi-eligibility-checker>
       <qi-eligibility-checker id="hidden" hidden lang="en" measure="digital"></qi-eligibility-checker>
       <qi-eligibility-checker id="plain" lang="en" measure="digital"></qi-eligibility-checker>
       <script type="module" src="${cdn('qi-eligibility-checker.js')}"></script>`,
      (w) => w.document.getElementById('plain')?.shadowRoot?.querySelector('select, input'),
    ));
    for (const id of ['in-invisible', 'd-none', 'inline-none', 'v-show', 'hidden', 'plain']) {
      await waitUntil(() => el(id).shadowRoot?.querySelector('select, input'), `${id} did not render`, { timeout: 5000 });
    }
  });
  after(() => frame.remove());

  it('a widget in a visibility:hidden container is neither visible nor focusable', () => {
    const f = field('in-invisible');
    expect(getComputedStyle(el('in-invisible').shadowRoot!.querySelector('.root')!).visibility).to.equal('hidden');
    expect(shown(f)).to.equal(false);
    f.focus();
    expect(el('in-invisible').shadowRoot!.activeElement).to.equal(null);
    // and it shows again when the container does
    el('invisible').style.visibility = 'visible';
    expect(shown(f)).to.equal(true);
    f.focus();
    expect(el('in-invisible').shadowRoot!.activeElement).to.equal(f);
    f.blur();
  });

  it('class="d-none" (display:none !important in the page) hides a widget', () => {
    expect(getComputedStyle(el('d-none')).display).to.equal('none');
    expect(shown(field('d-none'))).to.equal(false);
  });

  it('an inline style="display:none" hides a widget', () => {
    expect(getComputedStyle(el('inline-none')).display).to.equal('none');
    expect(shown(field('inline-none'))).to.equal(false);
  });

  it("Vue's v-show (inline display:none set and removed later) hides and shows a widget", () => {
    const e = el('v-show');
    expect(shown(field('v-show'))).to.equal(true);
    e.style.display = 'none';
    expect(getComputedStyle(e).display).to.equal('none');
    expect(shown(field('v-show'))).to.equal(false);
    e.style.removeProperty('display');
    expect(getComputedStyle(e).display).to.equal('block');
    expect(shown(field('v-show'))).to.equal(true);
  });

  it('the hidden attribute hides a widget', () => {
    expect(getComputedStyle(el('hidden')).display).to.equal('none');
    expect(shown(field('hidden'))).to.equal(false);
    el('hidden').hidden = false;
    expect(getComputedStyle(el('hidden')).display).to.equal('block');
  });

  it('a widget nobody hides is a visible block', () => {
    expect(getComputedStyle(el('plain')).display).to.equal('block');
    expect(shown(field('plain'))).to.equal(true);
    expect(win.errors).to.deep.equal([]);
  });
});
