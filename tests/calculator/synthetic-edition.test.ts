// An edition is only data: a caller adds one (through `options.editions` or `registerEdition`) as a plain object, and
// every function computes under it and explains itself from it: its title, its interpretations' texts, its document
// lists and every citation, p.19 and p.20 included, come from the edition, none from the built-in ones.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  buildChecklist,
  checkEligibility,
  CHECKLISTS,
  EDITIONS,
  editionTitle,
  estimateReimbursement,
  format,
  formatDocText,
  interpretationText,
  LANGS,
  registerEdition,
  serviceDeadline,
  trackObligation,
  type CalendarYear,
  type ChecklistData,
  type Edition,
} from '@qazindustry/productivity-calculator';
import { PASSING_APPLICANT } from './fixtures.js';

const SEED = 'synthetic-act.txt';

/** Every citation in `v` (objects with an `act`), with where it is. */
function citations(v: unknown, path = '', out: { path: string; c: Record<string, unknown> }[] = []) {
  if (Array.isArray(v)) v.forEach((x, i) => citations(x, `${path}[${i}]`, out));
  else if (v && typeof v === 'object') {
    if (typeof (v as { act?: unknown }).act === 'string') out.push({ path, c: v as Record<string, unknown> });
    for (const [k, x] of Object.entries(v)) citations(x, `${path}.${k}`, out);
  }
  return out;
}

/** A new edition: the current one's shape, every citation moved to another act's lines, other values and texts. */
function syntheticEdition(): Edition {
  const e = structuredClone(EDITIONS.find((x) => x.id === '2025-442')!) as unknown as Record<string, unknown> & Edition;
  for (const { c } of citations(e)) if (c['act'] !== 'interpretation') { c['seed'] = SEED; c['line'] = 9000 + Number(c['line'] ?? 0); }
  const documents = structuredClone(CHECKLISTS['2025-442']!) as ChecklistData;
  for (const { c } of citations(documents)) if (c['act'] !== 'interpretation') { c['seed'] = SEED; c['line'] = 9000 + Number(c['line'] ?? 0); }
  const translations: Record<'kk' | 'en', Record<string, string>> = { kk: {}, en: {} };
  for (const v of documents.variants ?? []) {
    const variant = v as unknown as { id: string; heading: { ru: string; line: number }; items: { n: number; ru: string; line: number }[] };
    variant.id = `syn-${variant.id}`;
    variant.heading.ru = `Синтетический перечень (${variant.id})`;
    variant.heading.line += 9000;
    for (const it of variant.items) it.line += 9000;
    translations.kk[`${variant.id}.heading`] = `Синтетикалық тізбе (${variant.id})`;
    translations.en[`${variant.id}.heading`] = `Synthetic list (${variant.id})`;
    for (const it of variant.items) {
      translations.kk[`${variant.id}.${it.n}`] = `Синтетикалық құжат ${it.n}`;
      translations.en[`${variant.id}.${it.n}`] = `Synthetic document ${it.n}`;
    }
  }
  const interpretations = (lang: string) => Object.fromEntries(e.interpretations.map((i) => [i.id, `${lang}: synthetic reading of ${i.id}`]));
  return {
    ...e,
    id: 'synthetic-2030',
    inForce: { ...e.inForce, from: '2030-01-01', confirmed: true, uncertainWindow: undefined },
    rate: { ...e.rate, value: '0.50' },
    texts: {
      kk: { title: 'Синтетикалық редакция 2030', interpretations: interpretations('kk'), documents: translations.kk },
      ru: { title: 'Синтетическая редакция 2030', interpretations: interpretations('ru') },
      en: { title: 'Synthetic edition 2030', interpretations: interpretations('en'), documents: translations.en },
    },
    documents,
  } as Edition;
}

const CALENDAR_2030: CalendarYear = { year: 2030, status: 'confirmed', daysOff: ['2030-01-01', '2030-01-02', '2030-01-07', '2030-03-08'], workingWeekendDays: [], source: 'synthetic' };
const TITLES = { kk: 'Синтетикалық редакция 2030', ru: 'Синтетическая редакция 2030', en: 'Synthetic edition 2030' } as const;

function run(editions?: readonly Edition[]) {
  const o = editions ? { editions } : undefined;
  const applicant = { ...PASSING_APPLICANT, taxPayments: { '2027': '1000000', '2028': '2000000', '2029': '3000000' } };
  return {
    checkEligibility: checkEligibility({ applicationDate: '2030-03-01', measure: 'competence', applicant }, o),
    estimateReimbursement: estimateReimbursement(
      {
        applicationDate: '2030-03-01',
        measure: 'competence',
        costs: [
          { costType: 'training', amount: '10000.00', currency: 'USD', rate: '500', date: '2030-01-20', period: { from: '2030-01-10', to: '2030-01-20' }, courseKind: 'qualification-upgrade' },
          { costType: 'travel', amount: '300000.00', date: '2030-01-09', decreeLimit: '300000' },
        ],
      },
      o,
    ),
    buildChecklist: buildChecklist({ applicationDate: '2030-03-01', measure: 'competence' }, o),
    trackObligation: trackObligation({ agreementDate: '2030-02-01', baselineRevenue: '100000000', stateAmount: '1000000', revenue: [], asOf: '2030-06-01' }, o),
    serviceDeadline: serviceDeadline({ submittedAt: '2030-03-04T10:00', channel: 'office' }, { ...(o ?? {}), calendar: [CALENDAR_2030] }),
  };
}

function assertSynthetic(results: ReturnType<typeof run>, editions?: readonly Edition[]) {
  for (const [name, r] of Object.entries(results)) {
    assert.equal(r.edition.id, 'synthetic-2030', `${name} ran under the synthetic edition`);
    const cites = citations(r).filter(({ c }) => c['act'] !== 'interpretation');
    assert.ok(cites.length > 0, `${name} cites something`);
    for (const { path, c } of cites) assert.equal(c['seed'], SEED, `${name}${path} cites ${String(c['seed'])} line ${String(c['line'])}, not the synthetic edition`);
    for (const lang of LANGS) {
      const text = format(r, lang, editions ? { editions } : undefined);
      assert.ok(text.includes(TITLES[lang]), `${name} ${lang}: the title of the edition is in the text:\n${text}`);
      assert.doesNotMatch(text, /undefined|NaN|\{\w+\}/);
      for (const line of text.split('\n')) assert.ok(line.trim() !== '', `${name} ${lang}: an empty line`);
      for (const i of r.interpretations) assert.equal(interpretationText(r.edition.id, i.id, lang, editions), `${lang}: synthetic reading of ${i.id}`);
    }
  }
  const est = results.estimateReimbursement;
  assert.equal(est.rate, '0.50');
  assert.equal(est.lines[0]!.amount, '5000000.00');
  assert.equal(est.lines[0]!.reimbursable, '2500000.00', 'the edition’s rate of 50 %');
  const p19 = est.lines[0]!.reasons.find((x) => x.citation.paragraph === '19');
  assert.ok(p19, 'the conversion at the payment date’s rate cites p.19');
  assert.equal(p19.citation.seed, SEED);
  const p20 = est.lines[1]!.reasons.find((x) => x.citation.paragraph === '20');
  assert.ok(p20, 'travel once cites p.20');
  assert.equal(p20.citation.seed, SEED);
  const list = results.buildChecklist;
  assert.equal(list.variant, 'syn-annex3-competence');
  assert.equal(formatDocText(list.heading, 'ru', editions), 'Синтетический перечень (syn-annex3-competence)');
  assert.equal(formatDocText(list.heading, 'en', editions), 'Synthetic list (syn-annex3-competence)');
  assert.equal(formatDocText(list.items[0]!.text, 'kk', editions), 'Синтетикалық құжат 1');
}

describe('an edition added as data alone', () => {
  test('through options.editions: every function computes under it, and its texts, lists and citations are its own', () => {
    const synthetic = syntheticEdition();
    const editions = [...EDITIONS, synthetic];
    const results = run(editions);
    assertSynthetic(results, editions);
    assert.equal(editionTitle('synthetic-2030', 'en', editions), 'Synthetic edition 2030');
    assert.ok(Object.isFrozen(synthetic) && Object.isFrozen(synthetic.texts!.en), 'the added edition is frozen');
    // the built-in editions are untouched by it
    assert.equal(checkEligibility({ applicationDate: '2026-03-01', measure: 'competence' }).edition.id, '2025-442');
  });

  test('through registerEdition: later calls and format need no options', () => {
    registerEdition(syntheticEdition());
    assertSynthetic(run());
    assert.equal(editionTitle('synthetic-2030', 'kk'), 'Синтетикалық редакция 2030');
  });

  test('an edition without the data the rules read is an InputError, not a crash', () => {
    for (const bad of [{}, { id: 'x' }, { ...syntheticEdition(), eligibility: null }, null, 'edition']) {
      assert.throws(() => checkEligibility({ applicationDate: '2030-03-01', measure: 'competence' }, { editions: [bad as never] }), /edition/i);
      assert.throws(() => registerEdition(bad as never));
    }
    assert.throws(() => registerEdition(structuredClone(EDITIONS[1]!) as Edition), /edition/i, 'a built-in edition cannot be replaced');
  });
});
