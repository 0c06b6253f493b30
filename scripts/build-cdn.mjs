#!/usr/bin/env node
// The CDN build: one self-contained ES module per widget, and one with all four, each loadable from a plain
// <script type="module" src>. Lit, the SDK and decimal.js are inlined in each file; each language is one chunk
// (the SDK's texts and the widget's words together), fetched only for a language the page shows, relative to the
// module's own URL. Output: packages/widgets/cdn/.
// (Not Vite's library mode: it leaves ES output unminified, to keep annotations for bundlers; a CDN file is final.)
import { build } from 'vite';
import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const outDir = `${root}packages/widgets/cdn`;
export const CDN_ENTRIES = {
  'qi-eligibility-checker': 'eligibility-checker/define.js',
  'qi-reimbursement-estimator': 'reimbursement-estimator/define.js',
  'qi-document-checklist': 'document-checklist/define.js',
  'qi-obligation-tracker': 'obligation-tracker/define.js',
  'qi-next-steps': 'next-steps/define.js',
  'qi-widgets': 'define.js',
};

rmSync(outDir, { recursive: true, force: true });
for (const [name, entry] of Object.entries(CDN_ENTRIES)) {
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
        input: { [name]: `${root}packages/widgets/dist/${entry}` },
        preserveEntrySignatures: 'exports-only',
        output: {
          format: 'es',
          entryFileNames: '[name].js',
          chunkFileNames: (chunk) => `${name}.${chunk.name.replace(/^pack-/, '')}-[hash].js`,
        },
      },
    },
  });
}
console.log(`CDN files written to ${outDir}`);
