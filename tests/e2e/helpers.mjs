// Shared by the end-to-end tests: a static file server on 127.0.0.1 and a Chromium (Debian's) driven by
// playwright-core. Nothing leaves localhost.
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.json': 'application/json', '.svg': 'image/svg+xml', '.png': 'image/png', '.woff2': 'font/woff2' };

/**
 * Serves `routes` (URL prefix → directory) on a free port; `headers` (an object, or a function of the URL) are added to HTML responses. With `cdn: true`
 * it answers as a CDN would: gzip, and long caching for hashed assets (for the benchmarks); with `cors: true` it lets
 * any origin load its files (`Access-Control-Allow-Origin: *`), as a CDN on another origin must for module scripts.
 */
export async function serve(routes, { headers = {}, cdn = false, cors = false } = {}) {
  const server = createServer((req, res) => {
    const url = decodeURIComponent((req.url ?? '/').split('?')[0]);
    for (const [prefix, dir] of Object.entries(routes)) {
      if (!url.startsWith(prefix)) continue;
      let file = normalize(join(dir, url.slice(prefix.length)));
      if (!file.startsWith(normalize(dir))) break;
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) break;
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const extra = typeof headers === 'function' ? headers(url) : headers;
      const head = { 'Content-Type': type, ...(type.startsWith('text/html') ? extra : {}), ...(cors ? { 'Access-Control-Allow-Origin': '*' } : {}) };
      if (cdn) {
        if (!type.startsWith('text/html')) head['Cache-Control'] = 'public, max-age=31536000, immutable';
        if (/gzip/.test(req.headers['accept-encoding'] ?? '') && /^(text|application\/json|image\/svg)/.test(type)) {
          res.writeHead(200, { ...head, 'Content-Encoding': 'gzip', Vary: 'Accept-Encoding' });
          createReadStream(file).pipe(createGzip({ level: 9 })).pipe(res);
          return;
        }
      }
      res.writeHead(200, head);
      createReadStream(file).pipe(res);
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((r) => server.close(r)) };
}

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

export function launch() {
  return chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

/** A page that records console errors and page errors (and fails no request to another host: there is none). */
export async function openPage(browser, url, viewport = { width: 1100, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) errors.push(m.text());
  });
  page.on('response', (r) => {
    if (r.status() >= 400 && !r.url().endsWith('/favicon.ico')) errors.push(`${r.status()} ${r.url()}`);
  });
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('request', (r) => {
    if (!r.url().startsWith('http://127.0.0.1') && !r.url().startsWith('data:') && !r.url().startsWith('blob:')) errors.push(`request to ${r.url()}`);
  });
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}
