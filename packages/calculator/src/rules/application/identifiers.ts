/**
 * The identifiers an application (Annex 1) carries, checked as their issuers define them. Each function takes any
 * value and answers a boolean: never throws, never reads the clock.
 *
 * - BIN / IIN (the 12-digit business and individual identification numbers, Annex 1 items 4-5): the check digit is
 *   the weighted sum of the first 11 digits modulo 11, with weights 1…11; when that gives 10, a second pass with
 *   weights 3…11, 1, 2; when that gives 10 too, no number is issued with those 11 digits. A BIN's first six digits
 *   are its registration month, type and attribute; an IIN's are the date of birth (YYMMDD), its 7th digit the
 *   century and sex (1-2: 1800s, 3-4: 1900s, 5-6: 2000s).
 * - IBAN (Annex 1 item 14, bank details): ISO 13616: the country code, two check digits, the account (BBAN); moved
 *   the first four characters to the end, letters as 10…35, the number modulo 97 is 1. A Kazakh IBAN (`KZ`) is 20
 *   characters. Spaces between groups, as banks print them, are allowed; the letters' case is not significant.
 */

import { daysInMonth } from '../../law/dates.js';

const FIRST = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11] as const;
const SECOND = [3, 4, 5, 6, 7, 8, 9, 10, 11, 1, 2] as const;

/** The check digit of 11 digits, or undefined when both passes give 10 (no such number is issued). */
export function binCheckDigit(first11: string): number | undefined {
  const pass = (weights: readonly number[]) => {
    let sum = 0;
    for (let i = 0; i < 11; i++) sum += weights[i]! * (first11.charCodeAt(i) - 48);
    return sum % 11;
  };
  const a = pass(FIRST);
  if (a !== 10) return a;
  const b = pass(SECOND);
  return b === 10 ? undefined : b;
}

/** Whether `value` is 12 digits whose last is the check digit of the first 11. */
function checkDigitHolds(value: unknown): value is string {
  if (typeof value !== 'string' || !/^\d{12}$/.test(value)) return false;
  return binCheckDigit(value.slice(0, 11)) === value.charCodeAt(11) - 48;
}

const CENTURY: Readonly<Record<string, number>> = { '1': 1800, '2': 1800, '3': 1900, '4': 1900, '5': 2000, '6': 2000 };

/** An IIN's digits 1-7: a real date of birth (YYMMDD) in the century digit 7 names (1-2: 1800s, 3-4: 1900s, 5-6: 2000s). */
function iinStructure(s: string): boolean {
  const century = Object.hasOwn(CENTURY, s[6]!) ? CENTURY[s[6]!]! : undefined;
  if (century === undefined) return false;
  const year = century + Number(s.slice(0, 2));
  const month = Number(s.slice(2, 4));
  const day = Number(s.slice(4, 6));
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/**
 * A BIN's digits 1-6: the year and month of registration (YYMM), the type (digit 5: 4 a resident legal entity, 5 a
 * non-resident one, 6 an individual entrepreneur in joint venture) and the attribute (digit 6: 0 the head unit,
 * 1 a branch, 2 a representative office, 3, 4 a peasant farm).
 */
function binStructure(s: string): boolean {
  const month = Number(s.slice(2, 4));
  return month >= 1 && month <= 12 && '456'.includes(s[4]!) && '01234'.includes(s[5]!);
}

/**
 * Whether `value` is a BIN or an IIN (Annex 1 asks "BIN/IIN"): 12 digits with a correct check digit, and either a
 * BIN's structure (digit 5 is 4, 5 or 6) or an IIN's (digit 5 is the first of the day of birth, 0-3).
 */
export function isValidBin(value: unknown): boolean {
  if (!checkDigitHolds(value)) return false;
  return '456'.includes(value[4]!) ? binStructure(value) : iinStructure(value);
}

/** Whether `value` is a valid IIN: a correct check digit, a century-and-sex digit 1-6, a real date of birth. */
export function isValidIin(value: unknown): boolean {
  return checkDigitHolds(value) && iinStructure(value);
}

/** The lengths ISO 13616 gives an IBAN; a Kazakh one is 20. */
const KZ_LENGTH = 20;

/** Whether `value` is an IBAN with a correct check (mod 97 = 1); a `KZ` IBAN must also be 20 characters. */
export function isValidIban(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  // ASCII only, checked before the case is folded ('ı'.toUpperCase() is 'I')
  const compact = value.replace(/[ \u00a0]/g, '');
  if (!/^[A-Za-z]{2}\d{2}[A-Za-z0-9]{11,30}$/.test(compact)) return false;
  const s = compact.toUpperCase();
  if (s.startsWith('KZ') && s.length !== KZ_LENGTH) return false;
  const moved = s.slice(4) + s.slice(0, 4);
  let rest = 0;
  for (let i = 0; i < moved.length; i++) {
    const c = moved.charCodeAt(i);
    // a digit is itself; a letter is 10…35, two digits
    if (c <= 57) rest = (rest * 10 + (c - 48)) % 97;
    else rest = (rest * 100 + (c - 55)) % 97;
  }
  return rest === 1;
}
