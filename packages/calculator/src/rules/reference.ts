import { deriveSize, MCI, type DerivedSize } from '../law/reference/business-size.js';
import { decimalText } from '../law/money.js';
import { InputError, issue } from './errors.js';

/**
 * `deriveSize` for callers: the business size from headcount and income (Entrepreneurial Code art. 24, the MCI of
 * `year`); `undefined` where the MCI of that year is not in the data. Arguments that are not a headcount, an amount
 * or a year are an InputError.
 */
export function deriveSizeChecked(
  headcount: number,
  income: string | number,
  year: number,
  neverSmall = false,
  mciTable: Readonly<Record<number, { value: string }>> = MCI,
): DerivedSize | undefined {
  const issues = [];
  if (!Number.isInteger(headcount) || headcount < 0) issues.push(issue(['headcount'], 'count', { min: '0', max: '10000000' }));
  if (!/^\d{1,15}(\.\d{1,2})?$/.test(decimalText(income) ?? '')) issues.push(issue(['averageAnnualIncome'], 'amount', { decimals: '2' }));
  if (!Number.isInteger(year) || year < 1900 || year > 2199) issues.push(issue(['year'], 'count', { min: '1900', max: '2199' }));
  if (typeof neverSmall !== 'boolean') issues.push(issue(['neverSmallActivity'], 'type', { expected: 'boolean' }));
  if (mciTable === null || typeof mciTable !== 'object') issues.push(issue(['mci'], 'type', { expected: 'object' }));
  if (issues.length) throw new InputError(issues);
  const own = Object.prototype.hasOwnProperty.call(mciTable, year) ? mciTable : {};
  const entry = (own as Readonly<Record<number, { value?: unknown }>>)[year];
  if (entry !== undefined && (entry === null || typeof entry !== 'object' || !/^\d+(\.\d+)?$/.test(String(entry.value)))) {
    throw new InputError([issue(['mci', year], 'amount', { decimals: '2' })]);
  }
  return deriveSize(headcount, income, year, neverSmall, own as Readonly<Record<number, { value: string }>>);
}
