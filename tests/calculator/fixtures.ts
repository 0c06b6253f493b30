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
