#!/usr/bin/env node
// The widgets' budgets, measured (not a test): bytes of each CDN file, time to first rendered result with 4× CPU
// throttling, keystroke to updated estimate, Lighthouse on a page with all four widgets. Prints a table, writes the
// `widgets` key of bench/results.json, and says pass or fail for each budget. Run after `pnpm run build`.
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { spawn, spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { launch, serve, CHROMIUM_ARGS } from '../tests/e2e/helpers.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const cdn = `${root}packages/widgets/cdn/`;
const KB = (n) => Math.round((n / 1024) * 10) / 10;
const gz = (buf) => gzipSync(buf, { level: 9 }).length;
// CDNs serve brotli where the browser takes it (every current one): the bytes a visitor actually downloads
const br = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const BUDGET = { oneWidgetKb: 35, allFourKb: 55, fourFilesKb: 68, firstResultMs: 150, keystrokeMs: 16, largestKeystrokeMs: 100, refuseMillionLinesMs: 1000, a11y: 100, perf: 95 };
const WIDGETS = ['qi-eligibility-checker', 'qi-reimbursement-estimator', 'qi-document-checklist', 'qi-obligation-tracker'];

// ── sizes ───────────────────────────────────────────────────────────────────────────────────────────────────
const files = readdirSync(cdn).filter((f) => f.endsWith('.js'));
/**
 * What a page fetches for these entry files: each file, every chunk it imports statically (the core), and the chunk
 * of one language (the annexes' translations only with the checklist, the one widget that loads them). A chunk two
 * entries share counts once, as the browser fetches it once.
 */
function closure(entries, lang) {
  const list = Array.isArray(entries) ? entries : [entries];
  const annexes = list.some((e) => /qi-document-checklist|qi-widgets/.test(e));
  const seen = new Set();
  const visit = (f) => {
    if (seen.has(f)) return;
    seen.add(f);
    const src = readFileSync(cdn + f, 'utf8');
    for (const m of src.matchAll(/(?:from|import)\s*["'`]\.\/([\w.-]+\.js)["'`]/g)) visit(m[1]);
    for (const m of src.matchAll(/import\(["'`]\.\/([\w-]+\.(annexes-)?(kk|ru|en)-[\w-]+\.js)["'`]\)/g)) if (m[3] === lang && (!m[2] || annexes)) visit(m[1]);
  };
  list.forEach(visit);
  return [...seen];
}
const sizes = {};
for (const f of files) {
  const buf = readFileSync(cdn + f);
  sizes[f] = { min: buf.length, gzip: gz(buf), brotli: br(buf) };
}
const withLang = (entry, lang) => closure(entry, lang).reduce((s, f) => s + sizes[f].gzip, 0);
const withLangBr = (entry, lang) => closure(entry, lang).reduce((s, f) => s + sizes[f].brotli, 0);
const perWidget = Object.fromEntries(WIDGETS.map((w) => [w, Object.fromEntries(['kk', 'ru', 'en'].map((l) => [l, withLang(`${w}.js`, l)]))]));
const allFour = Object.fromEntries(['kk', 'ru', 'en'].map((l) => [l, withLang('qi-widgets.js', l)]));
// per-widget files side by side on one page: what they share is fetched once
const perWidgetFiles = Object.fromEntries([2, 4].map((n) => [n, Object.fromEntries(['kk', 'ru', 'en'].map((l) => [l, withLang(WIDGETS.slice(0, n).map((w) => `${w}.js`), l)]))]));

// ── timings in Chromium ─────────────────────────────────────────────────────────────────────────────────────
const server = await serve({ '/cdn/': cdn, '/bench/': `${root}bench/` }, { cdn: true });
const browser = await launch();
const timings = {};
for (const tag of WIDGETS) {
  const runs = [];
  for (let i = 0; i < 5; i++) {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await page.goto(`${server.url}/bench/fixtures/widget.html?file=/cdn/${tag}.js&tag=${tag}`);
    await page.waitForFunction(() => window.__firstResult !== undefined, null, { timeout: 30000, polling: 50 });
    runs.push(await page.evaluate(() => window.__firstResult));
    await page.close();
  }
  timings[tag] = { firstResultMs: median(runs), runs };
}
// keystroke → updated estimate, unthrottled: type one more digit into an amount and wait for the re-render
{
  const page = await browser.newPage();
  await page.goto(`${server.url}/bench/fixtures/widget.html?file=/cdn/qi-reimbursement-estimator.js&tag=qi-reimbursement-estimator`);
  await page.waitForFunction(() => window.__firstResult !== undefined, null, { polling: 50 });
  const runs = await page.evaluate(async () => {
    const el = document.querySelector('qi-reimbursement-estimator');
    const input = [...el.shadowRoot.querySelectorAll('input')].find((i) => i.id.endsWith('-amount') && !i.id.includes('-p'));
    const out = [];
    for (let i = 0; i < 40; i++) {
      const t0 = performance.now();
      input.value = `${60000000 + i}`;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await el.updateComplete;
      out.push(performance.now() - t0);
    }
    return out;
  });
  timings.keystrokeMs = { median: median(runs.slice(5)), max: Math.max(...runs.slice(5)) };
  await page.close();
}
// the largest inputs the SDK takes: a keystroke in an estimate of 500 lines (a 5 000-line draft is cut to 500 before
// rendering), and a 1 M-line revenue file refused by the tracker (issue "The widgets in the field" measured 17 s per
// keystroke and a dead tab before the limits)
{
  const page = await browser.newPage();
  await page.goto(`${server.url}/bench/fixtures/widget.html?file=/cdn/qi-widgets.js&tag=qi-eligibility-checker`);
  await page.waitForFunction(() => window.__firstResult !== undefined, null, { polling: 50 });
  const big = await page.evaluate(async () => {
    const line = { costType: 'progressive-technologies', amount: '1000', currency: 'KZT', rate: '', date: '2025-06-01' };
    localStorage.setItem('qi:qi-reimbursement-estimator:v1:bench', JSON.stringify({ v: 1, inputs: { measure: 'organization', lines: Array.from({ length: 5000 }, () => line), alreadyReceived: '' } }));
    const t0 = performance.now();
    const est = document.createElement('qi-reimbursement-estimator');
    est.setAttribute('lang', 'en');
    est.setAttribute('persist', '');
    est.setAttribute('persist-key', 'bench');
    est.setAttribute('application-date', '2026-03-31');
    document.body.append(est);
    await est.updateComplete;
    const openMs = performance.now() - t0;
    const input = est.shadowRoot.querySelector('input[id$="-amount"]');
    const keys = [];
    for (let i = 0; i < 15; i++) {
      const k0 = performance.now();
      input.value = `${2000 + i}`;
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await est.updateComplete;
      keys.push(performance.now() - k0);
    }
    localStorage.removeItem('qi:qi-reimbursement-estimator:v1:bench');
    est.remove();
    const tracker = document.createElement('qi-obligation-tracker');
    tracker.setAttribute('lang', 'en');
    document.body.append(tracker);
    await tracker.updateComplete;
    const picker = tracker.shadowRoot.querySelector('input[type="file"]');
    const dt = new DataTransfer();
    dt.items.add(new File(['2026-Q1;100\n'.repeat(1_000_000)], 'revenue.csv'));
    picker.files = dt.files;
    const note = () => tracker.shadowRoot.querySelector('details [role="status"]')?.textContent?.trim();
    const i0 = performance.now();
    picker.dispatchEvent(new Event('change', { bubbles: true }));
    while (!note()) await new Promise((r) => setTimeout(r, 5));
    const importMs = performance.now() - i0;
    keys.sort((a, b) => a - b);
    return { lines: est.shadowRoot.querySelectorAll('fieldset[part="line"]').length, openMs, keystrokeMs: keys[Math.floor(keys.length / 2)], importMs, note: note() };
  });
  timings.largest = big;
  await page.close();
}
await browser.close();
await server.close();

// ── Lighthouse on the demo page with all four widgets (built) ────────────────────────────────────────────
let lighthouse = { skipped: 'not run' };
const lhBin = `${root}node_modules/.bin/lighthouse`;
if (existsSync(lhBin) && !process.env.BENCH_NO_LIGHTHOUSE) {
  spawnSync(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '--config', 'vite.config.ts', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  const demo = await serve({ '/cdn/': cdn, '/': `${root}build/demo/` }, { cdn: true });
  // asynchronously: the server above runs in this process and must keep answering while Lighthouse loads the page
  const out = await new Promise((resolve) => {
    const child = spawn(lhBin, [`${demo.url}/index.html`, '--quiet', '--output=json', '--only-categories=accessibility,performance', '--chrome-flags=--headless=new --no-sandbox --disable-gpu --no-first-run'], {
      env: { ...process.env, CHROME_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), 180000);
    child.on('close', () => {
      clearTimeout(timer);
      resolve({ stdout, stderr });
    });
  });
  await demo.close();
  try {
    const report = JSON.parse(out.stdout);
    lighthouse = {
      accessibility: Math.round(report.categories.accessibility.score * 100),
      performance: Math.round(report.categories.performance.score * 100),
      metrics: Object.fromEntries(['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index'].map((id) => [id, report.audits[id]?.displayValue])),
      belowPar: Object.values(report.audits).filter((a) => a.score !== null && a.score < 0.9 && !['informative', 'notApplicable', 'manual'].includes(a.scoreDisplayMode)).map((a) => `${a.id}${a.displayValue ? ` (${a.displayValue})` : ''}`),
    };
  } catch {
    lighthouse = { error: (out.stderr || '').slice(-500) };
  }
}

// ── report ──────────────────────────────────────────────────────────────────────────────────────────────
const rows = [];
const row = (what, value, budget, pass) => rows.push({ what, value, budget, result: pass === undefined ? '' : pass ? 'pass' : 'FAIL' });
for (const f of files.sort()) row(`${f} (min / gzip / brotli)`, `${KB(sizes[f].min)} KB / ${KB(sizes[f].gzip)} KB / ${KB(sizes[f].brotli)} KB`, '', undefined);
for (const w of WIDGETS) {
  const worst = Math.max(...Object.values(perWidget[w]));
  row(`${w} + its language, gzip (kk / ru / en)`, Object.values(perWidget[w]).map((b) => `${KB(b)}`).join(' / ') + ' KB', `≤ ${BUDGET.oneWidgetKb} KB`, KB(worst) <= BUDGET.oneWidgetKb);
}
const worstAll = Math.max(...Object.values(allFour));
for (const n of [2, 4]) {
  const worst = Math.max(...Object.values(perWidgetFiles[n]));
  row(`${n} per-widget files on one page + one language, gzip (kk / ru / en)`, Object.values(perWidgetFiles[n]).map((b) => `${KB(b)}`).join(' / ') + ' KB', n === 4 ? `≤ ${BUDGET.fourFilesKb} KB` : '', n === 4 ? KB(worst) <= BUDGET.fourFilesKb : undefined);
}
for (const [label, entries] of [['one widget (checker) + ru', 'qi-eligibility-checker.js'], ['4 per-widget files + ru', WIDGETS.map((w) => `${w}.js`)], ['all four in one file + ru', 'qi-widgets.js']]) {
  row(`${label}, brotli (what a CDN serves)`, `${KB(withLangBr(entries, 'ru'))} KB`, '', undefined);
}
row('all four + one language, gzip (kk / ru / en)', Object.values(allFour).map((b) => `${KB(b)}`).join(' / ') + ' KB', `≤ ${BUDGET.allFourKb} KB`, KB(worstAll) <= BUDGET.allFourKb);
for (const w of WIDGETS) row(`${w}: script start → first result, 4× CPU throttling`, `${timings[w].firstResultMs.toFixed(0)} ms`, `≤ ${BUDGET.firstResultMs} ms`, timings[w].firstResultMs <= BUDGET.firstResultMs);
row('keystroke → updated estimate (median of 35)', `${timings.keystrokeMs.median.toFixed(1)} ms (max ${timings.keystrokeMs.max.toFixed(1)})`, `≤ ${BUDGET.keystrokeMs} ms`, timings.keystrokeMs.median <= BUDGET.keystrokeMs);
row(`a 5 000-line draft opened (cut to the SDK's ${timings.largest.lines} lines)`, `${timings.largest.openMs.toFixed(0)} ms`, '', undefined);
row('keystroke → updated estimate of 500 lines (median of 15)', `${timings.largest.keystrokeMs.toFixed(1)} ms`, `≤ ${BUDGET.largestKeystrokeMs} ms`, timings.largest.keystrokeMs <= BUDGET.largestKeystrokeMs);
row('a 1 M-line revenue file refused by the tracker', `${timings.largest.importMs.toFixed(0)} ms`, `≤ ${BUDGET.refuseMillionLinesMs} ms`, timings.largest.importMs <= BUDGET.refuseMillionLinesMs);
if ('accessibility' in lighthouse) {
  row('Lighthouse accessibility, demo page with all four', String(lighthouse.accessibility), `= ${BUDGET.a11y}`, lighthouse.accessibility >= BUDGET.a11y);
  row('Lighthouse performance, demo page with all four', String(lighthouse.performance), `≥ ${BUDGET.perf}`, lighthouse.performance >= BUDGET.perf);
} else row('Lighthouse', JSON.stringify(lighthouse).slice(0, 80), '', false);

const w1 = Math.max(...rows.map((r) => r.what.length));
const w2 = Math.max(...rows.map((r) => r.value.length));
console.log(`\n${'measure'.padEnd(w1)}  ${'value'.padEnd(w2)}  budget     result`);
for (const r of rows) console.log(`${r.what.padEnd(w1)}  ${r.value.padEnd(w2)}  ${r.budget.padEnd(9)}  ${r.result}`);

const resultsFile = `${root}bench/results.json`;
const results = existsSync(resultsFile) ? JSON.parse(readFileSync(resultsFile, 'utf8')) : {};
results.widgets = { date: new Date().toISOString(), node: process.version, budgets: BUDGET, sizes, perWidget, perWidgetFiles, allFour, timings, lighthouse, table: rows };
writeFileSync(resultsFile, JSON.stringify(results, null, 2) + '\n');
console.log('\nwrote bench/results.json (key "widgets")');
