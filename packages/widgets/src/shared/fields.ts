import { html, type TemplateResult } from 'lit';
import type { InputIssue, Lang } from '@qazindustry/productivity-calculator/core';
import { uiStrings } from './languages.js';

/** The SDK's issues by path (`'costs.0.amount'`); the first issue of a path wins. */
export function issuesByPath(issues: readonly InputIssue[]): Map<string, InputIssue> {
  const map = new Map<string, InputIssue>();
  for (const i of issues) {
    const key = i.path.join('.');
    if (!map.has(key)) map.set(key, i);
  }
  return map;
}

/** The message under a field; the element is always there so that `aria-describedby` never points nowhere. */
export function fieldError(id: string, issue: InputIssue | undefined, lang: Lang): TemplateResult {
  return html`<p id=${id} class="error" ?hidden=${!issue}>${issue ? issue.message[lang] : ''}</p>`;
}

// --- Errors as GOV.UK shows them (task x-errors): one amount parser, dates typed as dd.mm.yyyy, the widget's own
// --- wording of the messages about a value's format.

const GROUPED = (sep: string) => new RegExp(`^\\d{1,3}(\\${sep}\\d{3})+$`);

/**
 * An amount as the visitor typed it, read the way people write amounts in their language: spaces, non-breaking
 * spaces (U+00A0, U+202F) and thin spaces between the digits; a comma as the decimal separator in kk / ru
 * ('1 234,56'); commas as thousands separators in en ('40,000,000.00'); a dot as the decimal separator everywhere
 * when it is unambiguous. Returns the SDK's plain form ('1234.56', a leading minus kept for the SDK to judge), or
 * undefined when the text cannot be read as a number.
 */
export function parseAmount(text: string, lang: Lang): string | undefined {
  let s = text.replace(/[\s\u00a0\u202f\u2009\u2007]/g, '');
  let sign = '';
  if (/^[-\u2212]/.test(s)) {
    sign = '-';
    s = s.slice(1);
  }
  if (!/^[\d.,]+$/.test(s) || !/\d/.test(s)) return undefined;
  const commas = (s.match(/,/g) ?? []).length;
  const dots = (s.match(/\./g) ?? []).length;
  let int = s;
  let frac = '';
  if (commas && dots) {
    // both: the last one is the decimal separator, the other groups the thousands
    const dec = s.lastIndexOf(',') > s.lastIndexOf('.') ? ',' : '.';
    const group = dec === ',' ? '.' : ',';
    const at = s.lastIndexOf(dec);
    int = s.slice(0, at);
    frac = s.slice(at + 1);
    if ((dec === ',' ? commas : dots) !== 1 || !GROUPED(group).test(int)) return undefined;
    int = int.split(group).join('');
  } else if (commas) {
    if (lang === 'en' && GROUPED(',').test(s)) int = s.split(',').join('');
    else if (commas === 1) [int, frac] = s.split(',') as [string, string];
    else if (GROUPED(',').test(s)) int = s.split(',').join('');
    else return undefined;
  } else if (dots) {
    if (dots === 1) [int, frac] = s.split('.') as [string, string];
    else if (GROUPED('.').test(s)) int = s.split('.').join('');
    else return undefined;
  }
  if (!/^\d+$/.test(int) || !/^\d*$/.test(frac)) return undefined;
  return `${sign}${int}${frac ? `.${frac}` : ''}`;
}

/** What an amount field gives the SDK: the amount read, else the text itself (the SDK names the field). */
export function readAmount(text: string, lang: Lang): string {
  return parseAmount(text, lang) ?? text.trim();
}

/** A date typed as dd.mm.yyyy (or dd/mm/yyyy) as the SDK's `YYYY-MM-DD`; anything else as it is. */
export function readDate(text: string): string {
  const m = /^\s*(\d{1,2})[./](\d{1,2})[./](\d{4})\s*$/.exec(text);
  return m ? `${m[3]}-${m[2]!.padStart(2, '0')}-${m[1]!.padStart(2, '0')}` : text;
}

/** Whether the browser shows `<input type=date>` as a date picker (else it is a text field). */
const DATE_PICKER = typeof document !== 'undefined' && (() => {
  const i = document.createElement('input');
  i.setAttribute('type', 'date');
  return i.type === 'date';
})();

/** How a field is read, for saying what to type in it. */
export interface FieldKind {
  kind?: string;
  value?: string;
}

/**
 * The issue as the field shows it: an amount the parser cannot read gets the widget's polite message (the text stays
 * in the field); a date the SDK cannot read is described as the date picker is used (or, where the browser has no
 * picker, as dd.mm.yyyy), never as ГГГГ-ММ-ДД. Other issues keep the SDK's message.
 */
export function politeIssue(issue: InputIssue, lang: Lang, how: FieldKind = {}): InputIssue {
  const t = uiStrings(lang)?.errors;
  if (!t) return issue;
  let text: string | undefined;
  if (how.kind === 'amount' && how.value !== undefined && how.value.trim() && parseAmount(how.value, lang) === undefined) text = t.amount;
  else if (how.kind === 'date' && issue.code === 'date') text = DATE_PICKER ? t.datePicker : t.dateTyped;
  return text ? { ...issue, message: { ...issue.message, [lang]: text } } : issue;
}
