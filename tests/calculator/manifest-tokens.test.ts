// The Custom Elements Manifest tells the truth about theming (issue "Distribution that partners can follow", item 3):
// every `--qi-*` token the widgets' styles read is listed for every widget, with the light theme's default as the
// styles have it, and the manifest lists no token the styles do not read. Reads packages/widgets/custom-elements.json
// (made by the build) and packages/widgets/src/shared/styles.ts.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const norm = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Each token the base styles read, with the fallback of its first (the light theme's) `var(--qi-…, fallback)`. */
function tokensInStyles(): Map<string, string> {
  const source = readFileSync(join(ROOT, 'packages/widgets/src/shared/styles.ts'), 'utf8');
  // the light theme is the `:host` block of the base styles; the dark theme's tokens are defined above it
  const css = source.slice(source.indexOf('export const baseStyles'));
  const out = new Map<string, string>();
  for (const m of css.matchAll(/var\((--qi-[a-z-]+)\s*,\s*((?:[^()]|\([^()]*\))*)\)/g)) if (!out.has(m[1]!)) out.set(m[1]!, norm(m[2]!));
  return out;
}

interface Declaration {
  tagName?: string;
  customElement?: boolean;
  cssProperties?: { name: string; default?: string }[];
}

function widgets(): Declaration[] {
  const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/widgets/custom-elements.json'), 'utf8')) as { modules: { declarations?: Declaration[] }[] };
  return manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName && d.tagName !== 'qi-provider');
}

test('the styles read the tokens the test expects (the reading itself works)', () => {
  const tokens = tokensInStyles();
  assert.equal(tokens.get('--qi-accent'), '#0b5cad');
  assert.equal(tokens.get('--qi-loading-height'), '10em');
  assert.ok(tokens.size >= 15, [...tokens.keys()].join(', '));
});

test('every widget lists every token its styles read, each with the styles’ light default, and no other', () => {
  const tokens = tokensInStyles();
  const list = widgets();
  assert.ok(list.length >= 5, 'the manifest has the widgets');
  for (const w of list) {
    const listed = new Map((w.cssProperties ?? []).map((p) => [p.name, norm(p.default ?? '')]));
    assert.deepEqual([...listed.keys()].sort(), [...tokens.keys()].sort(), `${w.tagName}: the tokens listed`);
    for (const [name, fallback] of tokens) assert.equal(listed.get(name), fallback, `${w.tagName}: the default of ${name}`);
  }
});

test('the editors’ data (VS Code custom data, web-types) lists every element and attribute of the manifest, with the SDK’s measures', async () => {
  const { MEASURES } = await import('@qazindustry/productivity-calculator');
  const vscode = JSON.parse(readFileSync(join(ROOT, 'packages/widgets/vscode.html-custom-data.json'), 'utf8')) as { tags: { name: string; attributes: { name: string; values?: { name: string }[] }[] }[] };
  const webTypes = JSON.parse(readFileSync(join(ROOT, 'packages/widgets/web-types.json'), 'utf8')) as { contributions: { html: { elements: { name: string; attributes: { name: string }[] }[] } } };
  const manifest = JSON.parse(readFileSync(join(ROOT, 'packages/widgets/custom-elements.json'), 'utf8')) as { modules: { declarations?: (Declaration & { attributes?: { name: string }[] })[] }[] };
  const elements = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement && d.tagName);
  assert.equal(elements.length, 6);
  for (const d of elements) {
    const attrs = (d.attributes ?? []).map((a) => a.name).sort();
    assert.deepEqual(vscode.tags.find((t) => t.name === d.tagName)?.attributes.map((a) => a.name).sort(), attrs, `${d.tagName} in VS Code data`);
    assert.deepEqual(webTypes.contributions.html.elements.find((t) => t.name === d.tagName)?.attributes.map((a) => a.name).sort(), attrs, `${d.tagName} in web-types`);
  }
  const measure = vscode.tags.find((t) => t.name === 'qi-reimbursement-estimator')!.attributes.find((a) => a.name === 'measure')!;
  assert.deepEqual(measure.values?.map((v) => v.name), [...MEASURES]);
});
