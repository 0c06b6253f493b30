import type { Citation } from '../../law/citation.js';
import type { Message, Param } from '../../explain/format.js';
import * as z from 'zod/mini';
import { IsoDateSchema, MeasureSchema } from '../schemas.js';

/**
 * What kind of answer a field takes, so that a form can pick its control without knowing the law:
 * `yes-no-unknown` (true / false / null), `choice` (one of `options`), `amount` (tenge or a currency's units, a
 * decimal string with ≤ 2 decimals), `count` (a whole number), `percent` (0-100), `rate` (a National Bank rate,
 * > 0), `currency` (an ISO 4217 code, KZT when absent), `date` (`YYYY-MM-DD`), `list` (several answers: `keys` names
 * them, or `item` describes each entry of an array).
 */
export type FieldKind = 'yes-no-unknown' | 'choice' | 'amount' | 'count' | 'percent' | 'rate' | 'currency' | 'date' | 'list';

/**
 * When a field is relevant, from other answers (all conditions must hold): the answer at `field` is one of `is`
 * (`null` = answered "I don't know"), or is given and none of `not`, or is a number at or above `atLeast`. `field` is another field's `id` (a line
 * field's sibling inside the same line).
 */
export type Relevance =
  | { field: string; is: readonly (string | boolean | null)[] }
  | { field: string; not: readonly (string | boolean | null)[] }
  | { field: string; atLeast: string };

/** One allowed value of a `choice`, with its label (a message key: `format` it in the page's language). */
export interface FieldOption {
  value: string;
  label: Message;
}

/** One question of a form. */
export interface FieldDescription {
  /** Where the answer goes in the function's input, e.g. `sezParticipant` (under `applicant`), `costType`. */
  id: string;
  kind: FieldKind;
  /** `choice`: the allowed values, in order, from the edition. */
  options?: readonly FieldOption[];
  /** `list` with named answers: the keys (e.g. the three tax years `['2023', '2024', '2025']`), each of `of`. */
  keys?: readonly string[];
  /** `list` with named answers: the kind of each. */
  of?: FieldKind;
  /** `list` of records: the fields of one entry (e.g. a payment's date, amount and rate). */
  item?: readonly FieldDescription[];
  /** Whether "I don't know" (`null`) is an answer the function accepts. */
  nullable: boolean;
  /** Whether the function needs the answer (a required input, or one without which the line is not computed). */
  required: boolean;
  /** Relevant only when these hold; always relevant when absent. */
  relevantWhen?: readonly Relevance[];
  /** The question's label (`describe.<function>.<id>`). */
  message: Message;
  /** Where the law asks it. */
  citation: Citation;
}

export const DescribeEstimateInputSchema = z.strictObject({
  applicationDate: IsoDateSchema,
  measure: MeasureSchema,
  /** The cost lines so far (only their `costType` and `currency` are read; the estimate validates the rest). */
  costs: z.optional(z.array(z.unknown()).check(z.maxLength(500))),
});

export const DescribeChecklistInputSchema = z.strictObject({
  applicationDate: IsoDateSchema,
  measure: MeasureSchema,
});

export const DescribeObligationInputSchema = z.strictObject({
  agreementDate: z.optional(IsoDateSchema),
});

/** An option labelled by a name of the packs (`{ size: 'micro' }`, `{ costType: … }`) or by its own message. */
export const option = (value: string, name: Param): FieldOption => ({ value, label: { key: 'describe.option', params: { name } } });
