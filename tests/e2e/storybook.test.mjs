// Opens every story of the static Storybook build (storybook-static/, built by `pnpm build-storybook` or by the test
// command) in headless Chromium: no console or page error, and every story renders something.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { launch, serve } from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const index = JSON.parse(readFileSync(`${root}storybook-static/index.json`, 'utf8'));
const stories = Object.values(index.entries).filter((e) => e.type === 'story');
let server;
let browser;

// The widgets' reflow measurements (tests/widgets/reflow.ts), made a script for the story pages: every story at
// 320, 390 and 768 px and at 400 % zoom keeps every box inside its widget (WCAG 1.4.10).
const reflowScript = `window.__reflow = (() => {${ts
  .transpileModule(readFileSync(`${root}tests/widgets/reflow.ts`, 'utf8'), { compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext } })
  .outputText.replace(/^export /gm, '')}
  return { overflowingBoxes, openAllDetails };
})();`;
const WIDTHS = [320, 390, 768];

before(async () => {
  server = await serve({ '/': `${root}storybook-static/` });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

test('Storybook has a story for every widget state that matters', () => {
  assert.ok(stories.length >= 40, `${stories.length} stories`);
  for (const w of ['eligibility-checker', 'reimbursement-estimator', 'document-checklist', 'obligation-tracker']) {
    const names = stories.filter((s) => s.id.startsWith(`widgets-${w}--`)).map((s) => s.name.toLowerCase());
    for (const needed of ['empty', 'kazakh', 'english', 'dark', 'narrow mobile', 'error']) {
      assert.ok(names.some((n) => n.includes(needed)), `${w} has no “${needed}” story`);
    }
  }
});

test('the Docs page lists share as an attribute, and the parts as ::part(…) (a part named share had replaced it)', async () => {
  const page = await browser.newPage();
  await page.goto(`${server.url}/iframe.html?viewMode=docs&id=widgets-reimbursement-estimator--docs`);
  await page.waitForSelector('.docblock-argstable tbody tr', { timeout: 20000 });
  const rows = await page.$$eval('.docblock-argstable tbody tr', (trs) => trs.map((tr) => tr.innerText.replace(/\s+/g, ' ').trim()));
  const share = rows.filter((r) => /^share\b/.test(r));
  assert.equal(share.length, 1, rows.join('\n'));
  assert.match(share[0], /link that reopens|share/i);
  assert.ok(rows.some((r) => r.startsWith('::part(share)')), rows.join('\n'));
  await page.close();
});

test('<qi-provider> has a Docs page listing its attributes and properties', async () => {
  assert.equal(index.entries['widgets-provider--docs']?.type, 'docs');
  const page = await browser.newPage();
  await page.goto(`${server.url}/iframe.html?viewMode=docs&id=widgets-provider--docs`);
  await page.waitForSelector('.docblock-argstable tbody tr', { timeout: 20000 });
  const names = await page.$$eval('.docblock-argstable tbody tr td:first-child', (tds) => tds.map((td) => td.innerText.trim()));
  for (const n of ['lang', 'application-date', 'rateProvider', 'draftStore']) assert.ok(names.some((x) => x.startsWith(n)), `${n} in ${names.join(', ')}`);
  await page.close();
});

test('the Theming Docs page has a control for every token the manifest lists', async () => {
  const manifest = JSON.parse(readFileSync(`${root}packages/widgets/custom-elements.json`, 'utf8'));
  const tokens = manifest.modules.flatMap((m) => m.declarations ?? []).find((d) => d.tagName === 'qi-reimbursement-estimator').cssProperties.map((p) => p.name);
  assert.ok(tokens.length >= 16, tokens.join(', '));
  const page = await browser.newPage();
  await page.goto(`${server.url}/iframe.html?viewMode=docs&id=widgets-theming--docs`);
  await page.waitForSelector('.docblock-argstable tbody tr', { timeout: 20000 });
  const names = await page.$$eval('.docblock-argstable tbody tr td:first-child', (tds) => tds.map((td) => td.innerText.trim()));
  for (const t of tokens) assert.ok(names.some((n) => n.startsWith(t)), `${t} in ${names.join(', ')}`);
  await page.close();
});

for (const story of stories) {
  test(`story ${story.id} renders without an error and reflows at 320, 390, 768 px and 400 % zoom`, async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 700 } });
    const errors = [];
    page.on('console', (m) => m.type() === 'error' && !m.text().startsWith('Failed to load resource') && errors.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    // the browser asks for /favicon.ico by itself; any other failed request is an error
    page.on('response', (r) => r.status() >= 400 && !r.url().endsWith('/favicon.ico') && errors.push(`${r.status()} ${r.url()}`));
    await page.goto(`${server.url}/iframe.html?id=${story.id}&viewMode=story`, { waitUntil: 'load' });
    await page.waitForSelector('#storybook-root > *', { state: 'attached', timeout: 8000 });
    // every widget in the story has rendered its heading inside its shadow root
    await page.waitForFunction(() => {
      const widgets = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('qi-') && e.localName !== 'qi-provider');
      return widgets.length > 0 && widgets.every((w) => w.shadowRoot?.querySelector('.root h2'));
    }, null, { timeout: 8000 });
    const shown = await page.evaluate(() => document.body.classList.contains('sb-show-errordisplay'));
    assert.equal(shown, false, 'Storybook shows its error display');
    assert.deepEqual(errors, []);
    // reflow: no box leaves its widget at 320 / 390 / 768 px or at 400 % zoom, every reading unfolded
    await page.addScriptTag({ content: reflowScript });
    const overflow = () =>
      page.evaluate(() => {
        const widgets = [...document.querySelectorAll('#storybook-root *')].filter((e) => e.localName.startsWith('qi-') && e.localName !== 'qi-provider');
        for (const w of widgets) window.__reflow.openAllDetails(w);
        return widgets.flatMap((w) => window.__reflow.overflowingBoxes(w).map((p) => `${w.localName}: ${p.what} ${p.detail}`));
      });
    const settle = () => page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    for (const width of WIDTHS) {
      await page.setViewportSize({ width, height: 800 });
      await settle();
      assert.deepEqual(await overflow(), [], `at ${width} px`);
    }
    await page.setViewportSize({ width: 1280, height: 800 });
    await page.evaluate(() => { document.documentElement.style.zoom = '4'; });
    await settle();
    assert.deepEqual(await overflow(), [], 'at 400 % zoom');
    await page.close();
  });
}
