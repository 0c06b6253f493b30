#!/usr/bin/env node
// Editor support from the Custom Elements Manifest: VS Code's HTML custom data (`vscode.html-custom-data.json`,
// for the `html.customData` setting) and JetBrains' web-types (`web-types.json`, found by the package's `web-types`
// field): every tag, its summary, its attributes with their descriptions, and the values an attribute takes where
// they are a closed list (the measures are the SDK's own list). Run by `pnpm build` after the manifest.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { MEASURES } from '@qazindustry/productivity-calculator';

const dir = fileURLToPath(new URL('../packages/widgets/', import.meta.url));
const manifest = JSON.parse(readFileSync(`${dir}custom-elements.json`, 'utf8'));
const pkg = JSON.parse(readFileSync(`${dir}package.json`, 'utf8'));

/** The closed lists of values, by attribute name. */
const VALUES = { measure: [...MEASURES], theme: ['light', 'dark', 'auto'], lang: ['kk', 'ru', 'en'] };
const BOOLEAN = (a) => /^boolean\b/.test(a.type?.text ?? '');

const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);

const vscode = {
  version: 1.1,
  tags: elements.map((d) => ({
    name: d.tagName,
    description: d.summary ?? d.description ?? '',
    attributes: (d.attributes ?? []).map((a) => ({
      name: a.name,
      description: a.description ?? '',
      ...(VALUES[a.name] ? { values: VALUES[a.name].map((name) => ({ name })) } : BOOLEAN(a) ? { valueSet: 'v' } : {}),
    })),
  })),
};

const webTypes = {
  $schema: 'https://raw.githubusercontent.com/JetBrains/web-types/master/schema/web-types.json',
  name: pkg.name,
  version: pkg.version,
  'description-markup': 'markdown',
  contributions: {
    html: {
      elements: elements.map((d) => ({
        name: d.tagName,
        description: d.summary ?? d.description ?? '',
        attributes: (d.attributes ?? []).map((a) => ({
          name: a.name,
          description: a.description ?? '',
          ...(VALUES[a.name] ? { value: { type: 'enum' }, values: VALUES[a.name].map((name) => ({ name })) } : BOOLEAN(a) ? { value: { type: 'boolean' } } : { value: { type: 'string' } }),
        })),
        events: (d.events ?? []).map((e) => ({ name: e.name, description: e.description ?? '' })),
        css: { properties: (d.cssProperties ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })), parts: (d.cssParts ?? []).map((p) => ({ name: p.name, description: p.description ?? '' })) },
      })),
    },
  },
};

writeFileSync(`${dir}vscode.html-custom-data.json`, JSON.stringify(vscode, null, 2) + '\n');
writeFileSync(`${dir}web-types.json`, JSON.stringify(webTypes, null, 2) + '\n');
console.log(`editor data: ${elements.length} elements → vscode.html-custom-data.json, web-types.json`);
