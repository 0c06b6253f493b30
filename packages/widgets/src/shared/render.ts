import { html, nothing, type TemplateResult } from 'lit';
import {
  formatCitation,
  formatMessage,
  formatTenge,
  type Citation,
  type Lang,
  type Message,
} from '@qazindustry/productivity-calculator/core';

/** A citation, rendered the same way in every widget. */
export function citation(c: Citation | undefined, lang: Lang): TemplateResult | typeof nothing {
  return c ? html`<cite part="citation">${formatCitation(c, lang)}</cite>` : nothing;
}

/** A message of the SDK with its citation. */
export function sentence(m: Message, c: Citation | undefined, lang: Lang): TemplateResult {
  return html`<span>${formatMessage(m, lang)}</span> ${citation(c, lang)}`;
}

export function tenge(amount: string, lang: Lang): TemplateResult {
  return html`<span class="amount">${formatTenge(amount, lang)}</span>`;
}

/** A status word in a badge; the word itself carries the meaning (not only the colour). */
export function status(kind: string, label: string): TemplateResult {
  return html`<span class="status ${kind}" part="status">${label}</span>`;
}
