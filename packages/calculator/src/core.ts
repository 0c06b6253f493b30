/**
 * @qazindustry/productivity-calculator/core — every function of the SDK, with no language texts loaded: register the
 * packs you show (`registerLanguage(await import('…/i18n/ru'))`), so that a web page carries one language, not three.
 * No DOM, no clock, no network: "today" is an input.
 */
export { checkEligibility, type Check, type CheckStatus, type EligibilityResult } from './rules/eligibility/check-eligibility.js';
export {
  describeEligibility,
  describeEstimate,
  describeChecklist,
  describeObligation,
  type EligibilityDescription,
  type EligibilityField,
  type Unresolved,
  type EstimateDescription,
  type EstimateLineDescription,
  type CostTypeDescription,
  type ChecklistDescription,
  type ObligationDescription,
  type FieldDescription,
  type FieldKind,
  type FieldOption,
  type Relevance,
} from './rules/describe/index.js';
export { estimateReimbursement, type EstimateLine, type EstimateResult, type EstimateFileBy, type CapResult, type Reason } from './rules/reimbursement/estimate.js';
export { buildChecklist, type ChecklistItem, type ChecklistResult, type DocText } from './rules/checklist/build-checklist.js';
export { CHECKLISTS } from './law/editions/documents.js';
export type { AnnexVariantData, AnnexItemData, ChecklistData, ItemCondition } from './law/documents.js';
export { trackObligation, type Checkpoint, type ObligationResult } from './rules/obligation/track-obligation.js';
export { serviceDeadline, addWorkingDays, isWorkingDay, type ServiceDeadlineResult } from './rules/timeline/service-deadline.js';
export { isValidBin, isValidIin, isValidIban } from './rules/application/identifiers.js';
/** Whether a value is a `YYYY-MM-DD` day of the calendar (not 2026-02-30): a boolean for any value. */
export { isIsoDate } from './law/dates.js';
export type { CalendarOptions } from './rules/timeline/working-days.js';
export { CALENDAR, type CalendarYear } from './law/calendar/data.js';
export {
  EDITIONS,
  editionForChecked as editionFor,
  editionInfoChecked as editionInfo,
  interpretationsOfChecked as interpretationsOf,
  defineCheckedEdition as defineEdition,
  registerEdition,
  knownEditions,
  type EditionInfo,
} from './rules/editions.js';
export { type Edition, type Cited, type CapGroup, type CheckDef, type InterpretationDef, type InterpretationRef, type SwitchDef, type EditionTexts } from './law/editions/types.js';
export { InputError, isInputError, formatPath, safely, type InputIssue, type InputIssueCode, type SafeResult } from './rules/errors.js';
export { format, sentence, type AnyResult } from './explain/render.js';
export {
  formatMessage,
  formatCitation,
  citationUrl,
  formatDate,
  formatDecimal,
  formatTenge,
  formatDocText,
  editionTitle,
  interpretationText,
  localize,
  type FormatOptions,
  type Message,
  type Param,
} from './explain/format.js';
export { registerLanguage, hasLanguage, languagePack, registerAnnexTexts, hasAnnexTexts, type LanguagePack, type MessageKey } from './explain/pack.js';
export {
  MEASURE_NAMES_OF,
  COST_TYPE_NAMES_OF,
  SIZE_NAMES_OF,
  COURSE_KIND_NAMES_OF,
  CAP_GROUP_NAMES_OF,
  STATUS_NAMES_OF,
  localizedName,
} from './explain/names.js';
export { LANGS, type Lang, type LocalizedText } from './law/text.js';
export type { Citation, ActId } from './law/citation.js';
export { ACT_LINKS } from './law/citation.js';
export { MCI, SIZE_THRESHOLDS } from './law/reference/business-size.js';
export { deriveSizeChecked as deriveSize } from './rules/reference.js';
export * from './law/domain.js';
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
  MAX_COST_LINES,
  MAX_REVENUE_PERIODS,
  type Applicant,
  type EligibilityInput,
  type EstimateInput,
  type CostLine,
  type ChecklistInput,
  type ObligationInput,
  type ServiceDeadlineInput,
} from './rules/schemas.js';

import { checkEligibility } from './rules/eligibility/check-eligibility.js';
import { estimateReimbursement } from './rules/reimbursement/estimate.js';
import { buildChecklist } from './rules/checklist/build-checklist.js';
import { trackObligation } from './rules/obligation/track-obligation.js';
import { serviceDeadline } from './rules/timeline/service-deadline.js';
import { safely } from './rules/errors.js';

/** The same functions, returning `{ ok: true, value }` or `{ ok: false, error }` instead of throwing. */
export const safeCheckEligibility = /*#__PURE__*/ safely(checkEligibility);
export const safeEstimateReimbursement = /*#__PURE__*/ safely(estimateReimbursement);
export const safeBuildChecklist = /*#__PURE__*/ safely(buildChecklist);
export const safeTrackObligation = /*#__PURE__*/ safely(trackObligation);
export const safeServiceDeadline = /*#__PURE__*/ safely(serviceDeadline);
