// The SDK's data flows one way: law/ (data and types) → rules/ (pure functions) → explain/ (texts) → the entries.
// This test reads the import statements of packages/calculator/src and fails when a module reaches upwards: a rule
// that imports a language pack or a renderer, an edition file that imports a rule. Type-only imports are erased by
// the compiler and load nothing, so they are allowed (the message keys' type comes from the English pack).
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, posix, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '../../../packages/calculator/src');

type Layer = 'law' | 'rules' | 'explain' | 'i18n' | 'entry';
/** What each layer may load at run time. */
const MAY_IMPORT: Readonly<Record<Layer, readonly Layer[]>> = {
  law: ['law'],
  rules: ['law', 'rules'],
  explain: ['law', 'rules', 'explain'],
  i18n: ['law'],
  entry: ['law', 'rules', 'explain', 'i18n', 'entry'],
};
/** Packages each layer may load. */
const PACKAGES: Readonly<Record<Layer, readonly string[]>> = {
  law: ['decimal.js'],
  rules: ['decimal.js', 'zod/mini'],
  explain: [],
  i18n: [],
  entry: [],
};

function layerOf(file: string): Layer {
  const top = file.split('/')[0]!;
  if (top === 'law' || top === 'rules' || top === 'explain' || top === 'i18n') return top;
  return 'entry';
}

/** Run-time imports of a source text: static imports and re-exports that are not `type`, and dynamic `import()`. */
export function runtimeImports(text: string): string[] {
  const source = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]/gm)) {
    if (!m[2]) out.push(m[4]!);
  }
  for (const m of source.matchAll(/^\s*import\s+['"]([^'"]+)['"]/gm)) out.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push(m[1]!);
  return out;
}

/** Every edge that breaks the layering, as `from → to`. */
export function violations(files: ReadonlyMap<string, string>): string[] {
  const bad: string[] = [];
  for (const [file, source] of files) {
    const layer = layerOf(file);
    for (const spec of runtimeImports(source)) {
      if (!spec.startsWith('.')) {
        if (!PACKAGES[layer].includes(spec) && layer !== 'entry') bad.push(`${file} → ${spec} (package)`);
        continue;
      }
      const target = posix.normalize(posix.join(posix.dirname(file), spec)).replace(/\.js$/, '.ts');
      if (!MAY_IMPORT[layer].includes(layerOf(target))) bad.push(`${file} → ${target}`);
    }
  }
  return bad;
}

function sources(dir: string, out = new Map<string, string>()): Map<string, string> {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (name.endsWith('.ts')) out.set(relative(SRC, p).split('\\').join('/'), readFileSync(p, 'utf8'));
  }
  return out;
}

describe('the layering of the SDK (law → rules → explain → entries)', () => {
  const files = sources(SRC);

  test('the source tree has the four layers', () => {
    const layers = new Set([...files.keys()].map(layerOf));
    for (const l of ['law', 'rules', 'explain', 'i18n', 'entry'] as const) assert.ok(layers.has(l), `no ${l} module found under ${SRC}`);
    assert.ok([...files.keys()].some((f) => f.startsWith('law/editions/2025-442/')), 'each edition is a folder of law/editions');
  });

  test('no module imports upwards: no rule reads a language pack or a renderer, no edition file imports a rule', () => {
    assert.deepEqual(violations(files), []);
  });

  test('the check itself catches a rule that imports a language pack and an edition that imports a rule', () => {
    const planted = new Map(files);
    planted.set('rules/reimbursement/planted.ts', "import ru from '../../i18n/ru.js';\nexport const x = ru;\n");
    planted.set('law/editions/2025-442/planted.ts', "import { estimateReimbursement } from '../../../rules/reimbursement/estimate.js';\n");
    planted.set('rules/planted-format.ts', "export { format } from '../explain/render.js';\n");
    planted.set('law/planted-type.ts', "import type en from '../i18n/en.js';\n");
    assert.deepEqual(violations(planted), [
      'rules/reimbursement/planted.ts → i18n/ru.ts',
      'law/editions/2025-442/planted.ts → rules/reimbursement/estimate.ts',
      'rules/planted-format.ts → explain/render.ts',
    ]);
  });
});
