/**
 * The widgets under the media features people set: Windows high contrast (`forced-colors: active`, which drops
 * box-shadow and background images) and `prefers-reduced-motion: reduce`. axe in every widget, a visible focus
 * indicator on every kind of control, and nothing that moves.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import '@qazindustry/productivity-widgets/define';
import { focused, ready } from './helpers.js';

const WIDGETS: [string, () => TemplateResult][] = [
  ['qi-eligibility-checker', () => html`<qi-eligibility-checker lang="en" measure="digital" application-date="2026-02-02"></qi-eligibility-checker>`],
  ['qi-reimbursement-estimator', () => html`<qi-reimbursement-estimator lang="en" measure="competence" application-date="2026-03-02"></qi-reimbursement-estimator>`],
  ['qi-document-checklist', () => html`<qi-document-checklist lang="en" measure="process" cost-type="tech-equipment" application-date="2026-03-02"></qi-document-checklist>`],
  ['qi-obligation-tracker', () => html`<qi-obligation-tracker lang="en" agreement-date="2026-02-01" baseline-revenue="500000000" state-amount="20000000" as-of="2026-11-01"></qi-obligation-tracker>`],
];

describe('forced colors and reduced motion', () => {
  afterEach(async () => {
    await emulateMedia({ forcedColors: 'none', reducedMotion: 'no-preference' });
  });

  for (const [tag, template] of WIDGETS) {
    it(`${tag} in forced-colors mode: axe finds nothing, and the keyboard focus stays visible without box-shadow`, async () => {
      await emulateMedia({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
      const el = await ready(template());
      await expect(el).to.be.accessible();
      // Tab to the first control of the widget: its focus indicator must be an outline, which forced colors paint
      const first = el.shadowRoot!.querySelector<HTMLElement>('input, select, button, summary, a[href]')!;
      first.focus();
      await sendKeys({ press: 'Shift+Tab' });
      await sendKeys({ press: 'Tab' });
      const active = focused() as HTMLElement;
      expect(active, 'a control of the widget has the focus').to.exist;
      const style = getComputedStyle(active);
      expect(style.outlineStyle, `${active.localName}: outline style`).to.not.equal('none');
      expect(parseFloat(style.outlineWidth), `${active.localName}: outline width`).to.be.greaterThan(0);
    });

    it(`${tag} with prefers-reduced-motion: nothing in it transitions or animates`, async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await ready(template());
      const moving = [...el.shadowRoot!.querySelectorAll('*')].filter((e) => {
        const s = getComputedStyle(e);
        const long = (v: string) => v.split(',').some((d) => parseFloat(d) > 0);
        return long(s.transitionDuration) || long(s.animationDuration);
      });
      expect(moving.map((e) => e.localName)).to.deep.equal([]);
    });
  }
});
