#!/usr/bin/env node
// The CDN build: one ES module per widget, and one with all of them, each loadable from a plain
// <script type="module" src>. The files are built together, so that what they have in common — Lit, the SDK,
// decimal.js, zod, the widgets' shared code, each language — is one chunk with a content-hashed name that every
// widget file imports: a page with two, three or four widget files fetches each shared byte once (and a browser
// caches it across pages). Each language is a chunk of its own (the SDK's texts and the widgets' words together),
// fetched only for a language the page shows. Every chunk is fetched relative to the module's own URL, so the
// folder is deployed as a whole. Output: packages/widgets/cdn/.
// (Not Vite's library mode: it leaves ES output unminified, to keep annotations for bundlers; a CDN file is final.)
import { build } from 'vite';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = process.env.QI_CDN_OUT ?? `${root}packages/widgets/cdn`;
export const CDN_ENTRIES = {
  'qi-eligibility-checker': 'eligibility-checker/define.js',
  'qi-reimbursement-estimator': 'reimbursement-estimator/define.js',
  'qi-document-checklist': 'document-checklist/define.js',
  'qi-obligation-tracker': 'obligation-tracker/define.js',
  'qi-next-steps': 'next-steps/define.js',
  'qi-widgets': 'define.js',
};

rmSync(outDir, { recursive: true, force: true });

/**
 * What two or more widget files share, in one chunk `qi.core-<hash>.js`: Lit, @lit/context, the SDK (not its texts),
 * decimal.js, zod, the provider and the widgets' shared code (not their words). A widget file holds its own element
 * and imports the core: one step, no chain of small chunks.
 */
const CORE = /node_modules|packages\/calculator\/dist\/(?!i18n\/)|packages\/widgets\/dist\/(?:provider\/|shared\/(?!i18n\/))/;

async function bundle(entries) {
  await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      outDir,
      emptyOutDir: false,
      target: 'es2022',
      minify: true,
      modulePreload: false,
      copyPublicDir: false,
      rolldownOptions: {
        input: Object.fromEntries(entries.map((name) => [name, `${root}packages/widgets/dist/${CDN_ENTRIES[name]}`])),
        preserveEntrySignatures: 'exports-only',
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          // (a module only one widget file uses stays in that file)
          codeSplitting: { groups: [{ name: 'core', test: CORE, minShareCount: 2 }] },
          // qi.core-<hash>.js, qi.ru-<hash>.js, qi.annexes-kk-<hash>.js: named by their content, so a chunk that two
          // builds make alike is one file, and a browser caches each for good
          chunkFileNames: (chunk) => `qi.${chunk.name.replace(/^pack-/, '')}-[hash].js`,
        },
      },
    },
  });
}

// the per-widget files together (they share the core and the languages), then the all-in-one file on its own (a page
// uses one or the other; built with the per-widget files, each widget would become a chunk of its own, one more step)
await bundle(Object.keys(CDN_ENTRIES).filter((n) => n !== 'qi-widgets'));
await bundle(['qi-widgets']);
// Subresource Integrity of every file (`integrity="sha384-…"` on a <script>, or an import map's "integrity"),
// written beside them and printed for the widget files a page links
const integrity = {};
for (const f of readdirSync(outDir).filter((n) => n.endsWith('.js')).sort()) {
  integrity[f] = `sha384-${createHash('sha384').update(readFileSync(`${outDir}/${f}`)).digest('base64')}`;
}
writeFileSync(`${outDir}/integrity.json`, JSON.stringify(integrity, null, 2) + '\n');
console.log(`CDN files written to ${outDir}`);
for (const name of Object.keys(CDN_ENTRIES)) console.log(`  ${name}.js  integrity="${integrity[`${name}.js`]}"`);
