#!/usr/bin/env node
// Screenshots of both demo pages in each language, written to screenshots/ (not committed). Run after
// `vite build` of the demo: `pnpm screenshots` does both.
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { launch, serve } from '../tests/e2e/helpers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
mkdirSync(`${root}screenshots`, { recursive: true });
const server = await serve({ '/cdn/': `${root}packages/widgets/cdn/`, '/': `${root}build/demo/` });
const browser = await launch();
for (const lang of ['kk', 'ru', 'en']) {
  for (const [name, path] of [['government', `/index.html?lang=${lang}`], ['partner', '/partner.html']]) {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await page.goto(`${server.url}${path}`);
    if (name === 'partner') await page.evaluate((l) => document.querySelectorAll('qi-reimbursement-estimator, qi-document-checklist').forEach((e) => e.setAttribute('lang', l)), lang);
    await page.waitForFunction(() => [...document.querySelectorAll('*')].filter((e) => e.localName.startsWith('qi-') && e.localName !== 'qi-provider').every((w) => w.shadowRoot?.querySelector('.root h2')));
    const file = `${root}screenshots/${name}-${lang}.png`;
    await page.screenshot({ path: file, fullPage: true });
    console.log(file);
    await page.close();
  }
}
await browser.close();
await server.close();
