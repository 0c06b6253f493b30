import type { Applicant } from '@qazindustry/productivity-calculator';

/** Every question of the eligibility checker answered so that it passes, for a 2026 application. */
export const PASSING_APPLICANT = {
  size: 'small',
  stateShare: '0',
  sezParticipant: false,
  unrepaidBreach: false,
  registrationDate: '2010-01-01',
  taxExempt: false,
  taxPayments: { '2023': '1000000', '2024': '2000000', '2025': '3000000' },
  individualEntrepreneur: false,
  inProducersRegister: true,
  producesPriorityGoods: true,
  industrialInnovativeSubject: true,
  otherBudgetFunding: false,
  courtBan: false,
  personalDataConsent: true,
} as const satisfies Applicant;

const passing = PASSING_APPLICANT;

/**
 * Valid inputs of every public function that, together, reach every kind of result (each verdict, included and
 * excluded lines of every reason, both editions, each checklist variant kind, each obligation status, both channels):
 * the fuzz suite starts from them and the stand-alone and isolation tests compare them.
 */
export const SAMPLE_INPUTS = {
  checkEligibility: [
    { applicationDate: '2026-02-02', measure: 'digital', applicant: { size: 'large' } },
    { applicationDate: '2026-01-05', measure: 'organization', applicant: passing },
    { applicationDate: '2026-04-01', receiptDate: '2026-04-03', measure: 'process', applicant: { headcount: 120, averageAnnualIncome: '1500000000.50', neverSmallActivity: true } },
    { applicationDate: '2026-04-01', measure: 'competence', applicant: { headcount: 20, averageAnnualIncome: 90000000 } },
    { applicationDate: '2026-02-02', measure: 'digital', applicant: { stateShare: 100, stateShareHolderException: 'social-entrepreneurial-corporation', unrepaidBreach: null } },
    { applicationDate: '2026-04-01', receiptDate: '2026-04-01', measure: 'process', applicant: { registrationDate: '2015-05-01', taxExempt: false, taxPayments: { '2023': 10000000, '2024': '12000000', '2025': '11000000.00' } } },
    { applicationDate: '2025-12-10', measure: 'process', applicant: { size: 'medium', stateShare: '49.9', producesPriorityGoods: false } },
    { applicationDate: '2026-06-30', measure: 'organization' },
  ],
  estimateReimbursement: [
    {
      applicationDate: '2026-03-10',
      measure: 'competence',
      costs: [
        { id: 'fee', costType: 'training', amount: '5000000.00', date: '2025-11-20', period: { from: '2025-11-06', to: '2025-11-20' }, courseKind: 'qualification-upgrade' },
        { costType: 'travel', amount: '400000.00', date: '2025-11-01', decreeLimit: '350000' },
        { costType: 'accommodation', amount: '600000.00', date: '2025-11-20', period: { from: '2025-10-06', to: '2025-11-20' }, courseKind: 'retraining', decreeLimit: '500000.50' },
        { costType: 'per-diem', amount: '150000.00' },
      ],
      alreadyReceived: [{ costType: 'training', amount: '1000000' }],
    },
    {
      applicationDate: '2026-04-10',
      receiptDate: '2026-04-13',
      measure: 'process',
      costs: [
        { costType: 'tech-equipment', amount: '100000000.00', payments: [{ date: '2023-12-01', amount: '60000000.00' }, { date: '2024-04-15', amount: '40000000.00' }], equipmentCategory: 'production', previouslyUsed: false },
        { costType: 'energy-audit', amount: '60000000.00', date: '2025-02-01' },
        { costType: 'installation', amount: 40000000, date: '2025-06-01' },
        { costType: 'supervised-installation', amount: '1.5', date: '2026-04-10', description: 'шеф-монтаж' },
      ],
      interpretations: { processCaps: 'B' },
    },
    { applicationDate: '2026-01-20', measure: 'organization', costs: [{ costType: 'progressive-technologies', amount: '20000.00', currency: 'USD', rate: '540.12', date: '2025-09-15' }] },
    {
      applicationDate: '2026-05-05',
      measure: 'digital',
      costs: [
        { costType: 'digital-equipment', currency: 'EUR', payments: [{ date: '2025-01-10', amount: '1000', rate: '600.5' }, { date: '2025-03-10', amount: '2000.25', rate: 601 }], equipmentKind: '3d-printer' },
        { costType: 'digital-equipment', amount: '3000000', date: '2026-01-15', equipmentKind: 'other', previouslyUsed: true },
      ],
      alreadyReceived: [{ amount: '5000000.00' }],
      interpretations: { processCaps: 'C' },
    },
    { applicationDate: '2026-05-05', measure: 'organization', costs: [{ costType: 'progressive-technologies', amount: '45000000.00', date: '2026-03-01' }], alreadyReceived: [{ amount: '5000000.00' }] },
    { applicationDate: '2026-12-31', measure: 'competence', costs: [{ costType: 'accommodation', amount: '90000', date: '2026-12-31', period: { from: '2026-12-01', to: '2026-12-31' }, courseKind: 'professional-training' }] },
    { applicationDate: '2024-06-03', measure: 'process', costs: [{ costType: 'process-services', amount: '100', date: '2024-01-01' }] },
  ],
  buildChecklist: [
    { applicationDate: '2026-02-10', measure: 'competence', taxExempt: false, individualEntrepreneur: false, nonResidentExecutor: false, claimsTravel: true, claimsAccommodation: null },
    { applicationDate: '2026-01-15', measure: 'process', costType: 'tech-equipment', taxExempt: true, individualEntrepreneur: false, nonResidentExecutor: true },
    { applicationDate: '2026-03-01', measure: 'digital', individualEntrepreneur: true, interpretations: { order442Item4: 'literal' } },
    { applicationDate: '2025-12-25', measure: 'process', costType: 'supervised-installation', nonResidentExecutor: null },
    { applicationDate: '2025-12-01', measure: 'organization', costType: 'progressive-technologies' },
  ],
  trackObligation: [
    { agreementDate: '2026-02-01', baselineRevenue: '500000000.00', stateAmount: '20000000.00', revenue: [{ from: '2026-02-01', to: '2027-01-31', amount: '250000000.00' }], asOf: '2027-02-01' },
    {
      agreementDate: '2026-02-01',
      baselineRevenue: 500000000,
      stateAmount: '20000000',
      revenue: [
        { from: '2026-01-01', to: '2026-03-31', amount: '90000000' },
        { from: '2026-04-01', to: '2026-12-31', amount: '300000000.5' },
        { from: '2027-01-01', to: '2028-02-02', amount: '200000000' },
      ],
      asOf: '2028-02-02',
      interpretations: { baseline: 'literal-2q' },
    },
    { agreementDate: '2026-08-31', baselineRevenue: '0', stateAmount: '0.01', revenue: [], asOf: '2026-08-31' },
  ],
  serviceDeadline: [
    { submittedAt: '2026-03-20T19:00', channel: 'portal' },
    { submittedAt: '2026-04-30T10:00', channel: 'office', siteVisitDays: 5 },
    { submittedAt: '2026-12-28T16:59:59+05:00', channel: 'portal', siteVisitDays: 0, allowProvisional: true },
    { submittedAt: '2026-01-05T04:00Z', channel: 'office' },
  ],
  addWorkingDays: [
    { date: '2026-03-20', n: 14 },
    { date: '2026-12-25', n: 3 },
    { date: '2025-01-10', n: -3 },
    { date: '2026-05-08', n: 0 },
  ],
} as const satisfies Record<string, readonly unknown[]>;

