import { Decimal } from 'decimal.js';

/**
 * The one Decimal the calculator computes with: 40 significant digits, half-up rounding, never exponent notation.
 * Amounts enter as decimal strings (or numbers, converted through their shortest decimal string) and leave as
 * strings with exactly two decimals.
 */
export const Money = Decimal.clone({
  precision: 40,
  rounding: Decimal.ROUND_HALF_UP,
  toExpNeg: -9e15,
  toExpPos: 9e15,
});
export type Money = InstanceType<typeof Money>;

export const ZERO = new Money(0);

/** Rounds half-up to the tiyn. */
export function roundTiyn(x: Money): Money {
  // most amounts already have at most two decimals (they were entered so): nothing to round
  return x.decimalPlaces() <= 2 ? x : x.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** `x` rounded half-up to the tiyn, written with exactly two decimals: '1234.50'. */
export function formatAmount(x: Money): string {
  const s = roundTiyn(x).toString();
  const dot = s.indexOf('.');
  if (dot < 0) return `${s}.00`;
  return s.length - dot === 2 ? `${s}0` : s;
}

export function sum(xs: Iterable<Money>): Money {
  let acc = ZERO;
  for (const x of xs) acc = acc.plus(x);
  return acc;
}

/** A plain decimal string as entered (numbers are converted through their shortest decimal form). */
export function decimalText(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}
