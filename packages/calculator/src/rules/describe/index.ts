export { describeEligibility, type EligibilityDescription, type EligibilityField, type Unresolved } from './eligibility.js';
export { describeEstimate, type EstimateDescription, type EstimateLineDescription, type CostTypeDescription } from './estimate.js';
export { describeChecklist, type ChecklistDescription } from './checklist.js';
export { describeObligation, type ObligationDescription } from './obligation.js';
export type { FieldDescription, FieldKind, FieldOption, Relevance } from './fields.js';
