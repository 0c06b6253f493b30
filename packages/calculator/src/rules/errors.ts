import type { LocalizedText } from '../law/text.js';

export type IssuePath = readonly (string | number)[];

/** One problem with an input: where it is and what is wrong, in the three languages. */
export interface InputIssue {
  /** Where the problem is, e.g. `['costs', 0, 'rate']`; `[]` for the input as a whole. */
  path: IssuePath;
  /** A stable code for programs, e.g. `'rate-missing'`. */
  code: InputIssueCode;
  message: LocalizedText;
}

export type InputIssueCode =
  | 'required'
  | 'type'
  | 'unknown-field'
  | 'date'
  | 'date-range'
  | 'datetime'
  | 'amount'
  | 'rate'
  | 'percent'
  | 'count'
  | 'positive'
  | 'choice'
  | 'currency'
  | 'too-many'
  | 'cost-type-measure'
  | 'cost-type-required'
  | 'rate-missing'
  | 'date-missing'
  | 'payments-sum'
  | 'receipt-before-filing'
  | 'before-first-edition'
  | 'period-order'
  | 'period-overlap'
  | 'period-after-as-of'
  | 'as-of-before-agreement'
  | 'calendar-not-covered'
  | 'calendar-provisional'
  | 'office-closed'
  | 'tax-year';

/**
 * What every function of the SDK throws on bad input: every problem found, each with its path and a message in
 * Kazakh, Russian and English. Nothing else is thrown on any input.
 */
export class InputError extends Error {
  override readonly name = 'InputError';
  readonly issues: readonly InputIssue[];
  constructor(issues: readonly InputIssue[]) {
    super(
      issues.map((i) => `${i.path.length ? formatPath(i.path) + ': ' : ''}${i.message.en}`).join('; ') ||
        'invalid input',
    );
    this.issues = issues;
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}

/** `['costs', 0, 'rate']` → `costs[0].rate`. */
export function formatPath(path: IssuePath): string {
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : i === 0 ? p : `.${p}`)).join('');
}

/** The result of a `safe…` function: the value, or the error it would have thrown. */
export type SafeResult<T> = { ok: true; value: T } | { ok: false; error: InputError };

export function safely<A extends unknown[], T>(fn: (...args: A) => T): (...args: A) => SafeResult<T> {
  return (...args: A) => {
    try {
      return { ok: true, value: fn(...args) };
    } catch (e) {
      if (e instanceof InputError) return { ok: false, error: e };
      throw e;
    }
  };
}
