#!/usr/bin/env node
// The README's first command ends here: until the widgets' demo exists, it prints a worked example of the SDK.
import { estimateReimbursement, checkEligibility, format } from '@qazindustry/productivity-calculator';

const lang = ['kk', 'ru', 'en'].includes(process.argv[2]) ? process.argv[2] : 'en';
const estimate = estimateReimbursement({
  applicationDate: '2026-04-10',
  measure: 'process',
  costs: [
    { costType: 'tech-equipment', amount: '100000000.00', payments: [{ date: '2023-12-01', amount: '60000000.00' }, { date: '2024-04-15', amount: '40000000.00' }] },
    { costType: 'energy-audit', amount: '60000000.00', date: '2025-02-01' },
    { costType: 'installation', amount: '40000000.00', date: '2025-06-01' },
  ],
});
console.log(format(estimate, lang));
console.log();
console.log(format(checkEligibility({ applicationDate: '2026-02-02', measure: 'digital', applicant: { size: 'large' } }), lang));
