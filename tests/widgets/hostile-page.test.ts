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
