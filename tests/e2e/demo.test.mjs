// Serves the built demo (build/demo, from `vite build`) with the CDN files, and in headless Chromium fills in the
// estimator on both host pages and reads the result.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { launch, openPage, serve } from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
let server;
let browser;

before(async () => {
  server = await serve({ '/cdn/': `${root}packages/widgets/cdn/`, '/': `${root}build/demo/` }, {
    // the partner page is served as a strict partner would serve it; the government page inlines its own CSS
    headers: (url) => (url.startsWith('/partner') ? { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:" } : {}),
  });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

async function fillEstimator(page, { measure }) {
  const est = page.locator('qi-reimbursement-estimator');
  if (measure) await est.locator('select').first().selectOption(measure);
  await est.locator('input[id$="-amount"]').first().fill('5 000 000');
  // the act date of the first line (the first date input of the form is the filing date question)
  await est.locator('input[type="date"]:not([id$="-filing-date"])').first().fill('2025-11-20');
  await est.locator('[part~="total"]').waitFor();
  return (await est.locator('[part~="total"]').textContent()).replace(/\s+/g, ' ');
}

test('the government page: the estimator, filled in, shows 40 % of a training fee', async () => {
  const { page, errors } = await openPage(browser, `${server.url}/index.html?lang=en`);
  const total = await fillEstimator(page, { measure: 'competence' });
  assert.match(total, /2,000,000\.00/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the partner page (CDN files, strict CSP, dark theme): the estimator computes in Russian', async () => {
  const { page, errors } = await openPage(browser, `${server.url}/partner.html`);
  const total = await fillEstimator(page, {});
  assert.match(total, /2\s000\s000,00/u);
  const bg = await page.locator('qi-reimbursement-estimator').evaluate((el) => getComputedStyle(el.shadowRoot.querySelector('.root')).backgroundColor);
  assert.equal(bg, 'rgb(21, 28, 38)');
  assert.deepEqual(errors, []);
  await page.close();
});
