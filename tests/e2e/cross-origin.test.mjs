// The CDN on another origin than the page (issue "Distribution that partners can follow", item 4): module scripts
// and the chunks they import are fetched in CORS mode, so the CDN must send `Access-Control-Allow-Origin`. A page on
// one origin loads two widget files from another: each file, the shared core and one language file, once each.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, serve } from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const pages = mkdtempSync(join(tmpdir(), 'qi-partner-'));
let cdn;
let bare;
let site;
let browser;

const page = (cdnUrl) => `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>partner</title><link rel="icon" href="data:,">
<script type="module" src="${cdnUrl}/qi/qi-eligibility-checker.js"></script>
<script type="module" src="${cdnUrl}/qi/qi-reimbursement-estimator.js"></script></head>
<body><qi-eligibility-checker measure="digital"></qi-eligibility-checker><qi-reimbursement-estimator measure="competence"></qi-reimbursement-estimator></body></html>`;

/**
 * The README's embedding snippet, its first two widgets (up to "Which documents?"), with the published CDN's address
 * (`https://cdn.jsdelivr.net/npm/<package>@<version>/cdn/`) pointed at the local CDN server.
 */
const PUBLISHED = 'https://cdn.jsdelivr.net/npm/@qazindustry/productivity-widgets@';
function readmeSnippet(cdnUrl) {
  const readme = readFileSync(`${root}README.md`, 'utf8');
  const block = readme.slice(readme.indexOf('## Embedding the widgets')).match(/```html\n([\s\S]*?)```/)[1];
  const firstTwo = block.slice(0, block.indexOf('<!-- Which documents? -->'));
  const version = JSON.parse(readFileSync(`${root}packages/widgets/package.json`, 'utf8')).version;
  assert.ok(firstTwo.includes(`${PUBLISHED}${version}/cdn/`), 'the README links the package version being built');
  return firstTwo.split(`${PUBLISHED}${version}/cdn/`).join(`${cdnUrl}/qi/`);
}

before(async () => {
  cdn = await serve({ '/qi/': `${root}packages/widgets/cdn/` }, { cors: true });
  bare = await serve({ '/qi/': `${root}packages/widgets/cdn/` });
  writeFileSync(join(pages, 'cors.html'), page(cdn.url));
  writeFileSync(join(pages, 'no-cors.html'), page(bare.url));
  const sri = JSON.parse(readFileSync(`${root}packages/widgets/cdn/integrity.json`, 'utf8'));
  const sriPage = (hash) => `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>SRI</title><link rel="icon" href="data:,">
<script type="module" src="${cdn.url}/qi/qi-eligibility-checker.js" integrity="${hash}" crossorigin="anonymous"></script></head>
<body><qi-eligibility-checker measure="digital"></qi-eligibility-checker></body></html>`;
  writeFileSync(join(pages, 'sri.html'), sriPage(sri['qi-eligibility-checker.js']));
  writeFileSync(join(pages, 'sri-bad.html'), sriPage(sri['qi-reimbursement-estimator.js']));
  writeFileSync(join(pages, 'readme.html'), `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>README</title><link rel="icon" href="data:,"></head><body>${readmeSnippet(cdn.url)}</body></html>`);
  site = await serve({ '/': `${pages}/` });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await Promise.all([cdn?.close(), bare?.close(), site?.close()]);
  rmSync(pages, { recursive: true, force: true });
});

test('a page on another origin loads two widget files, the core and one language file, once each, from a CDN that sends CORS', async () => {
  const p = await browser.newPage();
  const fetched = [];
  p.on('response', (r) => {
    if (r.url().startsWith(cdn.url)) fetched.push(new URL(r.url()).pathname.replace('/qi/', ''));
  });
  await p.goto(`${site.url}/cors.html`);
  for (const tag of ['qi-eligibility-checker', 'qi-reimbursement-estimator']) await p.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.root h2'), tag, { timeout: 15000 });
  await p.waitForLoadState('networkidle');
  assert.notEqual(new URL(site.url).origin, new URL(cdn.url).origin);
  const kinds = fetched.map((f) => f.replace(/-[\w-]{8}\.js$/, '.js')).sort();
  assert.deepEqual(kinds, ['qi-eligibility-checker.js', 'qi-reimbursement-estimator.js', 'qi.core.js', 'qi.ru.js'], fetched.join(', '));
  await p.close();
});

test("the README's snippet, from another origin: the checker (ru) and the estimator (kk) render, each file fetched once", async () => {
  const p = await browser.newPage();
  const fetched = [];
  p.on('response', (r) => {
    if (r.url().startsWith(cdn.url)) fetched.push(new URL(r.url()).pathname.replace('/qi/', ''));
  });
  await p.goto(`${site.url}/readme.html`);
  for (const tag of ['qi-eligibility-checker', 'qi-reimbursement-estimator']) await p.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.root h2'), tag, { timeout: 15000 });
  await p.waitForLoadState('networkidle');
  const kinds = fetched.map((f) => f.replace(/-[\w-]{8}\.js$/, '.js')).sort();
  assert.deepEqual(kinds, ['qi-eligibility-checker.js', 'qi-reimbursement-estimator.js', 'qi.core.js', 'qi.kk.js', 'qi.ru.js'], fetched.join(', '));
  await p.close();
});

test('without CORS headers the widget files do not load (why "Host it yourself" asks for them)', async () => {
  const p = await browser.newPage();
  const errors = [];
  p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await p.goto(`${site.url}/no-cors.html`);
  await p.waitForTimeout(1000);
  assert.equal(await p.evaluate(() => !!customElements.get('qi-eligibility-checker')), false);
  assert.ok(errors.some((e) => /CORS|Access-Control-Allow-Origin/i.test(e)), errors.join('\n'));
  await p.close();
});

test('the integrity the build prints (cdn/integrity.json) lets the widget file load; another file’s does not', async () => {
  const good = await browser.newPage();
  await good.goto(`${site.url}/sri.html`);
  await good.waitForFunction(() => document.querySelector('qi-eligibility-checker')?.shadowRoot?.querySelector('.root h2'), null, { timeout: 15000 });
  await good.close();
  const bad = await browser.newPage();
  const errors = [];
  bad.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  await bad.goto(`${site.url}/sri-bad.html`);
  await bad.waitForTimeout(1000);
  assert.equal(await bad.evaluate(() => !!customElements.get('qi-eligibility-checker')), false);
  assert.ok(errors.some((e) => /integrity/i.test(e)), errors.join('\n'));
  await bad.close();
});
