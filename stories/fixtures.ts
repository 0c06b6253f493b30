/** Inputs shared by the stories (and named after the worked examples of EXAMPLES.md where they are one). */
export const E1_COSTS = [
  { costType: 'training', amount: '5000000.00', date: '2025-11-20' },
  { costType: 'travel', amount: '400000.00', date: '2025-11-01' },
  { costType: 'accommodation', amount: '600000.00', date: '2025-11-20', courseKind: 'qualification-upgrade', period: { from: '2025-11-06', to: '2025-11-20' } },
  { costType: 'per-diem', amount: '150000.00' },
];
export const E3_COSTS = [
  { costType: 'tech-equipment', payments: [{ date: '2023-12-01', amount: '60000000.00' }, { date: '2024-04-15', amount: '40000000.00' }] },
  { costType: 'energy-audit', amount: '60000000.00', date: '2025-02-01' },
  { costType: 'installation', amount: '40000000.00', date: '2025-06-01' },
];
export { PASSING_APPLICANT } from '../tests/calculator/fixtures.js';
export const E15_REVENUE = [
  { from: '2026-02-01', to: '2026-04-30', amount: '60000000' },
  { from: '2026-05-01', to: '2026-07-31', amount: '65000000' },
  { from: '2026-08-01', to: '2026-10-31', amount: '62000000' },
  { from: '2026-11-01', to: '2027-01-31', amount: '63000000' },
];
