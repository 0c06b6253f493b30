// The widgets hold no rule of their own: every threshold, year, cost type and measure comes from the SDK's
// descriptions (describeEligibility / describeChecklist / describeObligation / describeEstimate). This test reads
// packages/widgets/src (except the i18n string files) and lists, by file and line, every literal of the law it finds.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '../../..');
const SRC = join(ROOT, 'packages/widgets/src');

/** What a rule of the law looks like in widget code. */
const PATTERNS: { name: string; re: RegExp }[] = [
  { name: 'state-share threshold', re: />=\s*50\b/ },
  // the editions' years (2022 on); '2000-01-01' as a placeholder date in a probe is not the law's
  { name: 'year or date literal', re: /['"]20[2-9]\d(?:-\d\d-\d\d)?['"]/ },
  {
    name: 'cost-type literal',
    re: /['"](?:tech-equipment|digital-equipment|per-diem|training|accommodation|energy-audit|installation|supervised-installation|progressive-technologies)['"]/,
  },
  { name: 'measure literal', re: /['"](?:competence|digital|process|organization)['"]/ },
  // `measure === …` / `… === measure` (not `typeof x.measure === 'string'`)
  { name: 'measure test', re: /(?<!typeof\s[\w.]*)\bmeasure\s*[!=]==|['"]\s*[!=]==\s*[\w.]*\bmeasure\b/ },
  { name: 'cost-type test', re: /(?<!typeof\s[\w.]*)\bcostType\s*[!=]==|['"]\s*[!=]==\s*[\w.]*\bcostType\b/ },
];


function files(dir: string): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = join(dir, n);
    if (statSync(p).isDirectory()) return p.endsWith(`${sep}i18n`) ? [] : files(p);
    return /\.ts$/.test(n) ? [p] : [];
  });
}

interface Offender {
  at: string;
  rule: string;
  text: string;
}

function offenders(): Offender[] {
  const out: Offender[] = [];
  for (const f of files(SRC)) {
    const rel = relative(SRC, f).split(sep).join('/');
    readFileSync(f, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        // comments describe; only code decides
        if (/^\s*(?:\*|\/\/|\/\*)/.test(line)) return;
        for (const { name, re } of PATTERNS) if (re.test(line)) out.push({ at: `${rel}:${i + 1}`, rule: name, text: line.trim().slice(0, 140) });
      });
  }
  return out;
}

test('the check itself finds law planted in widget code, by file and line', () => {
  const planted = [
    "if (a.stateShare >= 50) ask('holder');",
    "const EQUIPMENT = new Set(['tech-equipment', 'digital-equipment']);",
    "if (form.measure === 'process') showCostType();",
    "const years = ['2023', '2024', '2025'];",
  ];
  for (const line of planted) assert.ok(PATTERNS.some(({ re }) => re.test(line)), `not caught: ${line}`);
  assert.ok(!PATTERNS.some(({ re }) => re.test("if (typeof f.measure === 'string') keep();")), 'a type test is no law');
});

test('no law in widget code (packages/widgets/src, i18n strings excepted)', () => {
  const all = offenders();
  assert.deepEqual(
    all.map((o) => `${o.at}  [${o.rule}]  ${o.text}`),
    [],
    `law literals in widget code, by file and line:\n${all.map((o) => `  ${o.at}  [${o.rule}]  ${o.text}`).join('\n')}`,
  );
});
