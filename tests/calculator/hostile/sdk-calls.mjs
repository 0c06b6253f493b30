#!/usr/bin/env node
// Prints, as JSON, what each main function of the SDK returns for one input, with the prototypes clean
// (`node sdk-calls.mjs clean`), polluted before the SDK is imported (`before`) or after (`after`).
// tests/calculator/hostile-prototypes.test.ts compares the three outputs.
import { pollute } from './pollute.mjs';

const mode = process.argv[2] ?? 'clean';
if (mode === 'before') pollute();
const sdk = await import('@qazindustry/productivity-calculator');
const core = await import('@qazindustry/productivity-calculator/core');
if (mode === 'after') pollute();

const applicant = {
  size: 'small', stateShare: '0', sezParticipant: false, unrepaidBreach: false, registrationDate: '2010-01-01',
  taxExempt: false, taxPayments: { 2023: '1000000', 2024: '2000000', 2025: '3000000' }, individualEntrepreneur: false,
  inProducersRegister: true, producesPriorityGoods: true, industrialInnovativeSubject: true, otherBudgetFunding: false,
  courtBan: false, personalDataConsent: true,
};
const outcome = (fn) => {
  try {
    return { ok: true, value: fn() };
  } catch (e) {
    return { ok: false, error: String(e?.name), message: String(e?.message), issues: e?.issues };
  }
};
const results = {
  checkEligibility: outcome(() => sdk.checkEligibility({ applicationDate: '2026-01-05', measure: 'organization', applicant })),
  checkEligibilityPartial: outcome(() => core.checkEligibility({ applicationDate: '2026-02-02', measure: 'digital', applicant: { size: 'large' } })),
  estimateReimbursement: outcome(() =>
    sdk.estimateReimbursement({
      applicationDate: '2026-03-10',
      measure: 'competence',
      costs: [
        { costType: 'training', amount: '5000000.00', date: '2025-11-20' },
        { costType: 'travel', amount: '400000.00', date: '2025-11-01' },
        { costType: 'accommodation', amount: '600000.00', date: '2025-11-20', period: { from: '2025-11-06', to: '2025-11-20' }, courseKind: 'qualification-upgrade' },
        { costType: 'per-diem', amount: '150000.00' },
      ],
    }),
  ),
  estimateProcess: outcome(() =>
    sdk.estimateReimbursement({
      applicationDate: '2026-04-10',
      measure: 'process',
      interpretations: { processCaps: 'B' },
      costs: [
        { costType: 'tech-equipment', amount: '100000000.00', payments: [{ date: '2023-12-01', amount: '60000000.00' }, { date: '2024-04-15', amount: '40000000.00' }] },
        { costType: 'energy-audit', amount: '60000000.00', date: '2025-02-01' },
        { costType: 'installation', amount: '40000000.00', date: '2025-06-01' },
      ],
    }),
  ),
  estimateUnknownField: outcome(() => sdk.estimateReimbursement({ applicationDate: '2026-03-10', measure: 'competence', costs: [], extend: 1 })),
  buildChecklist: outcome(() =>
    sdk.buildChecklist({ applicationDate: '2026-02-10', measure: 'competence', taxExempt: false, individualEntrepreneur: false, nonResidentExecutor: true, claimsTravel: true, claimsAccommodation: false }),
  ),
  trackObligation: outcome(() =>
    sdk.trackObligation({ agreementDate: '2026-02-01', baselineRevenue: '500000000.00', stateAmount: '20000000.00', revenue: [{ from: '2026-02-01', to: '2028-01-31', amount: '520000000.00' }], asOf: '2028-02-02' }),
  ),
  serviceDeadline: outcome(() => sdk.serviceDeadline({ submittedAt: '2026-03-20T19:00', channel: 'portal', siteVisitDays: 5 })),
};
for (const [name, r] of Object.entries(results)) {
  if (r.ok) for (const lang of ['kk', 'ru', 'en']) r[lang] = outcome(() => sdk.format(r.value, lang));
}
process.stdout.write(JSON.stringify(results, null, 1));
