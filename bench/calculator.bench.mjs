// Benchmark of the calculator SDK against two baselines, measured side by side in one run:
//   1. estimateReimbursement vs the bare integer-tiyn computation of the same formula (the physical limit);
//   2. checkEligibility vs the same checks written as json-rules-engine rules.
// Not a timed test: warm up, then give each contender ~1.5 s of wall time in alternating rounds and report the
// median ops/s of the rounds. Figures go to stdout and to bench/results.json (key `calculator`, merged).
//
// Run from the repository root after the build:
//   npx tsc -b packages/calculator && node bench/calculator.bench.mjs
//
// The benchmark reads the clock (performance.now, new Date for the report); the SDK never does.

import { execSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import os from 'node:os';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { checkEligibility, estimateReimbursement } from '@qazindustry/productivity-calculator';
import { Engine } from 'json-rules-engine';

const ROUNDS = 7; // alternating rounds per contender
const PER_CONTENDER_MS = 1500; // measured wall time per contender, split over the rounds
const ROUND_MS = PER_CONTENDER_MS / ROUNDS;
const WARMUP_MS = 400; // per contender, before any measurement
const ESTIMATE_GOAL = 20; // SDK estimate within 20× of the bare computation

const RESULTS_FILE = fileURLToPath(new URL('./results.json', import.meta.url));

// The SDK as it was before the foundation rework (issue "The SDK as the law's one source"), built from git into
// bench/.baseline/ once and measured in the same run, so that the rework's cost is a ratio on this machine, now:
// neither throughput may fall by more than 25 %.
const BASELINE_REF = 'a7133e0';
const BASELINE_FLOOR = 0.75;
async function baselineSdk() {
  const root = fileURLToPath(new URL('..', import.meta.url));
  const dir = join(root, 'bench/.baseline', BASELINE_REF);
  const entry = join(dir, 'packages/calculator/dist/index.js');
  if (!existsSync(entry)) {
    console.log(`Building the baseline SDK (${BASELINE_REF}) into ${dir}…`);
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    execSync(`git archive ${BASELINE_REF} packages/calculator tsconfig.base.json | tar -x -C "${dir}"`, { cwd: root, stdio: 'inherit', shell: '/bin/bash' });
    // the same dependencies (zod patched, decimal.js) as the current SDK
    symlinkSync(join(root, 'packages/calculator/node_modules'), join(dir, 'packages/calculator/node_modules'), 'dir');
    execSync(`node "${join(root, 'node_modules/typescript/bin/tsc')}" -p "${join(dir, 'packages/calculator')}"`, { cwd: root, stdio: 'inherit' });
  }
  return import(entry);
}
const baseline = await baselineSdk();

function fail(message) {
  console.error(`FAIL: ${message}`);
  process.exit(1);
}

// ---------------------------------------------------------------------------------------------------------------
// Inputs

/** A typical process application: two technological-equipment lines (one paid in two instalments), an energy
 *  audit, an installation and a supervised installation; all KZT. The installation cap (12 M) binds. */
const ESTIMATE_INPUT = {
  applicationDate: '2026-04-10',
  measure: 'process',
  costs: [
    {
      id: 'press-line',
      costType: 'tech-equipment',
      equipmentCategory: 'production',
      payments: [
        { date: '2025-02-14', amount: '45000000.00' },
        { date: '2025-06-20', amount: '30500000.47' },
      ],
    },
    { id: 'cnc-mill', costType: 'tech-equipment', equipmentCategory: 'production', amount: '23870450.73', date: '2024-11-05' },
    { id: 'audit', costType: 'energy-audit', amount: '4850000.01', date: '2024-09-30' },
    { id: 'install', costType: 'installation', amount: '18000000.00', date: '2025-08-12' },
    { id: 'supervision', costType: 'supervised-installation', amount: '14500000.55', date: '2025-09-03' },
  ],
};

/** Variants used only to verify the bare computation against the SDK (window edges, exclusions, caps). */
function estimateVariants() {
  const clone = () => structuredClone(ESTIMATE_INPUT);
  const v = [];
  let x = clone();
  x.costs[2].date = '2024-04-09'; // one day before the services window: excluded
  x.costs[1].date = '2024-04-10'; // first day of the equipment window: included
  v.push(['window edges', x]);
  x = clone();
  x.costs[3].date = '2026-04-11'; // act after the filing date: excluded
  x.costs[0].payments[1].date = '2024-04-09'; // an early instalment: the later one (2025-02-14) decides
  v.push(['after filing / last payment decides', x]);
  x = clone();
  x.costs[0].payments = [{ date: '2024-03-01', amount: '150000000.00' }, { date: '2024-04-09', amount: '0.01' }];
  x.costs[1].amount = '149999999.99'; // the process cap (60 M) binds
  v.push(['equipment before window, process cap', x]);
  x = clone();
  x.applicationDate = '2028-02-29'; // window start 2026-02-28 (clamped to month end)
  x.costs = [
    { costType: 'energy-audit', amount: '1000.03', date: '2026-02-28' },
    { costType: 'installation', amount: '1000.01', date: '2026-02-27' },
    { costType: 'supervised-installation', amount: '999.99', date: '2028-02-29' },
    { costType: 'tech-equipment', amount: '0.07', date: '2026-02-28' },
  ];
  v.push(['month-end clamp', x]);
  return v;
}

/** A typical fully answered applicant for 'process': every question answered, every check passes. */
const ELIGIBLE_INPUT = {
  applicationDate: '2026-03-02',
  measure: 'process',
  applicant: {
    size: 'medium',
    headcount: 180,
    averageAnnualIncome: '4200000000.00',
    neverSmallActivity: false,
    stateShare: '0',
    stateShareHolderException: null, // not asked: the share is below 50 %
    sezParticipant: false,
    unrepaidBreach: false,
    registrationDate: '2012-05-17',
    taxExempt: false,
    taxPayments: { 2023: '118000000.00', 2024: '131500000.00', 2025: '146250000.00' },
    individualEntrepreneur: false,
    inProducersRegister: true,
    producesPriorityGoods: true,
    industrialInnovativeSubject: true,
    otherBudgetFunding: false,
    courtBan: false,
    personalDataConsent: true,
  },
};

/** The same applicant as a large business: p.3.1 excludes it from 'process'. */
const LARGE_INPUT = {
  ...ELIGIBLE_INPUT,
  applicant: { ...ELIGIBLE_INPUT.applicant, size: 'large', headcount: 620, averageAnnualIncome: '21000000000.00' },
};

// ---------------------------------------------------------------------------------------------------------------
// The bare computation: integers in tiyn, dates as day numbers.

/** Days since 1970-01-01 (H. Hinnant's days_from_civil), integers only. */
function dayNumber(y0, m, d) {
  const y = m <= 2 ? y0 - 1 : y0;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function daysIn(y, m) {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** Day number of (y-m-d) − `months` calendar months, the day clamped to the month's end. */
function monthsBefore(y, m, d, months) {
  const total = y * 12 + (m - 1) - months;
  const ny = Math.floor(total / 12);
  const nm = total - ny * 12 + 1;
  const nd = d < daysIn(ny, nm) ? d : daysIn(ny, nm);
  return dayNumber(ny, nm, nd);
}

const GROUP = { 'energy-audit': 0, 'tech-equipment': 0, installation: 1, 'supervised-installation': 1 };
const CAP_TIYN = [6_000_000_000, 1_200_000_000]; // 60 000 000.00 and 12 000 000.00 (Interpretation 1 A)
const RATE_PERCENT = 40;
const LOOK_BACK_MONTHS = 24;

/** 'dddd.dd' → integer tiyn (Number; the caller checks the range is safe). Set-up only, not measured. */
function tiynOf(s) {
  const [i, f = ''] = s.split('.');
  return Number(i) * 100 + Number((f + '00').slice(0, 2));
}
function dateParts(s) {
  const [y, m, d] = s.split('-').map(Number);
  return { y, m, d, day: dayNumber(y, m, d) };
}

/** The SDK's input, pre-parsed once (not measured): the same lines as integers in tiyn and day numbers. */
function preparse(input, big = false) {
  const filing = dateParts(input.applicationDate);
  const receipt = dateParts(input.receiptDate ?? input.applicationDate);
  const num = big ? BigInt : Number;
  const lines = input.costs.map((c) => {
    const equipment = c.costType === 'tech-equipment';
    const payments = c.payments ?? [{ date: c.date, amount: c.amount }];
    return {
      equipment,
      group: GROUP[c.costType],
      payments: payments.map((p) => ({ day: dateParts(p.date).day, tiyn: num(tiynOf(p.amount)) })),
    };
  });
  const total = lines.reduce((s, l) => s + l.payments.reduce((t, p) => t + Number(p.tiyn), 0), 0);
  if (!big && total * RATE_PERCENT > Number.MAX_SAFE_INTEGER) fail('amounts too large for Number tiyn; use BigInt');
  return {
    fy: filing.y, fm: filing.m, fd: filing.d, fday: filing.day,
    ry: receipt.y, rm: receipt.m, rd: receipt.d,
    lines,
    sums: big ? [0n, 0n] : new Float64Array(CAP_TIYN.length),
  };
}

/** 40 % of the included lines, per cap group min(sum, cap) rounded half-up to the tiyn; total = sum of groups. */
function bareEstimate(a) {
  const servicesFrom = monthsBefore(a.fy, a.fm, a.fd, LOOK_BACK_MONTHS); // p.14: from the filing date
  const equipmentFrom = monthsBefore(a.ry, a.rm, a.rd, LOOK_BACK_MONTHS); // p.14-1: from the receipt date
  const filing = a.fday;
  const sums = a.sums;
  for (let g = 0; g < sums.length; g++) sums[g] = 0;
  const lines = a.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const ps = l.payments;
    let amount = 0;
    let last = -Infinity;
    for (let j = 0; j < ps.length; j++) {
      amount += ps[j].tiyn;
      if (ps[j].day > last) last = ps[j].day;
    }
    if (last > filing) continue; // incurred after filing
    if (last < (l.equipment ? equipmentFrom : servicesFrom)) continue; // before the 24-month window
    sums[l.group] += amount;
  }
  // In hundredths of a tiyn: 40 % of x tiyn = 40·x; the cap C tiyn = 100·C; round half-up: ⌊(v + 50) / 100⌋.
  let total = 0;
  for (let g = 0; g < sums.length; g++) {
    const requested = sums[g] * RATE_PERCENT;
    const cap = CAP_TIYN[g] * 100;
    total += Math.floor(((requested < cap ? requested : cap) + 50) / 100);
  }
  return total;
}

const CAP_TIYN_BIG = CAP_TIYN.map(BigInt);
/** The same with BigInt tiyn (exact for any amount the schema allows). */
function bareEstimateBig(a) {
  const servicesFrom = monthsBefore(a.fy, a.fm, a.fd, LOOK_BACK_MONTHS);
  const equipmentFrom = monthsBefore(a.ry, a.rm, a.rd, LOOK_BACK_MONTHS);
  const filing = a.fday;
  const sums = a.sums;
  for (let g = 0; g < sums.length; g++) sums[g] = 0n;
  const lines = a.lines;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i];
    const ps = l.payments;
    let amount = 0n;
    let last = -Infinity;
    for (let j = 0; j < ps.length; j++) {
      amount += ps[j].tiyn;
      if (ps[j].day > last) last = ps[j].day;
    }
    if (last > filing) continue;
    if (last < (l.equipment ? equipmentFrom : servicesFrom)) continue;
    sums[l.group] += amount;
  }
  let total = 0n;
  for (let g = 0; g < sums.length; g++) {
    const requested = sums[g] * 40n;
    const cap = CAP_TIYN_BIG[g] * 100n;
    total += ((requested < cap ? requested : cap) + 50n) / 100n;
  }
  return total;
}

const formatTiyn = (t) => {
  const b = BigInt(t);
  return `${b / 100n}.${String(b % 100n).padStart(2, '0')}`;
};

// ---------------------------------------------------------------------------------------------------------------
// The eligibility checks as json-rules-engine rules (rule names = the SDK's check ids).

/** receipt − n years, same day, 29 Feb clamped to 28 Feb: an ISO string, compared lexicographically. */
function isoYearsBefore(iso, n) {
  const y = String(Number(iso.slice(0, 4)) - n).padStart(4, '0');
  let md = iso.slice(4);
  if (md === '-02-29') {
    const yy = Number(y);
    if (!((yy % 4 === 0 && yy % 100 !== 0) || yy % 400 === 0)) md = '-02-28';
  }
  return y + md;
}

/** Exact comparison of two non-negative decimal strings with ≤ 2 decimals, via BigInt tiyn. */
function tiynBig(s) {
  const [i, f = ''] = String(s).trim().split('.');
  return BigInt(i) * 100n + BigInt((f + '00').slice(0, 2));
}

function buildEngine() {
  const engine = new Engine([], { allowUndefinedFacts: true });
  engine.addOperator('isoAfter', (a, b) => typeof a === 'string' && a > b);
  engine.addOperator('isoBefore', (a, b) => typeof a === 'string' && a < b);

  // Derived facts, computed per run from the runtime facts.
  engine.addFact('sevenYearsBefore', async (params, almanac) => isoYearsBefore(await almanac.factValue('receiptDate'), 7));
  engine.addFact('taxGrew', async (params, almanac) => {
    const filing = await almanac.factValue('applicationDate');
    const payments = (await almanac.factValue('taxPayments')) ?? {};
    const y = Number(filing.slice(0, 4));
    let prev;
    for (let k = y - 3; k < y; k++) {
      const v = payments[String(k)];
      if (v === undefined || v === null) return false;
      const t = tiynBig(v);
      if (prev !== undefined && !(t > prev)) return false;
      prev = t;
    }
    return true;
  });

  const rule = (name, conditions) => engine.addRule({ name, conditions, event: { type: 'pass', params: { id: name } } });
  const is = (fact, value) => ({ fact, operator: 'equal', value });

  // p.3.1: not a large business, except for 'competence'.
  rule('p3.1-large-business', { any: [{ fact: 'size', operator: 'in', value: ['micro', 'small', 'medium'] }, is('measure', 'competence')] });
  // p.3.2: state share < 50 %, or one of the two exceptions.
  rule('p3.2-state-share', {
    any: [
      { fact: 'stateShare', operator: 'lessThan', value: 50 },
      { fact: 'stateShareHolderException', operator: 'in', value: ['social-entrepreneurial-corporation', 'public-private-partnership'] },
    ],
  });
  rule('p3.3-unrepaid-breach', { all: [is('unrepaidBreach', false)] });
  rule('p3.4-sez-participant', { all: [is('sezParticipant', false)] });
  rule('p5.15-industrial-innovative-subject', { all: [is('industrialInnovativeSubject', true)] });
  // p.13.5: taxes grew over the three years before the filing year, unless tax-exempt or registered < 7 years
  // before receipt.
  rule('p13.5-tax-growth', {
    any: [is('taxExempt', true), { fact: 'registrationDate', operator: 'isoAfter', value: { fact: 'sevenYearsBefore' } }, is('taxGrew', true)],
  });
  // p.13.6: in the register of Kazakhstani commodity producers, from 2026-01-01.
  rule('p13.6-producers-register', { any: [{ fact: 'applicationDate', operator: 'isoBefore', value: '2026-01-01' }, is('inProducersRegister', true)] });
  // Order 442 item 4: priority goods required until 2025-12-31 (the SDK's 11th check; unknown, never failed, after).
  rule('p13-priority-goods', { any: [is('producesPriorityGoods', true), { fact: 'applicationDate', operator: 'isoAfter', value: '2025-12-31' }] });
  rule('annex1-double-funding', { all: [is('otherBudgetFunding', false)] });
  rule('refusal9.4-court-ban', { all: [is('courtBan', false)] });
  rule('refusal9.5-personal-data-consent', { all: [is('personalDataConsent', true)] });
  return engine;
}

const engine = buildEngine();

/** One application through the engine: the applicant's answers plus the dates and measure as runtime facts. */
async function engineCheck(input) {
  const { events, failureEvents } = await engine.run({
    ...input.applicant,
    applicationDate: input.applicationDate,
    receiptDate: input.receiptDate ?? input.applicationDate,
    measure: input.measure,
  });
  return { eligible: failureEvents.length === 0, passed: events.length, failed: failureEvents.map((e) => e.params.id) };
}

// ---------------------------------------------------------------------------------------------------------------
// Verification before measuring

console.log('Verifying…');
const sdkEstimate = estimateReimbursement(ESTIMATE_INPUT);
{
  const cases = [['typical', ESTIMATE_INPUT], ...estimateVariants()];
  for (const [name, input] of cases) {
    const sdk = estimateReimbursement(input).total;
    const bare = formatTiyn(bareEstimate(preparse(input)));
    const big = formatTiyn(bareEstimateBig(preparse(input, true)));
    if (sdk !== bare || sdk !== big) fail(`estimate '${name}': SDK ${sdk}, bare ${bare}, bare BigInt ${big}`);
    console.log(`  estimate ${name.padEnd(38)} SDK ${sdk.padStart(14)} = bare ${bare.padStart(14)} = BigInt ${big.padStart(14)}`);
  }
}
let eligibilityOutcomes = [];
for (const [name, input, expected] of [
  ['typical (all answered)', ELIGIBLE_INPUT, 'eligible'],
  ['large business, process', LARGE_INPUT, 'ineligible'],
]) {
  const sdk = checkEligibility(input);
  const jre = await engineCheck(input);
  const sdkFailed = sdk.checks.filter((c) => c.status === 'fail').map((c) => c.id).sort();
  const jreVerdict = jre.eligible ? 'eligible' : 'ineligible';
  if (sdk.verdict !== expected) fail(`eligibility '${name}': SDK verdict ${sdk.verdict}, expected ${expected}`);
  if (jreVerdict !== expected) fail(`eligibility '${name}': json-rules-engine ${jreVerdict}, expected ${expected}`);
  if (sdkFailed.join() !== [...jre.failed].sort().join()) fail(`eligibility '${name}': SDK fails [${sdkFailed}], engine fails [${jre.failed}]`);
  if (sdk.checks.length !== jre.passed + jre.failed.length) fail(`eligibility '${name}': ${sdk.checks.length} SDK checks vs ${jre.passed + jre.failed.length} rules`);
  console.log(`  eligibility ${name.padEnd(35)} SDK ${sdk.verdict} [${sdkFailed.join(', ') || 'none failed'}] = engine ${jreVerdict} [${jre.failed.join(', ') || 'none failed'}]`);
  eligibilityOutcomes.push({ case: name, verdict: sdk.verdict, failed: sdkFailed });
}

// ---------------------------------------------------------------------------------------------------------------
// Measurement

// Two identical copies of each input, used alternately, so that the optimiser cannot treat the input as a constant.
const estInputs = [ESTIMATE_INPUT, structuredClone(ESTIMATE_INPUT)];
const bareInputs = [preparse(ESTIMATE_INPUT), preparse(ESTIMATE_INPUT)];
const bigInputs = [preparse(ESTIMATE_INPUT, true), preparse(ESTIMATE_INPUT, true)];
const eligInputs = [ELIGIBLE_INPUT, structuredClone(ELIGIBLE_INPUT)];

let sink; // every result is stored here, so no call is dead code
const contenders = [
  { key: 'estimateSdk', label: 'estimateReimbursement (SDK)', unit: 'estimates/s', fn: (i) => estimateReimbursement(estInputs[i & 1]) },
  { key: 'estimateBaseline', label: `estimateReimbursement (SDK at ${BASELINE_REF})`, unit: 'estimates/s', fn: (i) => baseline.estimateReimbursement(estInputs[i & 1]) },
  { key: 'estimateBare', label: 'bare integer tiyn (Number)', unit: 'estimates/s', fn: (i) => bareEstimate(bareInputs[i & 1]) },
  { key: 'estimateBareBigInt', label: 'bare integer tiyn (BigInt)', unit: 'estimates/s', fn: (i) => bareEstimateBig(bigInputs[i & 1]) },
  { key: 'eligibilitySdk', label: 'checkEligibility (SDK)', unit: 'checks/s', fn: (i) => checkEligibility(eligInputs[i & 1]) },
  { key: 'eligibilityBaseline', label: `checkEligibility (SDK at ${BASELINE_REF})`, unit: 'checks/s', fn: (i) => baseline.checkEligibility(eligInputs[i & 1]) },
  { key: 'eligibilityEngine', label: 'json-rules-engine 7 (await run)', unit: 'checks/s', async: true, fn: (i) => engineCheck(eligInputs[i & 1]) },
];

/** Runs `fn` in batches until `ms` have passed; returns ops/s. Async contenders are awaited one after another. */
async function runFor(c, ms) {
  const batch = c.batch;
  const fn = c.fn;
  let ops = 0;
  const t0 = performance.now();
  let t = t0;
  if (c.async) {
    do {
      for (let i = 0; i < batch; i++) sink = await fn(i);
      ops += batch;
      t = performance.now();
    } while (t - t0 < ms);
  } else {
    do {
      for (let i = 0; i < batch; i++) sink = fn(i);
      ops += batch;
      t = performance.now();
    } while (t - t0 < ms);
  }
  return (ops * 1000) / (t - t0);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

const started = performance.now();
console.log(`Warming up (${WARMUP_MS} ms each), then ${ROUNDS} alternating rounds of ${ROUND_MS.toFixed(0)} ms per contender…`);
for (const c of contenders) {
  c.batch = 1;
  const rate = await runFor(c, WARMUP_MS / 2);
  c.batch = Math.max(1, Math.round(rate / 1000)); // ~1 ms between clock reads
  await runFor(c, WARMUP_MS / 2);
  c.rounds = [];
}
for (let r = 0; r < ROUNDS; r++) {
  // alternate the order each round, so that no contender always runs right after the same neighbour
  const order = r % 2 ? [...contenders].reverse() : contenders;
  for (const c of order) c.rounds.push(await runFor(c, ROUND_MS));
}
for (const c of contenders) c.opsPerSec = median(c.rounds);
const elapsed = (performance.now() - started) / 1000;
if (sink === undefined) fail('no result');

// ---------------------------------------------------------------------------------------------------------------
// Report

const by = Object.fromEntries(contenders.map((c) => [c.key, c]));
const estimateRatio = by.estimateBare.opsPerSec / by.estimateSdk.opsPerSec; // SDK time per estimate / bare time
const estimateRatioBig = by.estimateBareBigInt.opsPerSec / by.estimateSdk.opsPerSec;
const eligibilityRatio = by.eligibilitySdk.opsPerSec / by.eligibilityEngine.opsPerSec; // > 1: SDK faster
// The same ratios paired round by round (each round's contenders ran back to back), median over the rounds:
// less sensitive to the machine's speed drifting between rounds.
const paired = (num, den) => median(num.rounds.map((x, r) => x / den.rounds[r]));
const estimateRatioPaired = paired(by.estimateBare, by.estimateSdk);
const eligibilityRatioPaired = paired(by.eligibilitySdk, by.eligibilityEngine);
const estimatePass = estimateRatio <= ESTIMATE_GOAL;
const eligibilityPass = eligibilityRatio > 1;

const fmt = (x) => Math.round(x).toLocaleString('en-US');
const spread = (xs) => {
  const m = median(xs);
  return `-${((100 * (m - Math.min(...xs))) / m).toFixed(0)} / +${((100 * (Math.max(...xs) - m)) / m).toFixed(0)} %`;
};
const rows = [
  ['contender', 'ops/s (median)', 'unit', 'rounds vs median', 'µs/op'],
  ...contenders.map((c) => [c.label, fmt(c.opsPerSec), c.unit, spread(c.rounds), (1e6 / c.opsPerSec).toFixed(3)]),
];
const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => r[i].length)));
const line = (r) => r.map((cell, i) => (i === 0 || i === 2 ? cell.padEnd(widths[i]) : cell.padStart(widths[i]))).join('  ');
const cpu = os.cpus()[0]?.model ?? 'unknown';

console.log('');
console.log(`node ${process.version} · ${cpu} · ${os.cpus().length} CPUs · ${os.platform()} ${os.arch()}`);
console.log('');
console.log(line(rows[0]));
console.log(widths.map((w) => '-'.repeat(w)).join('  '));
for (const r of rows.slice(1)) console.log(line(r));
console.log('');
console.log(`estimate: SDK / bare (Number) = ${estimateRatio.toFixed(0)}× slower (paired by round: ${estimateRatioPaired.toFixed(0)}×; vs BigInt: ${estimateRatioBig.toFixed(0)}×)`);
console.log(`  goal "within ${ESTIMATE_GOAL}× of the bare computation": ${estimatePass ? 'PASS' : 'FAIL'}`);
console.log(`eligibility: SDK / json-rules-engine = ${eligibilityRatio.toFixed(2)}× (${eligibilityRatio >= 1 ? 'SDK faster' : 'engine faster'}; paired by round: ${eligibilityRatioPaired.toFixed(2)}×)`);
console.log(`  goal "eligibility faster than json-rules-engine": ${eligibilityPass ? 'PASS' : 'FAIL'}`);
const estimateVsBaseline = paired(by.estimateSdk, by.estimateBaseline);
const eligibilityVsBaseline = paired(by.eligibilitySdk, by.eligibilityBaseline);
const baselinePass = estimateVsBaseline >= BASELINE_FLOOR && eligibilityVsBaseline >= BASELINE_FLOOR;
console.log(`against the SDK at ${BASELINE_REF} (paired by round; budget: no fall beyond 25 %, i.e. ≥ ${BASELINE_FLOOR}×):`);
console.log(`  estimate ${estimateVsBaseline.toFixed(2)}× · eligibility ${eligibilityVsBaseline.toFixed(2)}×: ${baselinePass ? 'PASS' : 'FAIL'}`);
console.log(`measured in ${elapsed.toFixed(1)} s`);

const figures = {
  date: new Date().toISOString(),
  node: process.version,
  cpu,
  cpus: os.cpus().length,
  platform: `${os.platform()} ${os.arch()}`,
  method: { warmupMs: WARMUP_MS, rounds: ROUNDS, roundMs: ROUND_MS, statistic: 'median ops/s of the rounds' },
  estimate: {
    input: '5 lines, process, 2026-04-10: 2 tech-equipment (one in 2 payments), energy audit, installation, supervised installation; KZT',
    total: sdkEstimate.total,
    sdkOpsPerSec: Math.round(by.estimateSdk.opsPerSec),
    bareOpsPerSec: Math.round(by.estimateBare.opsPerSec),
    bareBigIntOpsPerSec: Math.round(by.estimateBareBigInt.opsPerSec),
    ratioSdkToBare: Number(estimateRatio.toFixed(2)),
    ratioSdkToBarePairedMedian: Number(estimateRatioPaired.toFixed(2)),
    ratioSdkToBareBigInt: Number(estimateRatioBig.toFixed(2)),
    goal: `within ${ESTIMATE_GOAL}x`,
    pass: estimatePass,
    rounds: { sdk: by.estimateSdk.rounds.map(Math.round), bare: by.estimateBare.rounds.map(Math.round), bareBigInt: by.estimateBareBigInt.rounds.map(Math.round) },
    baseline: { ref: BASELINE_REF, opsPerSec: Math.round(by.estimateBaseline.opsPerSec), ratioPairedMedian: Number(estimateVsBaseline.toFixed(3)), floor: BASELINE_FLOOR, pass: estimateVsBaseline >= BASELINE_FLOOR },
  },
  eligibility: {
    input: "fully answered 'process' applicant, 2026-03-02; checked also: large business → ineligible",
    outcomes: eligibilityOutcomes,
    sdkOpsPerSec: Math.round(by.eligibilitySdk.opsPerSec),
    jsonRulesEngineOpsPerSec: Math.round(by.eligibilityEngine.opsPerSec),
    ratioSdkToEngine: Number(eligibilityRatio.toFixed(3)),
    ratioSdkToEnginePairedMedian: Number(eligibilityRatioPaired.toFixed(3)),
    goal: 'eligibility faster than json-rules-engine',
    pass: eligibilityPass,
    rounds: { sdk: by.eligibilitySdk.rounds.map(Math.round), engine: by.eligibilityEngine.rounds.map(Math.round) },
    baseline: { ref: BASELINE_REF, opsPerSec: Math.round(by.eligibilityBaseline.opsPerSec), ratioPairedMedian: Number(eligibilityVsBaseline.toFixed(3)), floor: BASELINE_FLOOR, pass: eligibilityVsBaseline >= BASELINE_FLOOR },
  },
};

let results = {};
if (existsSync(RESULTS_FILE)) {
  try {
    results = JSON.parse(readFileSync(RESULTS_FILE, 'utf8'));
    if (results === null || typeof results !== 'object' || Array.isArray(results)) results = {};
  } catch {
    console.warn(`warning: ${RESULTS_FILE} is not valid JSON; starting afresh`);
    results = {};
  }
}
results.calculator = figures;
writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
console.log(`wrote ${RESULTS_FILE} (key "calculator")`);
