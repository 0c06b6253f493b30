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

/**
 * KNOWN, BEING REMOVED: the reimbursement estimator is reworked in parallel (its form, the date question, the
 * file-by dates) to render from describeEstimate. Its offenders are listed here so that this branch passes; delete
 * each entry as the rework removes the line. Only reimbursement-estimator/ may appear in this list.
 */
const KNOWN_ESTIMATOR: readonly string[] = [
  'reimbursement-estimator/reimbursement-estimator.ts:57',
  'reimbursement-estimator/reimbursement-estimator.ts:356',
  'reimbursement-estimator/reimbursement-estimator.ts:382',
  'reimbursement-estimator/reimbursement-estimator.ts:385',
  'reimbursement-estimator/reimbursement-estimator.ts:386',
  'reimbursement-estimator/reimbursement-estimator.ts:389',
  'reimbursement-estimator/reimbursement-estimator.ts:392',
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

test('the allow-list names the reimbursement estimator only', () => {
  for (const at of KNOWN_ESTIMATOR) assert.match(at, /^reimbursement-estimator\/[\w.-]+\.ts:\d+$/);
});

test('no law in widget code (packages/widgets/src, i18n strings excepted)', (t) => {
  const all = offenders();
  const known = all.filter((o) => KNOWN_ESTIMATOR.includes(o.at));
  const fresh = all.filter((o) => !KNOWN_ESTIMATOR.includes(o.at));
  if (known.length) t.diagnostic(`known (estimator, being removed): ${known.length}\n${known.map((o) => `  ${o.at}  [${o.rule}]  ${o.text}`).join('\n')}`);
  assert.deepEqual(
    fresh.map((o) => `${o.at}  [${o.rule}]  ${o.text}`),
    [],
    `law literals in widget code, by file and line:\n${fresh.map((o) => `  ${o.at}  [${o.rule}]  ${o.text}`).join('\n')}`,
  );
  // a stale entry (the line was fixed) must be deleted from the list
  const stale = KNOWN_ESTIMATOR.filter((at) => !known.some((o) => o.at === at));
  assert.deepEqual(stale, [], 'allow-list entries that no longer offend: delete them');
});
