import { annex, interpretation, presentation, rules } from '../../citation.js';
import { defineEdition } from '../types.js';

const lookBack24 = { value: { months: 24, from: 'filing' as const }, cite: presentation(47) };

/**
 * Rules No. 308 as first approved, **as QazIndustry presented them in 2022** (seed 004). Partial: the Rules were
 * amended in between (Order No. 91 of 6.3.2024, applied from 12.5.2024; content not in the seeds), so every result
 * from this edition says it is partial.
 */
export default defineEdition({
  id: '2022',
  partial: true,
  inForce: {
    // Order 308 of 1.6.2022 "enters into force sixty calendar days after the day of its first official publication"
    // (seed 000 l.14-16). The publication date is not in the seeds, so this start is one value, unconfirmed, counted
    // as REFERENCE.md §1 counts Order 442's (the period starts the day after publication D; in force on D + 61 days,
    // which from a June D is the same day of August). Evidence for D: the order is dated 1.6.2022 (000 l.15,
    // 004 l.223); the seeds' two other orders were registered 2-3 days after signing (Order 280: 7.6 → 9.6.2021,
    // 000 l.10-11; Order 442: 17.10 → 20.10.2025, 002 header) and REFERENCE.md §1 puts Order 442's publication
    // 1-4 days after registration. So Order 308 was registered about 3.6.2022 (No. 28320) and published about
    // 4-7.6.2022: in force about 4-7.8.2022. The value is the middle, 5.8.2022 (publication on 5.6.2022).
    // Uncertain window: from 1.8.2022 (publication on the signing day itself, the earliest possible) to 10.8.2022
    // (publication 10 days after signing). Never the signing date 2022-06-01: that is not when the Rules applied.
    from: '2022-08-05',
    confirmed: false,
    uncertainWindow: { from: '2022-08-01', to: '2022-08-10' },
    cite: presentation(223),
  },
  rate: { value: '0.40', cite: presentation(43) },
  rateNotes: { digital: { value: '0.40-0.50', cite: presentation(82) } },
  measures: {
    competence: { costTypes: ['training', 'foreign-employee'], cite: presentation(7) },
    process: {
      costTypes: ['energy-audit', 'installation', 'supervised-installation', 'process-services'],
      cite: presentation(21),
    },
    organization: { costTypes: ['progressive-technologies'], cite: presentation(61) },
    digital: { costTypes: ['digital-systems'], cite: presentation(96) },
  },
  costTypes: {
    // "исторический период: 24 месяца (обучение, стажировка)" (l.53-55): training and internships.
    training: { measure: 'competence', kind: 'service', lookBack: { value: { months: 24, from: 'filing' }, cite: presentation(53) }, agreementGroup: 'competence', internships: presentation(55) },
    'foreign-employee': { measure: 'competence', kind: 'service', lookBack: { value: { months: 12, from: 'filing' }, cite: presentation(57) }, agreementGroup: 'competence' },
    'energy-audit': { measure: 'process', kind: 'service', lookBack: lookBack24, agreementGroup: 'process' },
    installation: { measure: 'process', kind: 'service', lookBack: lookBack24, agreementGroup: 'process' },
    'supervised-installation': { measure: 'process', kind: 'service', lookBack: lookBack24, agreementGroup: 'process' },
    'process-services': { measure: 'process', kind: 'service', lookBack: lookBack24, agreementGroup: 'process' },
    'progressive-technologies': { measure: 'organization', kind: 'service', lookBack: { value: { months: 24, from: 'filing' }, cite: presentation(79) }, agreementGroup: 'organization' },
    'digital-systems': { measure: 'digital', kind: 'service', lookBack: { value: { months: 24, from: 'filing' }, cite: presentation(86) }, agreementGroup: 'digital' },
  },
  capSchemes: {
    // The presentation gives one cap per measure and does not say whether it is per year.
    A: [
      { id: 'competence', measure: 'competence', costTypes: ['training', 'foreign-employee'], cap: { value: '30000000.00', cite: presentation(51) }, perCalendarYear: false, measureDefault: true },
      { id: 'process', measure: 'process', costTypes: ['energy-audit', 'installation', 'supervised-installation', 'process-services'], cap: { value: '60000000.00', cite: presentation(45) }, perCalendarYear: false, measureDefault: true },
      { id: 'organization', measure: 'organization', costTypes: ['progressive-technologies'], cap: { value: '60000000.00', cite: presentation(77) }, perCalendarYear: false, measureDefault: true },
      { id: 'digital', measure: 'digital', costTypes: ['digital-systems'], cap: { value: '60000000.00', cite: presentation(84) }, perCalendarYear: false, measureDefault: true },
    ],
  },
  // The presentation says nothing on foreign currency; its l.130 refers every document to Rules No. 308 of 1.6.2022,
  // whose text of that time is not in the seeds. So no rate rule is cited (and never the 2025 p.19).
  currencyConversion: { value: 'source-silent', cite: presentation(130) },
  eligibility: [
    { id: 'p3-small-medium-only', rule: 'size', cite: presentation(189), allowed: ['micro', 'small', 'medium'], largeExceptMeasures: [] },
    { id: 'p3-state-share', rule: 'stateShare', cite: presentation(191), thresholdPercent: '50', exceptions: false },
    { id: 'p13-priority-goods', rule: 'priorityGoods', cite: presentation(189), afterwards: 'required' },
    // Interpretation 16: the presentation is silent on the rules below, which the current Rules check. The checker
    // still asks them; an answer the current rule fails is `unknown` (never a pass), citing the current rule. The
    // register (p.13 sub-item 6) is left out: it applies from 1.1.2026, after this edition ends.
    { id: 'p3.3-unrepaid-breach', rule: 'flagMustBeFalse', cite: rules('3', 28, '3'), field: 'unrepaidBreach', silent: true },
    { id: 'p3.4-sez-participant', rule: 'flagMustBeFalse', cite: rules('3', 30, '4'), field: 'sezParticipant', silent: true },
    { id: 'p5.15-industrial-innovative-subject', rule: 'flagMustBeTrue', cite: rules('5', 50, '15'), field: 'industrialInnovativeSubject', silent: true },
    {
      id: 'p13.5-tax-growth',
      rule: 'taxGrowth',
      cite: rules('13', 90, '5'),
      years: 3,
      exemptRegisteredYears: { value: 7, cite: rules('13', 90, '5') },
      silent: true,
    },
    { id: 'annex1-double-funding', rule: 'flagMustBeFalse', cite: annex('1', 380), field: 'otherBudgetFunding', silent: true },
    {
      id: 'refusal9.4-court-ban',
      rule: 'flagMustBeFalse',
      cite: annex('3', 529, '9', '4'),
      citeByMeasure: {
        competence: annex('3', 529, '9', '4'),
        process: annex('4', 727, '9', '4'),
        organization: annex('5', 861, '9', '4'),
        digital: annex('5-1', 999, '9', '4'),
      },
      field: 'courtBan',
      silent: true,
    },
    {
      id: 'refusal9.5-personal-data-consent',
      rule: 'flagMustBeTrue',
      cite: annex('3', 531, '9', '5'),
      citeByMeasure: {
        competence: annex('3', 531, '9', '5'),
        process: annex('4', 729, '9', '5'),
        organization: annex('5', 863, '9', '5'),
        digital: annex('5-1', 1001, '9', '5'),
      },
      field: 'personalDataConsent',
      silent: true,
    },
  ],
  switches: [],
  interpretations: [
    {
      id: 'baseline',
      n: 0,
      value: 'n-plus-2q',
      alternatives: ['literal-2q'],
      cite: presentation(151),
    },
    {
      id: 'already-received',
      n: 2,
      value: 'subtract-same-year',
      cite: interpretation(2),
    },
    {
      id: 'registration',
      n: 11,
      value: 'next-day',
      cite: interpretation(11),
    },
    {
      id: 'partial-silence',
      n: 16,
      value: 'unknown-under-current-rules',
      cite: interpretation(16),
    },
  ],
  service: {
    workingDays: { value: 14, cite: presentation(258) },
    registration: { value: 'next-day', cite: presentation(262) },
  },
  obligation: {
    years: { value: 2, cite: presentation(110) },
    multiplier: { value: '2', cite: presentation(151) },
    checkpointMonths: { value: 6, cite: presentation(264) },
    refundDays: { value: 30, cite: interpretation(4) },
  },
});
