#!/usr/bin/env node
// Screenshots of both demo pages in each language, on a 390 px phone and a 1280 px desktop, written to screenshots/
// (not committed); the estimator filled in, so that the file-by dates show. Run after
// `vite build` of the demo: `pnpm screenshots` does both.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, serve } from '../tests/e2e/helpers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(`${root}screenshots`, { recursive: true });
const server = await serve({ '/cdn/': `${root}packages/widgets/cdn/`, '/': `${root}build/demo/` });
const browser = await launch();
for (const lang of ['kk', 'ru', 'en']) {
  for (const width of [390, 1280])
  for (const [name, path] of [['government', `/index.html?lang=${lang}`], ['partner', '/partner.html']]) {
    const page = await browser.newPage({ viewport: { width, height: 900 } });
    await page.goto(`${server.url}${path}`);
    if (name === 'partner') await page.evaluate((l) => document.querySelectorAll('qi-reimbursement-estimator, qi-document-checklist').forEach((e) => e.setAttribute('lang', l)), lang);
    await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('qi-') && e.localName !== 'qi-provider').every((w) => w.shadowRoot?.querySelector('.root h2')));
    // a line of the estimator filled in: the total, its reasons and the file-by dates show
    const est = page.locator('qi-reimbursement-estimator').first();
    const measure = est.locator('select').first();
    if ((await measure.inputValue().catch(() => '')) === '') await measure.selectOption({ index: 1 }).catch(() => {});
    await est.locator('input[id$="-amount"]').first().fill('5000000').catch(() => {});
    await est.locator('input[type="date"]:not([id$="-filing-date"])').first().fill('2025-11-20').catch(() => {});
    await est.locator('[part~="total"]').waitFor({ timeout: 5000 }).catch(() => {});
    const file = `${root}screenshots/${name}-${lang}-${width}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
await server.close();
