/**
 * A React 19 app using the elements directly in TSX: with `import type {} from '@qazindustry/productivity-widgets/jsx'`
 * the tags, their attributes and properties are typed; a tag or a measure the package does not have does not compile.
 */
import type {} from '@qazindustry/productivity-widgets/jsx';
import type { EstimateResult } from '@qazindustry/productivity-calculator';

export const ok = (
  <qi-provider lang="ru" application-date="2026-03-02">
    <qi-reimbursement-estimator
      measure="process"
      costs={[{ costType: 'tech-equipment', payments: [{ date: '2025-06-01', amount: '60000000' }] }]}
      persist
      theme="auto"
      onqi-change={(e) => {
        const total: string = (e.detail as EstimateResult).total;
        return total;
      }}
    />
    <qi-document-checklist measure="process" cost-type="tech-equipment" tax-exempt />
    <qi-obligation-tracker agreement-date="2026-02-01" baseline-revenue="500000000" state-amount="20000000" />
  </qi-provider>
);

// @ts-expect-error — not one of the Rules' measures
export const badMeasure = <qi-eligibility-checker measure="robots" />;
// @ts-expect-error — no such element in the package
export const unknownTag = <qi-calculator />;
