import { annex, interpretation, presentation, rules, type Citation, SEED_RULES } from '../../citation.js';
import { defineEdition } from '../types.js';

const order442 = (item: string, line: number, subItem?: string): Citation =>
  subItem === undefined
    ? { act: 'order-442', paragraph: item, seed: SEED_RULES, line }
    : { act: 'order-442', paragraph: item, subItem, seed: SEED_RULES, line };
/** Annex 6 of the Rules: the reimbursement agreement. */
const agreement = (paragraph: string, line: number, subItem?: string): Citation => {
  const c = annex('6', line, paragraph);
  if (subItem !== undefined) c.subItem = subItem;
  return c;
};

/**
 * Rules No. 308 as amended by Order No. 442 of 17.10.2025 (seed 002): the current rules.
 * Values cite the seed's lines; RULES.md's interpretations are named at the end.
 */
export default defineEdition({
  id: '2025-442',
  partial: false,
  inForce: {
    // 60 calendar days after the first official publication (item 4 of the Order); the publication date is not in
    // the seeds: REFERENCE.md §1 puts the start at 21-24 Dec 2025 (publication on 22.10.2025 → 22.12.2025).
    from: '2025-12-22',
    confirmed: false,
    uncertainWindow: { from: '2025-12-20', to: '2025-12-25' },
    cite: order442('4', 306),
  },
  rate: { value: '0.40', cite: rules('14', 104) },
  measures: {
    competence: { costTypes: ['training', 'travel', 'accommodation', 'per-diem'], cite: rules('12', 62, '1') },
    digital: { costTypes: ['digital-equipment'], cite: rules('12', 68, '2') },
    process: {
      costTypes: ['energy-audit', 'tech-equipment', 'supervised-installation', 'installation'],
      cite: rules('12', 72, '3'),
    },
    organization: { costTypes: ['progressive-technologies'], cite: rules('12', 84, '4') },
  },
  costTypes: {
    training: {
      measure: 'competence',
      kind: 'service',
      lookBack: { value: { months: 24, from: 'filing' }, cite: rules('14', 104) },
      agreementGroup: 'competence',
    },
    travel: {
      measure: 'competence',
      kind: 'service',
      lookBack: { value: { months: 24, from: 'filing' }, cite: rules('14', 104) },
      decreeLimits: { value: 'always', cite: rules('23', 164) },
      agreementGroup: 'competence',
    },
    accommodation: {
      measure: 'competence',
      kind: 'service',
      lookBack: { value: { months: 24, from: 'filing' }, cite: rules('14', 104) },
      // p.23 (l.164): "Затраты … по проезду и проживанию … и расходов на проживание за рубежом": all accommodation,
      // domestic included, and accommodation abroad.
      decreeLimits: { value: 'always', cite: rules('23', 164) },
      agreementGroup: 'competence',
    },
    'per-diem': {
      measure: 'competence',
      kind: 'never',
      exclusion: rules('20', 154, '3'),
      agreementGroup: 'competence',
    },
    'digital-equipment': {
      measure: 'digital',
      kind: 'equipment',
      lookBack: { value: { months: 24, from: 'receipt' }, cite: rules('14-1', 118) },
      agreementGroup: 'digital-equipment',
      // p.12 sub-item 2: "… не бывшего в эксплуатации оборудования" (l.70)
      newOnly: rules('12', 70, '2'),
    },
    'energy-audit': {
      measure: 'process',
      kind: 'service',
      lookBack: { value: { months: 24, from: 'filing' }, cite: rules('14', 104) },
      agreementGroup: 'energy-audit',
    },
    'tech-equipment': {
      measure: 'process',
      kind: 'equipment',
      lookBack: { value: { months: 24, from: 'receipt' }, cite: rules('14-1', 118) },
      agreementGroup: 'tech-equipment',
      // p.12 sub-item 3: "приобретением технологического оборудования (не бывшего в эксплуатации оборудования)" (l.78)
      newOnly: rules('12', 78, '3'),
    },
    'supervised-installation': {
      measure: 'process',
      kind: 'service',
      lookBack: { value: { months: 24, from: 'filing' }, cite: rules('14', 104) },
      agreementGroup: 'supervised-installation',
    },
    installation: {
      measure: 'process',
      kind: 'service',
      lookBack: { value: { months: 24, from: 'filing' }, cite: rules('14', 104) },
      agreementGroup: 'installation',
    },
    'progressive-technologies': {
      measure: 'organization',
      kind: 'service',
      lookBack: { value: { months: 24, from: 'filing' }, cite: rules('14', 104) },
      agreementGroup: 'progressive-technologies',
    },
  },
  capSchemes: {
    // Interpretation 1 A (default): energy audit and technological equipment share the process cap;
    // installation and supervised installation have their own; digital equipment its own.
    A: [
      { id: 'competence', measure: 'competence', costTypes: ['training', 'travel', 'accommodation', 'per-diem'], cap: { value: '30000000.00', cite: rules('14', 106) }, perCalendarYear: true, measureDefault: true },
      { id: 'digital', measure: 'digital', costTypes: ['digital-equipment'], cap: { value: '60000000.00', cite: rules('14', 108) }, perCalendarYear: true, measureDefault: true },
      { id: 'process', measure: 'process', costTypes: ['energy-audit', 'tech-equipment'], cap: { value: '60000000.00', cite: rules('14', 110) }, perCalendarYear: true, measureDefault: true },
      { id: 'process-installation', measure: 'process', costTypes: ['installation', 'supervised-installation'], cap: { value: '12000000.00', cite: rules('14', 110) }, perCalendarYear: true },
      { id: 'organization', measure: 'organization', costTypes: ['progressive-technologies'], cap: { value: '20000000.00', cite: rules('14', 112) }, perCalendarYear: true, measureDefault: true },
    ],
    // B: energy audit, technological equipment and installation each with their own cap.
    B: [
      { id: 'competence', measure: 'competence', costTypes: ['training', 'travel', 'accommodation', 'per-diem'], cap: { value: '30000000.00', cite: rules('14', 106) }, perCalendarYear: true, measureDefault: true },
      { id: 'digital', measure: 'digital', costTypes: ['digital-equipment'], cap: { value: '60000000.00', cite: rules('14', 108) }, perCalendarYear: true, measureDefault: true },
      { id: 'process', measure: 'process', costTypes: ['energy-audit'], cap: { value: '60000000.00', cite: rules('14', 110) }, perCalendarYear: true, measureDefault: true },
      { id: 'process-equipment', measure: 'process', costTypes: ['tech-equipment'], cap: { value: '60000000.00', cite: rules('14-1', 118) }, perCalendarYear: true },
      { id: 'process-installation', measure: 'process', costTypes: ['installation', 'supervised-installation'], cap: { value: '12000000.00', cite: rules('14', 110) }, perCalendarYear: true },
      { id: 'organization', measure: 'organization', costTypes: ['progressive-technologies'], cap: { value: '20000000.00', cite: rules('14', 112) }, perCalendarYear: true, measureDefault: true },
    ],
    // C: technological and digital equipment share one cap (p.14-1 names them together); energy audit its own.
    C: [
      { id: 'competence', measure: 'competence', costTypes: ['training', 'travel', 'accommodation', 'per-diem'], cap: { value: '30000000.00', cite: rules('14', 106) }, perCalendarYear: true, measureDefault: true },
      { id: 'equipment', measure: 'digital', costTypes: ['digital-equipment', 'tech-equipment'], cap: { value: '60000000.00', cite: rules('14-1', 118) }, perCalendarYear: true, measureDefault: true },
      { id: 'process', measure: 'process', costTypes: ['energy-audit'], cap: { value: '60000000.00', cite: rules('14', 110) }, perCalendarYear: true, measureDefault: true },
      { id: 'process-installation', measure: 'process', costTypes: ['installation', 'supervised-installation'], cap: { value: '12000000.00', cite: rules('14', 110) }, perCalendarYear: true },
      { id: 'organization', measure: 'organization', costTypes: ['progressive-technologies'], cap: { value: '20000000.00', cite: rules('14', 112) }, perCalendarYear: true, measureDefault: true },
    ],
  },
  training: {
    accommodationMonths: {
      value: { 'professional-training': 1, retraining: 1, 'qualification-upgrade': 3 },
      cite: rules('20', 154, '3'),
    },
    courseMonths: { value: 3, cite: rules('12', 66, '1') },
    // p.20 sub-item 3 (l.154) and Annex 3 item 8 sub-item 12 (l.516): "проживания работника в течение срока" of the course.
    accommodationWithinCourse: { value: true, cite: rules('20', 154, '3') },
    travelOnce: { value: true, cite: rules('20', 152, '2') },
  },
  digitalEquipment: { value: ['3d-scanner', '3d-printer', 'wide-format-plotter'], cite: rules('12', 70, '2') },
  techEquipmentExcluded: {
    value: ['logistics', 'refrigeration', 'crane', 'vehicle', 'loader'],
    cite: rules('5', 40, '8'),
  },
  // p.19 (l.142): at the National Bank rate on the date the applicant paid the executor.
  currencyConversion: { value: 'payment-date-rate', cite: rules('19', 142) },
  eligibility: [
    { id: 'p3.1-large-business', rule: 'size', cite: rules('3', 24, '1'), allowed: ['micro', 'small', 'medium'], largeExceptMeasures: ['competence'] },
    { id: 'p3.2-state-share', rule: 'stateShare', cite: rules('3', 26, '2'), thresholdPercent: '50', exceptions: true },
    { id: 'p3.3-unrepaid-breach', rule: 'flagMustBeFalse', cite: rules('3', 28, '3'), field: 'unrepaidBreach' },
    { id: 'p3.4-sez-participant', rule: 'flagMustBeFalse', cite: rules('3', 30, '4'), field: 'sezParticipant' },
    { id: 'p5.15-industrial-innovative-subject', rule: 'flagMustBeTrue', cite: rules('5', 50, '15'), field: 'industrialInnovativeSubject' },
    {
      id: 'p13.5-tax-growth',
      rule: 'taxGrowth',
      cite: rules('13', 90, '5'),
      years: 3,
      exemptRegisteredYears: { value: 7, cite: rules('13', 90, '5') },
    },
    { id: 'p13.6-producers-register', rule: 'flagMustBeTrue', cite: rules('13', 98, '6'), field: 'inProducersRegister', from: '2026-01-01' },
    {
      // Interpretation 15: the seeds require priority goods only through the documents proving them (item 8 of
      // Annexes 3-5-1), which Order 442 item 4(2) ends on 1 January 2026; a "no" fails citing the annex's item
      // (Annex 4: the energy-audit variant's numbering; the equipment variant prints it as sub-item 6, l.704).
      id: 'p13-priority-goods',
      rule: 'priorityGoods',
      cite: order442('4', 310, '2'),
      citeByMeasure: {
        competence: annex('3', 500, '8', '7'),
        process: annex('4', 620, '8', '7'),
        organization: annex('5', 840, '8', '7'),
        digital: annex('5-1', 970, '8', '5'),
      },
      requiredUntil: '2025-12-31',
      afterwards: { interpretation: 'priority-goods', readings: { 'ends-with-documents': 'not-applicable', 'still-required-2026': 'required' } },
    },
    { id: 'annex1-double-funding', rule: 'flagMustBeFalse', cite: annex('1', 380), field: 'otherBudgetFunding' },
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
    },
  ],
  switches: [
    { id: 'register-required', from: '2026-01-01', cite: order442('4', 308, '1') },
    { id: 'priority-goods-docs', until: '2025-12-31', cite: order442('4', 310, '2') },
  ],
  interpretations: [
    {
      id: 'baseline',
      n: 0,
      value: 'n-plus-2q',
      alternatives: ['literal-2q'],
      cite: presentation(151),
    },
    {
      id: 'process-caps',
      n: 1,
      value: 'A',
      alternatives: ['B', 'C'],
      cite: interpretation(1),
    },
    {
      id: 'already-received',
      n: 2,
      value: 'subtract-same-year',
      cite: interpretation(2),
    },
    {
      id: 'tax-growth',
      n: 3,
      value: 'three-years-strict-growth',
      cite: interpretation(3),
    },
    {
      id: 'proportional-refund',
      n: 4,
      value: 'q-times-shortfall',
      cite: interpretation(4),
    },
    {
      id: 'service-cost-date',
      n: 5,
      value: 'act-date',
      cite: interpretation(5),
    },
    {
      id: 'one-agreement-a-year',
      n: 6,
      value: 'per-cost-type',
      cite: interpretation(6),
    },
    {
      id: 'cap-year',
      n: 7,
      value: 'filing-year',
      cite: interpretation(7),
    },
    {
      id: 'digital-list',
      n: 8,
      value: 'exhaustive',
      cite: interpretation(8),
    },
    {
      id: 'order-442-item-4',
      n: 9,
      value: 'by-meaning',
      alternatives: ['literal'],
      cite: interpretation(9),
    },
    {
      id: 'agreement-start',
      n: 10,
      value: 'received-signed',
      cite: interpretation(10),
    },
    {
      id: 'registration',
      n: 11,
      value: 'next-working-day-after-hours',
      cite: interpretation(11),
    },
    {
      id: 'q-and-n',
      n: 12,
      value: 'agreement-amount',
      cite: interpretation(12),
    },
    {
      id: 'pace',
      n: 13,
      value: 'linear',
      cite: interpretation(13),
    },
    {
      id: 'service-term-count',
      n: 14,
      value: 'from-next-working-day',
      cite: interpretation(14),
    },
    {
      id: 'priority-goods',
      n: 15,
      value: 'ends-with-documents',
      alternatives: ['still-required-2026'],
      cite: interpretation(15),
    },
  ],
  service: {
    workingDays: { value: 14, cite: annex('3', 449, '3') },
    siteVisitMaxDays: { value: 5, cite: rules('28-4', 178) },
    registration: { value: 'next-working-day-after-hours', cite: annex('3', 477, '7', '1') },
    hours: { value: { open: '08:30', close: '17:30', lunch: ['12:30', '14:30'] }, cite: annex('3', 479, '7', '2') },
  },
  obligation: {
    years: { value: 2, cite: agreement('5', 1092, '3') },
    multiplier: { value: '2', cite: agreement('5', 1092, '3') },
    checkpointMonths: { value: 6, cite: agreement('4', 1077, '3') },
    refundDays: { value: 30, cite: agreement('5', 1100, '5') },
  },
});
