import { html, type TemplateResult } from 'lit';
import type { InputIssue, Lang } from '@qazindustry/productivity-calculator/core';

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

/** '1 500 000,50' → '1500000.50': spaces and a decimal comma are how people type amounts here. */
export function normalizeAmount(v: string): string {
  return v.replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
}
