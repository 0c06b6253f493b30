// Nothing downloaded twice (issue "Fast on a low-end phone", item 2): a page with two, three or four per-widget CDN
// files fetches each shared chunk (Lit, the SDK, decimal.js, zod, the widgets' shared code, the page's language) once:
// every URL is requested once, no two responses carry the same bytes, and each added widget file adds only its own.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import { launch, serve } from './helpers.mjs';

const root = fileURLToPath(new URL('../../', import.meta.url));
const WIDGETS = ['qi-eligibility-checker', 'qi-reimbursement-estimator', 'qi-document-checklist', 'qi-obligation-tracker'];
let server;
let browser;

before(async () => {
  server = await serve({ '/cdn/': `${root}packages/widgets/cdn/`, '/': `${root}tests/e2e/fixtures/` });
  browser = await launch();
});
after(async () => {
  await browser?.close();
  await server?.close();
});

/** Opens the page with these widget files; returns every script response: URL → { count, bytes, hash }. */
async function load(files) {
  const page = await browser.newPage();
  const seen = new Map();
  const bodies = [];
  page.on('response', (r) => {
    if (!r.url().includes('/cdn/')) return;
    bodies.push(
      r.body().then((b) => {
        const url = new URL(r.url()).pathname;
        const was = seen.get(url);
        seen.set(url, { count: (was?.count ?? 0) + 1, bytes: b.length, hash: createHash('sha256').update(b).digest('hex') });
      }),
    );
  });
  await page.goto(`${server.url}/widget-files.html?files=${files.join(',')}`);
  for (const tag of files) await page.waitForFunction((t) => document.querySelector(t)?.shadowRoot?.querySelector('.root h2'), tag, { timeout: 15000 });
  await page.waitForLoadState('networkidle');
  await Promise.all(bodies);
  await page.close();
  return seen;
}

const total = (seen) => [...seen.values()].reduce((s, x) => s + x.bytes, 0);

for (const n of [2, 3, 4]) {
  test(`${n} per-widget files on one page fetch every shared chunk once, and no two files carry the same bytes`, async () => {
    const seen = await load(WIDGETS.slice(0, n));
    for (const [url, x] of seen) assert.equal(x.count, 1, `${url} fetched ${x.count} times`);
    const byHash = new Map();
    for (const [url, x] of seen) byHash.set(x.hash, [...(byHash.get(x.hash) ?? []), url]);
    for (const urls of byHash.values()) assert.equal(urls.length, 1, `the same bytes under ${urls.join(', ')}`);
    // each file beyond the first adds only what is its own: less than half of what one widget page fetches
    const one = total(await load(WIDGETS.slice(0, 1)));
    const all = total(seen);
    assert.ok(all - one < ((n - 1) * one) / 2, `${n} files fetch ${all} bytes; one fetches ${one}`);
  });
}
