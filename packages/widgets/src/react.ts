/**
 * Typed React wrappers (`@lit/react`): `<QiReimbursementEstimatorReact measure="process" onQiChange={(e) => e.detail.total} />`.
 * Importing this entry registers the tags it wraps.
 */
import * as React from 'react';
import { createComponent, type EventName } from '@lit/react';
import { QiEligibilityChecker } from './eligibility-checker/define.js';
import { QiReimbursementEstimator } from './reimbursement-estimator/define.js';
import { QiDocumentChecklist } from './document-checklist/define.js';
import { QiObligationTracker } from './obligation-tracker/define.js';
import { QiProvider } from './provider/define.js';
import { QiNextSteps } from './next-steps/define.js';
import type { QiChangeEvent, QiChecklistItemToggleEvent, QiInputErrorEvent } from './shared/events.js';
import type { ChecklistResult, EligibilityResult, EstimateResult, ObligationResult, ServiceDeadlineResult } from '@qazindustry/productivity-calculator/core';

const events = <T>() => ({
  onQiChange: 'qi-change' as EventName<QiChangeEvent<T>>,
  onQiInputError: 'qi-input-error' as EventName<QiInputErrorEvent>,
});

export const QiProviderReact = createComponent({ tagName: 'qi-provider', elementClass: QiProvider, react: React });
export const QiEligibilityCheckerReact = createComponent({ tagName: 'qi-eligibility-checker', elementClass: QiEligibilityChecker, react: React, events: events<EligibilityResult>() });
export const QiReimbursementEstimatorReact = createComponent({ tagName: 'qi-reimbursement-estimator', elementClass: QiReimbursementEstimator, react: React, events: events<EstimateResult>() });
export const QiDocumentChecklistReact = createComponent({
  tagName: 'qi-document-checklist',
  elementClass: QiDocumentChecklist,
  react: React,
  events: { ...events<ChecklistResult>(), onQiChecklistItemToggle: 'qi-checklist-item-toggle' as EventName<QiChecklistItemToggleEvent> },
});
export const QiObligationTrackerReact = createComponent({ tagName: 'qi-obligation-tracker', elementClass: QiObligationTracker, react: React, events: events<ObligationResult>() });
export const QiNextStepsReact = createComponent({ tagName: 'qi-next-steps', elementClass: QiNextSteps, react: React, events: events<ServiceDeadlineResult>() });
