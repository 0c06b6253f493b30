/**
 * The editions are data: each parses against a strict schema, the editions follow each other without overlap, and
 * every citation points at the seed line that says what the value says.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as z from 'zod';
import {
  EDITIONS,
  editionFor,
  editionInfo,
  estimateReimbursement,
  kk,
  ru,
  en,
  type Citation,
  type Edition,
} from '@qazindustry/productivity-calculator';
import { inputIssues } from './helpers.js';

const seeds: Record<string, string[]> = {};
const seedLine = (file: string, line: number): string => {
  seeds[file] ??= readFileSync(new URL(`../../../tests/fixtures/seeds/${file}`, import.meta.url), 'utf8').split(/\r?\n/);
  return (seeds[file]![line - 1] ?? '').replace(/\s+/g, ' ').trim();
};

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const decimal = z.string().regex(/^\d+(\.\d+)?$/);
const citation = z.strictObject({
  act: z.enum(['rules-308', 'order-442', 'presentation-2022', 'methodology-297', 'labour-code', 'entrepreneurial-code', 'budget-law', 'decree-256', 'interpretation']),
  paragraph: z.string().optional(),
  subItem: z.string().optional(),
  annex: z.string().optional(),
  item: z.string().optional(),
  article: z.string().optional(),
  interpretation: z.number().int().min(0).max(16).optional(),
  seed: z.string().optional(),
  line: z.number().int().positive().optional(),
});
const text = z.strictObject({ kk: z.string().min(1), ru: z.string().min(1), en: z.string().min(1) });
const cited = <T extends z.ZodType>(t: T) => z.strictObject({ value: t, cite: citation });
const capGroup = z.strictObject({ id: z.string(), measure: z.string(), costTypes: z.array(z.string()).min(1), cap: cited(decimal), perCalendarYear: z.boolean(), measureDefault: z.boolean().optional() });
const EditionSchema = z.strictObject({
  id: z.string(),
  partial: z.boolean(),
  inForce: z.strictObject({ from: isoDate, confirmed: z.boolean(), uncertainWindow: z.strictObject({ from: isoDate, to: isoDate }).optional(), cite: citation }),
  rate: cited(decimal),
  rateNotes: z.record(z.string(), cited(z.string())).optional(),
  measures: z.strictObject({
    competence: z.strictObject({ costTypes: z.array(z.string()).min(1), cite: citation }),
    digital: z.strictObject({ costTypes: z.array(z.string()).min(1), cite: citation }),
    process: z.strictObject({ costTypes: z.array(z.string()).min(1), cite: citation }),
    organization: z.strictObject({ costTypes: z.array(z.string()).min(1), cite: citation }),
  }),
  costTypes: z.record(z.string(), z.strictObject({
    measure: z.string(),
    kind: z.enum(['service', 'equipment', 'never']),
    lookBack: cited(z.strictObject({ months: z.number().int().positive(), from: z.enum(['filing', 'receipt']) })).optional(),
    exclusion: citation.optional(),
    decreeLimits: cited(z.enum(['always', 'abroad'])).optional(),
    agreementGroup: z.string(),
    newOnly: citation.optional(),
    internships: citation.optional(),
  })),
  capSchemes: z.record(z.string(), z.array(capGroup).min(1)),
  training: z.strictObject({
    accommodationMonths: cited(z.record(z.string(), z.number())),
    courseMonths: cited(z.number()),
    accommodationWithinCourse: cited(z.boolean()),
    travelOnce: cited(z.boolean()),
  }).optional(),
  digitalEquipment: cited(z.array(z.string())).optional(),
  techEquipmentExcluded: cited(z.array(z.string())).optional(),
  currencyConversion: cited(z.enum(['payment-date-rate', 'source-silent'])),
  eligibility: z.array(z.looseObject({ id: z.string().regex(/^(p\d+(\.\d+)?|annex\d|refusal\d)/), rule: z.string(), cite: citation })).min(1),
  switches: z.array(z.strictObject({ id: z.string(), from: isoDate.optional(), until: isoDate.optional(), cite: citation })),
  interpretations: z.array(z.strictObject({ id: z.string(), n: z.number().int(), value: z.string(), alternatives: z.array(z.string()).optional(), cite: citation })),
  service: z.strictObject({
    workingDays: cited(z.number().int()),
    siteVisitMaxDays: cited(z.number().int()).optional(),
    registration: cited(z.enum(['next-working-day-after-hours', 'next-day'])),
    hours: cited(z.looseObject({ open: z.string(), close: z.string() })).optional(),
  }),
  obligation: z.strictObject({ years: cited(z.number()), multiplier: cited(decimal), checkpointMonths: cited(z.number()), refundDays: cited(z.number()) }),
});

/** Every Citation in a value, with where it sits. */
function citations(v: unknown, path = ''): { path: string; cite: Citation }[] {
  if (!v || typeof v !== 'object') return [];
  const o = v as Record<string, unknown>;
  if (typeof o['act'] === 'string') return [{ path, cite: o as unknown as Citation }];
  return Object.entries(o).flatMap(([k, x]) => citations(x, path ? `${path}.${k}` : k));
}

describe('Every edition is data that checks out', () => {
  for (const e of EDITIONS) {
    test(`edition ${e.id} parses against the strict edition schema (known keys, decimal strings, ISO dates)`, () => {
      EditionSchema.parse(e);
    });
    test(`every citation of edition ${e.id} names a seed line that exists and is not blank`, () => {
      const all = citations(e);
      assert.ok(all.length > 30, `only ${all.length} citations`);
      for (const { path, cite } of all) {
        if (cite.act === 'interpretation') {
          assert.ok(cite.interpretation !== undefined, path);
          continue;
        }
        assert.ok(cite.seed && cite.line, `${path} has no seed line`);
        assert.notEqual(seedLine(cite.seed, cite.line), '', `${path} → ${cite.seed}:${cite.line} is blank`);
      }
    });
  }

  test('every language pack has each edition’s title, each interpretation’s text and each input message', () => {
    for (const pack of [kk, ru, en]) {
      for (const e of EDITIONS) {
        const texts = (pack.editions as Record<string, { title: string; interpretations: Record<string, string> }>)[e.id];
        assert.ok(texts?.title, `${pack.lang}: no title for ${e.id}`);
        for (const i of e.interpretations) assert.ok(texts.interpretations[i.id], `${pack.lang}: no text for ${e.id}/${i.id}`);
      }
      for (const code of Object.keys(en.input)) assert.ok((pack.input as Record<string, string>)[code], `${pack.lang}: no input message ${code}`);
    }
  });

  test('editions follow each other in time, and only the current one is complete', () => {
    const froms = EDITIONS.map((e) => e.inForce.from);
    assert.deepEqual([...froms].sort(), froms);
    assert.equal(new Set(froms).size, froms.length);
    assert.deepEqual(EDITIONS.map((e) => e.partial), [true, false]);
  });
});

describe('The values of edition 2025-442 are what the cited lines say', () => {
  const e = EDITIONS.find((x) => x.id === '2025-442')!;
  const says = (cite: Citation, ...needles: string[]) => {
    const line = seedLine(cite.seed!, cite.line!);
    for (const n of needles) assert.ok(line.includes(n), `${cite.seed}:${cite.line} does not say “${n}”: ${line.slice(0, 160)}`);
  };
  const capA = (id: string) => e.capSchemes['A']!.find((g) => g.id === id)!;
  test('the rate is 40 % of the costs incurred not earlier than 24 months before filing (p.14)', () => {
    assert.equal(e.rate.value, '0.40');
    says(e.rate.cite, '40 %', 'двадцати четырех месяцев до даты подачи заявки');
  });
  test('equipment counts by the last payment, 24 months before receipt, capped at 60 million (p.14-1)', () => {
    const eq = e.costTypes['tech-equipment']!.lookBack!;
    assert.deepEqual(eq.value, { months: 24, from: 'receipt' });
    says(eq.cite, 'последний платеж', 'двадцати четырех месяцев до даты поступления заявки', 'шестидесяти миллионов');
  });
  test('the yearly caps: competence 30, digital 60, process 60, installation 12, organization 20 million (p.14)', () => {
    assert.equal(capA('competence').cap.value, '30000000.00');
    says(capA('competence').cap.cite, 'компетенции', 'тридцати миллионов', 'в календарном году');
    assert.equal(capA('digital').cap.value, '60000000.00');
    says(capA('digital').cap.cite, 'цифровых', 'шестидесяти миллионов');
    assert.equal(capA('process').cap.value, '60000000.00');
    says(capA('process').cap.cite, 'технологических процессов', 'шестидесяти миллионов');
    assert.equal(capA('process-installation').cap.value, '12000000.00');
    says(capA('process-installation').cap.cite, 'монтаж', 'двенадцати миллионов');
    assert.equal(capA('organization').cap.value, '20000000.00');
    says(capA('organization').cap.cite, 'организации производства', 'двадцати миллионов');
  });
  test('the exclusions of p.3 cite their sub-items, and p.13 sub-items 5 and 6 theirs', () => {
    const byId = Object.fromEntries(e.eligibility.map((c) => [c.id, c.cite]));
    says(byId['p3.1-large-business']!, '1)', 'крупного предпринимательства', 'повышение компетенции работников');
    says(byId['p3.2-state-share']!, '2)', 'пятьдесят и более процентов');
    says(byId['p3.3-unrepaid-breach']!, '3)', 'не осуществившие возврат');
    says(byId['p3.4-sez-participant']!, '4)', 'специальных экономических зон');
    says(byId['p5.15-industrial-innovative-subject']!, '15)', 'субъекты промышленно-инновационной деятельности');
    says(byId['p13.5-tax-growth']!, '5)', 'налоговых отчислений', 'семи календарных лет');
    says(byId['p13.6-producers-register']!, '6)', 'реестре казахстанских товаропроизводителей');
    says(byId['annex1-double-funding']!, 'не финансировались');
  });
  test('the switches of Order 442 item 4: the register from 1 January 2026, priority goods until then', () => {
    const sw = Object.fromEntries(e.switches.map((s) => [s.id, s]));
    assert.equal(sw['register-required']!.from, '2026-01-01');
    says(sw['register-required']!.cite, 'с 1 января 2026 года');
    assert.equal(sw['priority-goods-docs']!.until, '2025-12-31');
    says(sw['priority-goods-docs']!.cite, 'до 1 января 2026 года');
  });
  test('the training limits: course ≤ 3 months (p.12), accommodation ≤ 1 or 3 months, per diem never (p.20)', () => {
    says(e.training!.courseMonths.cite, 'не более 3');
    says(e.training!.accommodationMonths.cite, 'не более одного месяца', 'не более трех месяцев');
    says(e.costTypes['per-diem']!.exclusion!, 'суточные');
    says(e.digitalEquipment!.cite, '3D-сканер', '3D-принтер', 'плоттер');
    says(e.techEquipmentExcluded!.cite, 'логистического', 'холодильного', 'кранов', 'транспортных средств', 'погрузчиков');
    says(e.training!.accommodationWithinCourse.cite, 'проживания работника в течение срока');
    says(e.training!.travelOnce.cite, 'проезда', 'однократно');
  });
  test('never used equipment: digital equipment cites its own clause (p.12 sub-item 2, l.70), technological its own (sub-item 3, l.78)', () => {
    const digital = e.costTypes['digital-equipment']!.newOnly!;
    const tech = e.costTypes['tech-equipment']!.newOnly!;
    assert.deepEqual([digital.line, tech.line], [70, 78]);
    says(digital, 'цифрового оборудования', 'не бывшего в эксплуатации');
    says(tech, 'технологического оборудования', 'не бывшего в эксплуатации');
  });
  test('foreign currency: the National Bank rate on the date of payment (p.19, l.142)', () => {
    assert.equal(e.currencyConversion.value, 'payment-date-rate');
    says(e.currencyConversion.cite, '19.', 'курса валюты Национального банка', 'на дату совершения');
  });
  test('the service term is 14 working days; office hours 8:30-17:30 with lunch 12:30-14:30; a site visit ≤ 5 working days', () => {
    says(e.service.workingDays.cite, '14 (четырнадцать) рабочих дней');
    says(e.service.hours!.cite, '8:30', '17:30', '12:30', '14:30');
    says(e.service.registration.cite, 'следующим рабочим днем');
    says(e.service.siteVisitMaxDays!.cite, '28-4');
  });
  test('the agreement: the target within two years, checkpoints every six months, refund within 30 days', () => {
    says(e.obligation.years.cite, 'двух');
    says(e.obligation.checkpointMonths.cite, '3)');
    assert.ok(seedLine(e.obligation.checkpointMonths.cite.seed!, e.obligation.checkpointMonths.cite.line! + 2).includes('шесть месяцев'));
    says(e.obligation.refundDays.cite, '5)');
  });
});

describe('Choosing the edition by the filing date', () => {
  test('a date before the earliest edition is an input error, not a guess', () => {
    const issues = inputIssues(() => editionFor('2022-08-04'));
    assert.equal(issues[0]!.code, 'before-first-edition');
    assert.match(issues[0]!.message.en, /2022-08-05/);
  });
  test('the day before, of and after the start of 2025-442 (2025-12-22, unconfirmed)', () => {
    assert.equal(editionFor('2022-08-05').id, '2022');
    assert.equal(editionFor('2025-12-21').id, '2022');
    assert.equal(editionFor('2025-12-22').id, '2025-442');
    assert.equal(editionFor('2025-12-23').id, '2025-442');
    assert.equal(editionInfo(editionFor('2025-12-21'), '2025-12-21').to, '2025-12-21');
  });
  test('results dated 2025-12-20 … 2025-12-25 say that they depend on the unconfirmed start', () => {
    const flag = (d: string) => editionInfo(editionFor(d), d).dependsOnUnconfirmedStart;
    assert.deepEqual(['2025-12-19', '2025-12-20', '2025-12-22', '2025-12-25', '2025-12-26'].map(flag), [false, true, true, true, false]);
    const r = estimateReimbursement({ applicationDate: '2025-12-23', measure: 'organization', costs: [] });
    assert.equal(r.edition.startConfirmed, false);
    assert.ok(r.notes.some((n) => n.key === 'edition.unconfirmed-start'));
  });
  test('a result from the partial 2022 edition says it is partial', () => {
    const r = estimateReimbursement({ applicationDate: '2024-06-03', measure: 'competence', costs: [{ costType: 'training', amount: '1000', date: '2024-01-10' }] });
    assert.equal(r.edition.id, '2022');
    assert.equal(r.edition.partial, true);
    assert.ok(r.notes.some((n) => n.key === 'edition.partial'));
  });
  test('a new edition is added as data, with no code change', () => {
    const current = EDITIONS.at(-1)!;
    const next: Edition = { ...current, id: '2027-test', inForce: { from: '2027-01-01', confirmed: true, cite: current.inForce.cite }, rate: { ...current.rate, value: '0.50' } };
    const editions = [...EDITIONS, next];
    const line = { costType: 'progressive-technologies' as const, amount: '1000000.00', date: '2026-06-01' };
    assert.equal(estimateReimbursement({ applicationDate: '2026-12-31', measure: 'organization', costs: [line] }, { editions }).total, '400000.00');
    const r = estimateReimbursement({ applicationDate: '2027-01-04', measure: 'organization', costs: [line] }, { editions });
    assert.equal(r.edition.id, '2027-test');
    assert.equal(r.total, '500000.00');
  });
});
