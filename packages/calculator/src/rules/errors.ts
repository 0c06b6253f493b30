import type { LocalizedText } from '../law/text.js';

export type IssuePath = readonly (string | number)[];

/** One problem with an input: where it is and what is wrong, in the three languages. */
export interface InputIssue {
  /** Where the problem is, e.g. `['costs', 0, 'rate']`; `[]` for the input as a whole. */
  readonly path: IssuePath;
  /** A stable code for programs, e.g. `'rate-missing'`. */
  readonly code: InputIssueCode;
  /** The values the message names (all strings: what was expected, the allowed options, …). */
  readonly params: Readonly<Record<string, string>>;
  /**
   * The message in kk / ru / en, read from the registered language packs when it is read (a language registered
   * later is used). A language with no pack registered gets the text of a registered one, else the code.
   */
  readonly message: LocalizedText;
}

type Describer = (code: InputIssueCode, params: Readonly<Record<string, string>>) => LocalizedText;

/** Without any language pack: the code and its values, so that a message is never empty. */
const bare: Describer = (code, params) => {
  const values = Object.keys(params).map((k) => `${k}: ${params[k]}`);
  const t = values.length ? `${code} (${values.join('; ')})` : code;
  return { kk: t, ru: t, en: t };
};
let describer: Describer = bare;

/** Installed by the explain layer when a language pack is registered (rules never read texts themselves). */
export function setIssueDescriber(fn: Describer): void {
  describer = fn;
}

/** An input problem; its message is looked up when read. */
export function issue(path: IssuePath, code: InputIssueCode, params: Readonly<Record<string, string>> = {}): InputIssue {
  const frozenPath = Object.freeze([...path]);
  const frozenParams = Object.freeze({ ...params });
  return Object.freeze({
    path: frozenPath,
    code,
    params: frozenParams,
    get message(): LocalizedText {
      return Object.freeze(describer(code, frozenParams));
    },
  });
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
  | 'measure-before-agreement'
  | 'calendar-not-covered'
  | 'calendar-provisional'
  | 'office-closed'
  | 'tax-year'
  | 'lang'
  | 'lang-not-registered'
  | 'message-key'
  | 'not-a-result'
  | 'edition'
  | 'unreadable'
  | 'too-deep';

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
    this.issues = Object.freeze([...issues]);
  }
}

export function isInputError(e: unknown): e is InputError {
  return e instanceof InputError;
}

/** `['costs', 0, 'rate']` → `costs[0].rate`. */
export function formatPath(path: IssuePath): string {
  if (!Array.isArray(path)) throw new InputError([issue(['path'], 'type', { expected: 'array' })]);
  return path.map((p, i) => (typeof p === 'number' ? `[${p}]` : `${i === 0 ? '' : '.'}${typeof p === 'string' ? p : '?'}`)).join('');
}

/** The result of a `safe…` function: the value, or the error it would have thrown. */
export type SafeResult<T> = { ok: true; value: T } | { ok: false; error: InputError };

export function safely<A extends unknown[], T>(fn: (...args: A) => T): (...args: A) => SafeResult<T> {
  if (typeof fn !== 'function') throw new InputError([issue(['fn'], 'type', { expected: 'function' })]);
  return (...args: A) => {
    try {
      return { ok: true, value: fn(...args) };
    } catch (e) {
      if (e instanceof InputError) return { ok: false, error: e };
      throw e;
    }
  };
}
