/**
 * @qazindustry/productivity-calculator/core — every function of the SDK, with no language texts loaded: register the
 * packs you show (`registerLanguage(await import('…/i18n/ru'))`), so that a web page carries one language, not three.
 * No DOM, no clock, no network: "today" is an input.
 */
export { checkEligibility, type Check, type CheckStatus, type EligibilityResult } from './eligibility/check-eligibility.js';
export { estimateReimbursement, type EstimateLine, type EstimateResult, type CapResult, type Reason } from './reimbursement/estimate.js';
export { buildChecklist, type ChecklistItem, type ChecklistResult } from './checklist/build-checklist.js';
export { CHECKLISTS } from './checklist/data.js';
export type { AnnexVariantData, AnnexItemData, ChecklistData, ItemCondition } from './checklist/annex-data.js';
export { trackObligation, type Checkpoint, type ObligationResult } from './obligation/track-obligation.js';
export { serviceDeadline, addWorkingDays, isWorkingDay, type ServiceDeadlineResult } from './timeline/service-deadline.js';
export type { CalendarOptions } from './timeline/working-days.js';
export { CALENDAR, type CalendarYear } from './calendar/data.js';
export { EDITIONS, editionFor, editionInfo, editionTitle, interpretationsOf, type EditionInfo } from './editions/index.js';
export { defineEdition, type Edition, type Cited, type CapGroup, type CheckDef, type InterpretationDef, type InterpretationRef, type SwitchDef } from './editions/types.js';
export { InputError, isInputError, formatPath, safely, type InputIssue, type InputIssueCode, type SafeResult } from './errors.js';
export { format, sentence, type AnyResult } from './explain/render.js';
export { formatMessage, formatCitation, formatDate, formatDecimal, formatTenge, localize, type Message, type Param } from './explain/format.js';
export { registerLanguage, hasLanguage, languagePack, registerAnnexTexts, hasAnnexTexts, type LanguagePack, type MessageKey } from './i18n/pack.js';
export {
  MEASURE_NAMES_OF,
  COST_TYPE_NAMES_OF,
  SIZE_NAMES_OF,
  COURSE_KIND_NAMES_OF,
  CAP_GROUP_NAMES_OF,
  STATUS_NAMES_OF,
  localizedName,
} from './explain/names.js';
export { LANGS, type Lang, type LocalizedText } from './explain/text.js';
export type { Citation, ActId } from './explain/citation.js';
export { MCI, deriveSize, SIZE_THRESHOLDS } from './reference/business-size.js';
export * from './domain.js';
export {
  ApplicantSchema,
  EligibilityInputSchema,
  EstimateInputSchema,
  CostLineSchema,
  PaymentSchema,
  AlreadyReceivedSchema,
  ChecklistInputSchema,
  ObligationInputSchema,
  RevenuePeriodSchema,
  ServiceDeadlineInputSchema,
  IsoDateSchema,
  AmountSchema,
  RateSchema,
  type Applicant,
  type EligibilityInput,
  type EstimateInput,
  type CostLine,
  type ChecklistInput,
  type ObligationInput,
  type ServiceDeadlineInput,
} from './schemas.js';

import { checkEligibility } from './eligibility/check-eligibility.js';
import { estimateReimbursement } from './reimbursement/estimate.js';
import { buildChecklist } from './checklist/build-checklist.js';
import { trackObligation } from './obligation/track-obligation.js';
import { serviceDeadline } from './timeline/service-deadline.js';
import { safely } from './errors.js';

/** The same functions, returning `{ ok: true, value }` or `{ ok: false, error }` instead of throwing. */
export const safeCheckEligibility = /*#__PURE__*/ safely(checkEligibility);
export const safeEstimateReimbursement = /*#__PURE__*/ safely(estimateReimbursement);
export const safeBuildChecklist = /*#__PURE__*/ safely(buildChecklist);
export const safeTrackObligation = /*#__PURE__*/ safely(trackObligation);
export const safeServiceDeadline = /*#__PURE__*/ safely(serviceDeadline);
