/**
 * @qazindustry/productivity-widgets — the element classes, without registering any tag. Import `./define.js`
 * (or one element's `…/define.js`) to register the tags.
 */
export { QiEligibilityChecker } from './eligibility-checker/eligibility-checker.js';
export { QiReimbursementEstimator } from './reimbursement-estimator/reimbursement-estimator.js';
export { QiDocumentChecklist } from './document-checklist/document-checklist.js';
export { QiObligationTracker } from './obligation-tracker/obligation-tracker.js';
export { QiProvider } from './provider/provider.js';
export { QiNextSteps } from './next-steps/next-steps.js';
export type { MergedChecklist, MergedChecklistItem } from './document-checklist/document-checklist.js';
export { QiElement } from './shared/qi-element.js';
export { QiChangeEvent, QiInputErrorEvent, QiChecklistItemToggleEvent } from './shared/events.js';
export { settingsContext, type QiSettings, type SharedApplication, type RateProvider, type DraftStore } from './shared/context.js';
export { define } from './shared/define.js';
export { registerStrings, type UiStringsOverride } from './shared/languages.js';

declare global {
  interface HTMLElementTagNameMap {
    'qi-provider': import('./provider/provider.js').QiProvider;
    'qi-eligibility-checker': import('./eligibility-checker/eligibility-checker.js').QiEligibilityChecker;
    'qi-reimbursement-estimator': import('./reimbursement-estimator/reimbursement-estimator.js').QiReimbursementEstimator;
    'qi-document-checklist': import('./document-checklist/document-checklist.js').QiDocumentChecklist;
    'qi-obligation-tracker': import('./obligation-tracker/obligation-tracker.js').QiObligationTracker;
    'qi-next-steps': import('./next-steps/next-steps.js').QiNextSteps;
  }
}
