// Under a strict Content-Security-Policy (script-src 'self'; style-src 'self'; no 'unsafe-inline') the CDN files
// render every widget styled, with no CSP violation and no request beyond the page's own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launch, openPage, serve } from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TAGS = ['qi-eligibility-checker', 'qi-reimbursement-estimator', 'qi-document-checklist', 'qi-obligation-tracker'];
let server;
let browser;

before(async () => {
  server = await serve(
    { '/cdn/': `${root}packages/widgets/cdn/`, '/': `${root}tests/e2e/fixtures/` },
    { headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" } },
  );
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('the four widgets render styled under script-src and style-src self, with no CSP violation', async () => {
  const { page, errors } = await openPage(browser, `${server.url}/csp.html`);
  for (const tag of TAGS) {
    await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.root h2'), tag, { timeout: 10000 });
    const style = await page.evaluate((t) => {
      const root = document.querySelector(t).shadowRoot.querySelector('.root');
      const s = getComputedStyle(root);
      return { border: s.borderTopStyle, radius: s.borderTopLeftRadius, padding: s.paddingTop, font: s.fontFamily };
    }, tag);
    assert.equal(style.border, 'solid', tag);
    assert.equal(style.radius, '6px', tag);
    assert.notEqual(style.padding, '0px', tag);
    assert.match(style.font, /system-ui|sans-serif/, tag);
  }
  assert.deepEqual(errors, []);
});
