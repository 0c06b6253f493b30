#!/usr/bin/env node
// The CDN build: one self-contained ES module per widget, and one with all four, each loadable from a plain
// <script type="module" src>. Lit, the SDK and decimal.js are inlined in each file; the languages are split into
// one chunk per language (the SDK's texts and the widget's words together), fetched only for a language a page
// shows, relative to the module's own URL. Output: packages/widgets/cdn/.
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
      lib: { entry: `${root}packages/widgets/dist/${entry}`, formats: ['es'], fileName: () => `${name}.js` },
      rolldownOptions: {
        output: {
          chunkFileNames: 'lang-[name]-[hash].js',
          codeSplitting: {
            groups: [
              { name: 'kk', test: /[\\/]i18n[\\/]kk\.js$/ },
              { name: 'ru', test: /[\\/]i18n[\\/]ru\.js$/ },
              { name: 'en', test: /[\\/]i18n[\\/]en\.js$/ },
            ],
          },
        },
      },
    },
  });
}
console.log(`CDN files written to ${outDir}`);
