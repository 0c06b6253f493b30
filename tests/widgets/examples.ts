/**
 * The worked examples of shared/domain/EXAMPLES.md that more than one widget suite enters, as the SDK inputs the
 * widgets build from their fields. Each constant names its example; the suites type the same values into the UI and
 * expect the SDK's answer for these inputs.
 */
import type { ChecklistInput, EligibilityInput, EstimateInput, ObligationInput } from '@qazindustry/productivity-calculator';

// ---------------------------------------------------------------------------------------------------------------
// Reimbursement

/** E1 — training, travel, accommodation, per diem: `competence`, filed 2026-03-10; total 2 400 000.00. */
export const E1: EstimateInput = {
  applicationDate: '2026-03-10',
  measure: 'competence',
  costs: [
    { costType: 'training', amount: '5000000.00', date: '2025-11-20' },
    { costType: 'travel', amount: '400000.00', date: '2025-11-01' },
    { costType: 'accommodation', amount: '600000.00', date: '2025-11-20' },
    { costType: 'per-diem', amount: '150000.00' },
  ],
};

/** E3 — process caps (Interpretation 1 A): equipment in two payments, an energy audit, installation; total 72 000 000.00. */
export const E3: EstimateInput = {
  applicationDate: '2026-04-10',
  measure: 'process',
  costs: [
    { costType: 'tech-equipment', payments: [{ date: '2023-12-01', amount: '60000000.00' }, { date: '2024-04-15', amount: '40000000.00' }] },
    { costType: 'energy-audit', amount: '60000000.00', date: '2025-02-01' },
    { costType: 'installation', amount: '40000000.00', date: '2025-06-01' },
  ],
};

/** E4 — the 24-month boundary: `organization`, filed 2026-03-31; the act of 2024-03-31 counts, that of 2024-03-30 not. */
export const E4: EstimateInput = {
  applicationDate: '2026-03-31',
  measure: 'organization',
  costs: [
    { costType: 'progressive-technologies', amount: '1000000.00', date: '2024-03-31' },
    { costType: 'progressive-technologies', amount: '1000000.00', date: '2024-03-30' },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// Eligibility

/** E8 — a large business, filed 2026-02-02, for `digital`: ineligible (p.3 sub-item 1), `competence` stays open. */
export const E8: EligibilityInput = { applicationDate: '2026-02-02', measure: 'digital', applicant: { size: 'large' } };

// ---------------------------------------------------------------------------------------------------------------
// Documents

/** Every condition of the checklist's form unticked: the widget sends each as a "no". */
export const NO_CONDITIONS = { taxExempt: false, individualEntrepreneur: false, nonResidentExecutor: false, claimsTravel: false, claimsAccommodation: false };

/** E12 — competence, filed 2026-02-10, nothing claimed: Annex 3 items 1-6, 8, 9, 10. */
export const E12: ChecklistInput = { applicationDate: '2026-02-10', measure: 'competence', ...NO_CONDITIONS };

/** E13 — technological equipment, filed 2026-01-15, not tax-exempt: Annex 4 items 1-5, 8-11. */
export const E13: ChecklistInput = { applicationDate: '2026-01-15', measure: 'process', costType: 'tech-equipment', ...NO_CONDITIONS };

/** E14 — digital for an individual entrepreneur, filed 2026-03-01: Annex 5-1 and the tax-account statement. */
export const E14: ChecklistInput = { applicationDate: '2026-03-01', measure: 'digital', ...NO_CONDITIONS, individualEntrepreneur: true };

// ---------------------------------------------------------------------------------------------------------------
// Counter-obligation

/** E15 — N + 2×Q: the agreement of 2026-02-01, N = 500 000 000.00, Q = 20 000 000.00 (target 540 000 000.00). */
export const E15_AGREEMENT = { agreementDate: '2026-02-01', baselineRevenue: '500000000', stateAmount: '20000000' } as const;

/** E15 as of `asOf`, with one revenue period from the agreement to `to` of `amount`. */
export const e15 = (asOf: string, to: string, amount: string): ObligationInput => ({
  ...E15_AGREEMENT,
  asOf,
  revenue: [{ from: '2026-02-01', to, amount }],
});
