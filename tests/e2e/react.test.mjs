// The React wrappers as a partner's React 19 app uses them (issue "Distribution that partners can follow", item 1):
// a Vite build of tests/e2e/fixtures/react-app, which imports one widget's wrapper entry, run in Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import { launch, openPage, serve } from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const out = mkdtempSync(join(tmpdir(), 'qi-react-app-'));
let server;
let browser;

before(async () => {
  await build({ configFile: false, root: `${root}tests/e2e/fixtures/react-app`, logLevel: 'error', build: { outDir: out, emptyOutDir: true, minify: true } });
  server = await serve({ '/': `${out}/` });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
  rmSync(out, { recursive: true, force: true });
});

test("each wrapper entry starts with 'use client', and registers its own element and the provider only", async () => {
  for (const w of ['eligibility-checker', 'reimbursement-estimator', 'document-checklist', 'obligation-tracker', 'next-steps', 'provider']) {
    assert.match(readFileSync(`${root}packages/widgets/dist/react/${w}.js`, 'utf8'), /^'use client';/, w);
  }
  assert.match(readFileSync(`${root}packages/widgets/dist/react.js`, 'utf8'), /^'use client';/);
  const { page, errors } = await openPage(browser, `${server.url}/index.html`);
  await page.waitForFunction(() => customElements.get('qi-reimbursement-estimator'));
  const defined = await page.evaluate(() => ['qi-provider', 'qi-eligibility-checker', 'qi-reimbursement-estimator', 'qi-document-checklist', 'qi-obligation-tracker', 'qi-next-steps'].filter((t) => customElements.get(t)));
  assert.deepEqual(defined, ['qi-provider', 'qi-reimbursement-estimator']);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a React 19 app: string and array props reach the element, onQiChange hears each result, the ref is the element', async () => {
  const { page, errors } = await openPage(browser, `${server.url}/index.html`);
  const total = () => page.evaluate(() => document.querySelector('qi-reimbursement-estimator')?.shadowRoot?.querySelector('[part="total"]')?.textContent.replace(/\s+/g, ' ').trim());
  await page.waitForFunction(() => document.querySelector('qi-reimbursement-estimator')?.shadowRoot?.querySelector('[part="total"]'), null, { timeout: 10000 });
  assert.equal(await total(), 'Estimated reimbursement: 400,000.00 tenge');
  assert.equal(await page.evaluate(() => window.refTag), 'qi-reimbursement-estimator');
  await page.evaluate(() => window.addCost());
  await page.waitForFunction(() => window.heard.includes('600000.00'), null, { timeout: 10000 });
  assert.equal(await total(), 'Estimated reimbursement: 600,000.00 tenge');
  assert.deepEqual(await page.evaluate(() => window.heard), ['400000.00', '600000.00']);
  assert.deepEqual(errors, []);
  await page.close();
});
