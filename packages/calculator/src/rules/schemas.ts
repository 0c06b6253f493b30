import * as z from 'zod/mini';
import { decimalText } from '../law/money.js';
import { isIsoDate, isSupportedDate } from '../law/dates.js';
import {
  BUSINESS_SIZES,
  CHANNELS,
  COST_TYPES,
  COURSE_KINDS,
  DIGITAL_EQUIPMENT_KINDS,
  MEASURES,
  STATE_SHARE_EXCEPTIONS,
  TECH_EQUIPMENT_CATEGORIES,
} from '../law/domain.js';

/**
 * Input schemas of every public function, written with `zod/mini` (a fifth of classic zod's bytes in a bundle).
 * A custom check's error is the InputIssueCode it reports; `validate.ts` turns zod's issues into InputErrors.
 */

const AMOUNT = /^\d{1,15}(\.\d{1,2})?$/;
const RATE = /^\d{1,9}(\.\d{1,8})?$/;
const PERCENT = /^\d{1,3}(\.\d{1,4})?$/;

export { decimalText };

const isAmount = (v: unknown) => AMOUNT.test(decimalText(v) ?? '');
const isRate = (v: unknown) => {
  const t = decimalText(v) ?? '';
  return RATE.test(t) && /[1-9]/.test(t);
};
const isPercent = (v: unknown) => {
  const t = decimalText(v) ?? '';
  return PERCENT.test(t) && Number(t) <= 100;
};

/** A calendar date `YYYY-MM-DD` that exists (2026-02-30 does not). */
/** The most cost lines an estimate takes (`EstimateInput.costs`); a widget refuses a larger import before rendering. */
export const MAX_COST_LINES = 500;
/** The most revenue periods an obligation takes (`ObligationInput.revenue`). */
export const MAX_REVENUE_PERIODS = 1000;

export const IsoDateSchema = z
  .custom<string>(isIsoDate, { error: 'date' })
  .check(z.refine((v) => isSupportedDate(v), { error: 'date-range', abort: true }));
/** Tenge (or a foreign currency's units): a non-negative decimal with at most two decimals, as a string or a number. */
export const AmountSchema = z.custom<string | number>(isAmount, { error: 'amount' });
/** A National Bank rate: tenge per one unit of the currency, above zero. */
export const RateSchema = z.custom<string | number>(isRate, { error: 'rate' });
/** A percentage 0-100. */
export const PercentSchema = z.custom<string | number>(isPercent, { error: 'percent' });
const count = (min: number, max: number) =>
  z.custom<number>((v) => Number.isInteger(v) && (v as number) >= min && (v as number) <= max, {
    error: `count:${min}:${max}`,
  });
/** ISO 4217 code. */
export const CurrencySchema = z.custom<string>((v) => typeof v === 'string' && /^[A-Z]{3}$/.test(v), {
  error: 'currency',
});

export const MeasureSchema = z.enum(MEASURES);
export const CostTypeSchema = z.enum(COST_TYPES);
const answer = <T extends z.core.SomeType>(t: T) => z.nullish(t);

export const ApplicantSchema = z.strictObject({
  /** Business size as the applicant states it (Entrepreneurial Code art. 24). */
  size: answer(z.enum(BUSINESS_SIZES)),
  /** Average annual headcount, to derive the size when it is not stated. */
  headcount: answer(count(0, 10_000_000)),
  /** Average annual income of the last 3 years, KZT, to derive the size. */
  averageAnnualIncome: answer(AmountSchema),
  /** The activity is one that is never small (excise goods, banking, insurance, …): at least medium. */
  neverSmallActivity: answer(z.boolean()),
  /** Percent of shares owned, directly or indirectly, by the state, a national managing holding, a national holding or a national company. */
  stateShare: answer(PercentSchema),
  stateShareHolderException: answer(z.enum(STATE_SHARE_EXCEPTIONS)),
  sezParticipant: answer(z.boolean()),
  unrepaidBreach: answer(z.boolean()),
  registrationDate: answer(IsoDateSchema),
  taxExempt: answer(z.boolean()),
  /** Total tax payments per calendar year, e.g. `{ "2023": "10000000", … }`. */
  taxPayments: answer(z.record(z.custom<string>((k) => typeof k === 'string' && /^\d{4}$/.test(k), { error: 'tax-year' }), AmountSchema)),
  individualEntrepreneur: answer(z.boolean()),
  inProducersRegister: answer(z.boolean()),
  producesPriorityGoods: answer(z.boolean()),
  industrialInnovativeSubject: answer(z.boolean()),
  otherBudgetFunding: answer(z.boolean()),
  courtBan: answer(z.boolean()),
  personalDataConsent: answer(z.boolean()),
});
export type Applicant = z.infer<typeof ApplicantSchema>;

export const EligibilityInputSchema = z.strictObject({
  /** Filing date of the application. */
  applicationDate: IsoDateSchema,
  /** Date the institute receives it; the filing date when absent. */
  receiptDate: z.optional(IsoDateSchema),
  measure: MeasureSchema,
  applicant: z.optional(ApplicantSchema),
  interpretations: z.optional(z.strictObject({
    /** RULES.md Interpretation 15: priority goods end with their documents on 2026-01-01 (default), or are still required. */
    priorityGoods: z.optional(z.enum(['ends-with-documents', 'still-required-2026'])),
  })),
});
export type EligibilityInput = z.infer<typeof EligibilityInputSchema>;

export const InterpretationChoicesSchema = z.strictObject({
  /** RULES.md Interpretation 1: how the process and equipment caps combine. */
  processCaps: z.optional(z.enum(['A', 'B', 'C'])),
  /** RULES.md Interpretation 0: the counter-obligation's target. */
  baseline: z.optional(z.enum(['n-plus-2q', 'literal-2q'])),
});
export type InterpretationChoices = z.infer<typeof InterpretationChoicesSchema>;

export const PaymentSchema = z.strictObject({
  date: IsoDateSchema,
  amount: AmountSchema,
  /** National Bank rate on the payment date, for a foreign currency (p.19). */
  rate: z.optional(RateSchema),
});

export const PeriodSchema = z.strictObject({ from: IsoDateSchema, to: IsoDateSchema });

export const CostLineSchema = z.strictObject({
  /** The caller's own id of the line, echoed in the result. */
  id: z.optional(z.string().check(z.maxLength(100))),
  costType: CostTypeSchema,
  /** The line's total in its currency; the sum of `payments` when absent. */
  amount: z.optional(AmountSchema),
  /** ISO 4217; KZT when absent. */
  currency: z.optional(CurrencySchema),
  /** National Bank rate of the payment date when the whole line was paid at once in a foreign currency. */
  rate: z.optional(RateSchema),
  /** Services: date of the (last) act of services rendered. Equipment without `payments`: the payment date. */
  date: z.optional(IsoDateSchema),
  /** Payment schedule (equipment; or a foreign-currency service paid in parts). */
  payments: z.optional(z.array(PaymentSchema).check(z.maxLength(100))),
  /** Training: the course period. Accommodation: the stay (check-in to check-out; nights = days between). */
  period: z.optional(PeriodSchema),
  /**
   * Accommodation: the dates of the course the stay is for (first and last day). Only the nights between them count
   * (p.20 sub-item 3: the stay "during the course"), pro rata by nights; when absent, the result says this was not checked.
   */
  coursePeriod: z.optional(PeriodSchema),
  /** Training and accommodation: which kind of course (p.20: accommodation ≤ 1 month or ≤ 3 months). */
  courseKind: z.optional(z.enum(COURSE_KINDS)),
  /** Travel and accommodation, domestic or abroad (p.23): the Decree-256 limit for this line, in KZT, when the caller knows it. */
  decreeLimit: z.optional(AmountSchema),
  /** Digital equipment: which device (the list of p.12 is exhaustive, Interpretation 8). */
  equipmentKind: z.optional(z.enum(DIGITAL_EQUIPMENT_KINDS)),
  /** Technological equipment: what it is used for (p.5 sub-item 8 excludes logistics, refrigeration, cranes, vehicles, loaders). */
  equipmentCategory: z.optional(z.enum(TECH_EQUIPMENT_CATEGORIES)),
  /** Equipment that was in use before (p.12: only equipment never used before). */
  previouslyUsed: z.optional(z.boolean()),
  description: z.optional(z.string().check(z.maxLength(500))),
});
export type CostLine = z.infer<typeof CostLineSchema>;

export const AlreadyReceivedSchema = z.strictObject({
  /** The cost type it was received for; for the measure as a whole when absent. */
  costType: z.optional(CostTypeSchema),
  amount: AmountSchema,
});

export const EstimateInputSchema = z.strictObject({
  applicationDate: IsoDateSchema,
  receiptDate: z.optional(IsoDateSchema),
  measure: MeasureSchema,
  costs: z.array(CostLineSchema).check(z.maxLength(MAX_COST_LINES)),
  /** What the applicant already received in the calendar year of the filing date (Interpretations 2 and 7). */
  alreadyReceived: z.optional(z.array(AlreadyReceivedSchema).check(z.maxLength(100))),
  interpretations: z.optional(InterpretationChoicesSchema),
});
export type EstimateInput = z.infer<typeof EstimateInputSchema>;

export const ChecklistInputSchema = z.strictObject({
  applicationDate: IsoDateSchema,
  measure: MeasureSchema,
  /** Needed for `process` (four document lists); ignored where the measure has one list. */
  costType: z.optional(CostTypeSchema),
  /** Each condition: true, false, or absent (unanswered: the item is listed with its condition). */
  taxExempt: answer(z.boolean()),
  individualEntrepreneur: answer(z.boolean()),
  nonResidentExecutor: answer(z.boolean()),
  claimsTravel: answer(z.boolean()),
  claimsAccommodation: answer(z.boolean()),
  interpretations: z.optional(z.strictObject({
    /** RULES.md Interpretation 9: Order 442 item 4 read by meaning (default) or by its literal sub-item numbers. */
    order442Item4: z.optional(z.enum(['by-meaning', 'literal'])),
  })),
});
export type ChecklistInput = z.infer<typeof ChecklistInputSchema>;

export const RevenuePeriodSchema = z.strictObject({
  from: IsoDateSchema,
  to: IsoDateSchema,
  amount: AmountSchema,
});

export const ObligationInputSchema = z.strictObject({
  /** The day the institute received the agreement signed by the applicant (Interpretation 10). */
  agreementDate: IsoDateSchema,
  /**
   * The day the Parties signed the agreement (Annex 6 p.4 sub-items 2-3, l.1075-1079): monitoring and the six-monthly
   * checkpoints run from it. Absent: the same day as `agreementDate`, and the result says so (Interpretation 10).
   * The seed fixes no order between signing and conclusion, so either may come first.
   */
  signingDate: z.optional(IsoDateSchema),
  /** N: revenue from sales over the 24 months before the agreement, or before `measureReceivedDate` (Interpretation 12). */
  baselineRevenue: AmountSchema,
  /**
   * The day the measure was received, when N is counted over the 24 months before it ("до получения меры",
   * 004 l.166) instead of before the agreement; not before `agreementDate` (the measure is given under the agreement,
   * Annex 6 p.1). The result names which period N covers.
   */
  measureReceivedDate: z.optional(IsoDateSchema),
  /** Q: the amount of the agreement. */
  stateAmount: AmountSchema,
  /** Revenue from sales of goods and services by period (e.g. quarters), periods not overlapping. */
  revenue: z.array(RevenuePeriodSchema).check(z.maxLength(MAX_REVENUE_PERIODS)),
  asOf: IsoDateSchema,
  interpretations: z.optional(InterpretationChoicesSchema),
});
export type ObligationInput = z.infer<typeof ObligationInputSchema>;

/** `YYYY-MM-DDThh:mm`, optionally with seconds and an offset (`Z`, `+05:00`); without an offset: Almaty time. */
export const DateTimeSchema = z.custom<string>(
  (v) => typeof v === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?(Z|[+-]\d{2}:\d{2})?$/.test(v),
  { error: 'datetime' },
);

export const ServiceDeadlineInputSchema = z.strictObject({
  submittedAt: DateTimeSchema,
  channel: z.enum(CHANNELS),
  /** Working days the term is suspended for a site visit (p.28-4: at most 5). */
  siteVisitDays: z.optional(count(0, 5)),
  /** Count in a year whose calendar is provisional, and flag the result. */
  allowProvisional: z.optional(z.boolean()),
});
export type ServiceDeadlineInput = z.infer<typeof ServiceDeadlineInputSchema>;

export const WorkingDaysInputSchema = z.strictObject({
  date: IsoDateSchema,
  n: count(-2000, 2000),
  allowProvisional: z.optional(z.boolean()),
});

