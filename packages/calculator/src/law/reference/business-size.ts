import type { BusinessSize } from '../domain.js';
import type { Citation } from '../citation.js';
import { decimalText, Money } from '../money.js';

/** The monthly calculation index by year, set by the law on the republican budget (REFERENCE.md §3). */
export const MCI: Readonly<Record<number, { value: string; law: string }>> = {
  2023: { value: '3450', law: 'Law of 1 Dec 2022 No. 163-VII' },
  2024: { value: '3692', law: 'Law of 5 Dec 2023' },
  2025: { value: '3932', law: 'Law of 4 Dec 2024 No. 141-VIII' },
  2026: { value: '4325', law: 'Law of 8 Dec 2025 No. 239-VIII' },
};

/** Entrepreneurial Code art. 24 (REFERENCE.md §4): thresholds in persons and MCI. */
export const SIZE_THRESHOLDS = {
  micro: { headcount: 15, incomeMci: '30000' },
  small: { headcount: 100, incomeMci: '300000' },
  large: { headcount: 250, incomeMci: '3000000' },
  cite: { act: 'entrepreneurial-code', article: '24' } satisfies Citation,
} as const;

export interface DerivedSize {
  size: BusinessSize;
  mciYear: number;
  mci: string;
  incomeMci: string;
}

/**
 * The size from average annual headcount and average annual income (Entrepreneurial Code art. 24): large if
 * either exceeds the large thresholds; micro if either is within the micro ones; small if both are within the
 * small ones; medium otherwise. An activity that is never small makes micro and small medium.
 * Undefined when the MCI of `year` is not in the data.
 */
export function deriveSize(
  headcount: number,
  income: string | number,
  year: number,
  neverSmall = false,
  mciTable: Readonly<Record<number, { value: string }>> = MCI,
): DerivedSize | undefined {
  const mci = mciTable[year];
  if (!mci) return undefined;
  const incomeMci = new Money(decimalText(income) ?? '0').div(mci.value);
  const t = SIZE_THRESHOLDS;
  let size: BusinessSize;
  if (headcount > t.large.headcount || incomeMci.gt(t.large.incomeMci)) size = 'large';
  else if (headcount <= t.micro.headcount || incomeMci.lte(t.micro.incomeMci)) size = 'micro';
  else if (headcount <= t.small.headcount && incomeMci.lte(t.small.incomeMci)) size = 'small';
  else size = 'medium';
  if (neverSmall && (size === 'micro' || size === 'small')) size = 'medium';
  return { size, mciYear: year, mci: mci.value, incomeMci: incomeMci.toDecimalPlaces(2).toString() };
}
