import { html, nothing, type TemplateResult } from 'lit';
import {
  citationUrl,
  formatCitation,
  formatMessage,
  formatTenge,
  type Citation,
  type Lang,
  type Message,
} from '@qazindustry/productivity-calculator/core';
import { uiStrings } from './languages.js';

/**
 * A citation, rendered the same way in every widget: a link to the act on adilet.zan.kz where the SDK's law data has
 * one (`citationUrl`, the visitor's language version where adilet has it), plain text otherwise (the 2022
 * presentation, the project's interpretations). A link is not a request: the widget fetches nothing; it opens in a
 * new tab, with neither the opener nor the referrer passed on.
 */
export function citation(c: Citation | undefined, lang: Lang): TemplateResult | typeof nothing {
  if (!c) return nothing;
  const text = formatCitation(c, lang);
  const url = citationUrl(c, lang);
  if (!url) return html`<cite part="citation">${text}</cite>`;
  const hreflang = url.includes('/kaz/') ? 'kk' : url.includes('/eng/') ? 'en' : 'ru';
  return html`<cite part="citation"><a href=${url} hreflang=${hreflang} target="_blank" rel="noopener noreferrer" title=${uiStrings(lang)?.printView.opensAdilet ?? ''}>${text}</a></cite>`;
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
