/**
 * JSX types for the elements used directly in a React 19 app (React 19 passes properties and events to custom
 * elements itself): `import type {} from '@qazindustry/productivity-widgets/jsx';` once, then
 * `<qi-reimbursement-estimator measure="process" costs={lines} onqi-change={…} />` is typed — the attributes and
 * properties each element has, `measure` as the SDK's measures, and `qi-change` with the SDK's result.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { ChecklistResult, EligibilityResult, EstimateResult, ObligationResult, ServiceDeadlineResult } from '@qazindustry/productivity-calculator/core';
import type { QiEligibilityChecker } from './eligibility-checker/eligibility-checker.js';
import type { QiReimbursementEstimator } from './reimbursement-estimator/reimbursement-estimator.js';
import type { QiDocumentChecklist } from './document-checklist/document-checklist.js';
import type { QiObligationTracker } from './obligation-tracker/obligation-tracker.js';
import type { QiNextSteps } from './next-steps/next-steps.js';
import type { QiProvider } from './provider/provider.js';
import type { QiChangeEvent, QiInputErrorEvent } from './shared/events.js';

/** What every widget takes in JSX besides the element's own properties. */
interface Common<R> {
  lang?: string;
  'application-date'?: string;
  persist?: boolean;
  'persist-key'?: string;
  share?: boolean;
  theme?: 'light' | 'dark' | 'auto';
  'onqi-change'?: (e: QiChangeEvent<R>) => void;
  'onqi-input-error'?: (e: QiInputErrorEvent) => void;
}

type Element<E, K extends keyof E, R> = DetailedHTMLProps<HTMLAttributes<E>, E> & Partial<Pick<E, K>> & Common<R>;

export interface QiIntrinsicElements {
  'qi-provider': DetailedHTMLProps<HTMLAttributes<QiProvider>, QiProvider> & Partial<Pick<QiProvider, 'rateProvider' | 'draftStore'>> & { lang?: string; 'application-date'?: string };
  'qi-eligibility-checker': Element<QiEligibilityChecker, 'measure' | 'applicant', EligibilityResult>;
  'qi-reimbursement-estimator': Element<QiReimbursementEstimator, 'measure' | 'costs', EstimateResult> & { 'already-received'?: string };
  'qi-document-checklist': Element<QiDocumentChecklist, 'measure', ChecklistResult> & {
    'cost-type'?: string;
    'tax-exempt'?: boolean;
    'individual-entrepreneur'?: boolean;
    'non-resident-executor'?: boolean;
    'claims-travel'?: boolean;
    'claims-accommodation'?: boolean;
  };
  'qi-obligation-tracker': Element<QiObligationTracker, 'revenue', ObligationResult> & {
    'agreement-date'?: string;
    'baseline-revenue'?: string;
    'state-amount'?: string;
    'as-of'?: string;
    plan?: boolean;
  };
  'qi-next-steps': Element<QiNextSteps, 'channel', ServiceDeadlineResult>;
}

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends QiIntrinsicElements {}
  }
}
