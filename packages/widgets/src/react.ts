'use client';
/**
 * Typed React wrappers (`@lit/react`) of every widget: `<QiReimbursementEstimatorReact measure="process"
 * onQiChange={(e) => e.detail.total} />`. Importing this entry registers every tag; a page that uses one widget imports
 * its own entry instead (`@qazindustry/productivity-widgets/react/reimbursement-estimator`) and pays for that one only.
 */
export { QiProviderReact } from './react/provider.js';
export { QiEligibilityCheckerReact } from './react/eligibility-checker.js';
export { QiReimbursementEstimatorReact } from './react/reimbursement-estimator.js';
export { QiDocumentChecklistReact } from './react/document-checklist.js';
export { QiObligationTrackerReact } from './react/obligation-tracker.js';
export { QiNextStepsReact } from './react/next-steps.js';
