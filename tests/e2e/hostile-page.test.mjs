// Hostile pages, end to end: a hash router's route survives a share link, and Trusted Types with the README's CSP
// line, or with lit-html named once, let four widget files render.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, openPage, serve } from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const TAGS = ['qi-eligibility-checker', 'qi-reimbursement-estimator', 'qi-document-checklist', 'qi-obligation-tracker'];
const STRICT = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:";
/** The Trusted Types directives of the CSP line the README tells a partner to add. */
const README_TT = (() => {
  const line = readFileSync(`${root}README.md`, 'utf8').match(/^\s*Content-Security-Policy:.*$/m)?.[0] ?? '';
  return line.split(';').map((d) => d.trim()).filter((d) => /^(require-trusted-types-for|trusted-types)\b/.test(d)).join('; ');
})();
const CSP = { '/csp.html': `${STRICT}; ${README_TT}`, '/csp-no-duplicates.html': `${STRICT}; require-trusted-types-for 'script'; trusted-types lit-html` };
let server;
let browser;

before(async () => {
  server = await serve(
    { '/cdn/': `${root}packages/widgets/cdn/`, '/csp-no-duplicates.html': `${root}tests/e2e/fixtures/csp.html`, '/': `${root}tests/e2e/fixtures/` },
    { headers: (url) => (CSP[url] ? { 'Content-Security-Policy': CSP[url] } : {}) },
  );
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

const total = (page) => page.evaluate(() => document.querySelector('qi-reimbursement-estimator').shadowRoot.querySelector('[part="total"]')?.textContent.replace(/\s+/g, ' ').trim());

test("a share link keeps a hash-routed page's #/section/2 and reopens the widget with its inputs", async () => {
  const { page, errors } = await openPage(browser, `${server.url}/hash-routed.html#/section/2`);
  await page.waitForFunction(() => customElements.get('qi-reimbursement-estimator'));
  await page.evaluate(() => {
    document.querySelector('qi-reimbursement-estimator').costs = [{ costType: 'training', amount: '1000000', date: '2026-01-15' }];
  });
  await page.waitForFunction(() => document.querySelector('qi-reimbursement-estimator').shadowRoot.querySelector('[part="total"]')?.textContent.includes('400,000.00'));
  await page.click('qi-reimbursement-estimator [part="share"] button');
  const link = await page.locator('qi-reimbursement-estimator [part="share"] input[readonly]').inputValue();
  const url = new URL(link);
  assert.equal(url.hash, '#/section/2', link);
  assert.ok(url.searchParams.get('qi-reimbursement-estimator'), link);
  assert.equal(await page.evaluate(() => location.hash), '#/section/2', 'making the link leaves the page where it is');
  await page.close();

  const again = await openPage(browser, link);
  await again.page.waitForFunction(() => document.querySelector('qi-reimbursement-estimator')?.shadowRoot?.querySelector('[part="total"]')?.textContent.includes('400,000.00'), null, { timeout: 10000 });
  assert.equal(await total(again.page), 'Estimated reimbursement: 400,000.00 tenge');
  assert.equal(await again.page.evaluate(() => location.hash), '#/section/2');
  assert.deepEqual([...errors, ...again.errors], []);
  await again.page.close();
});

test('a share link made before the query string (#qi-<tag>=…) still reopens the widget', async () => {
  const { page, errors } = await openPage(browser, `${server.url}/hash-routed.html`);
  // the payload's shape is the widget's: take it from a link the widget makes, then put it in the hash as older links did
  await page.waitForFunction(() => customElements.get('qi-reimbursement-estimator'));
  await page.evaluate(() => (document.querySelector('qi-reimbursement-estimator').costs = [{ costType: 'training', amount: '1000000', date: '2026-01-15' }]));
  await page.waitForFunction(() => document.querySelector('qi-reimbursement-estimator').shadowRoot.querySelector('[part="total"]')?.textContent.includes('400,000.00'));
  await page.click('qi-reimbursement-estimator [part="share"] button');
  const link = new URL(await page.locator('qi-reimbursement-estimator [part="share"] input[readonly]').inputValue());
  const raw = link.searchParams.get('qi-reimbursement-estimator') ?? new URLSearchParams(link.hash.slice(1)).get('qi-reimbursement-estimator');
  await page.close();
  const old = await openPage(browser, `${server.url}/hash-routed.html#qi-reimbursement-estimator=${raw}`);
  await old.page.waitForFunction(() => document.querySelector('qi-reimbursement-estimator')?.shadowRoot?.querySelector('[part="total"]')?.textContent.includes('400,000.00'), null, { timeout: 10000 });
  assert.equal(await total(old.page), 'Estimated reimbursement: 400,000.00 tenge');
  assert.deepEqual([...errors, ...old.errors], []);
  await old.page.close();
});

test("Trusted Types with the README's CSP line: four CDN files render, no console error", async () => {
  assert.match(README_TT, /require-trusted-types-for 'script'; trusted-types lit-html 'allow-duplicates'/, 'the README gives the Trusted Types directives');
  const { page, errors } = await openPage(browser, `${server.url}/csp.html`);
  for (const tag of TAGS) await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.root h2'), tag, { timeout: 10000 });
  assert.equal(await page.evaluate(() => typeof window.trustedTypes?.createPolicy), 'function');
  assert.deepEqual(errors, []);
  await page.close();
});

test("the widget files of one release share one Lit: with lit-html named once and no 'allow-duplicates', all four render", async () => {
  const { page, errors } = await openPage(browser, `${server.url}/csp-no-duplicates.html`);
  for (const tag of TAGS) await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.root h2'), tag, { timeout: 10000 });
  assert.deepEqual(errors, []);
  await page.close();
});
