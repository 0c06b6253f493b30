import { LitElement, html, css } from 'lit';
import { property } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { settingsContext, type DraftStore, type QiSettings, type RateProvider } from '../shared/context.js';
import { normalizeLang } from '../shared/locale.js';

/**
 * Gives the widgets inside it a language, an application date, a rate provider and a draft store, so a page sets
 * them once. Renders its children as they are.
 * @tag qi-provider
 * @summary Settings for nested widgets.
 * @slot - The widgets (and any other content).
 */
export class QiProvider extends LitElement {
  static override styles = css`
    :host {
      display: contents;
    }
  `;

  /** `kk`, `ru` or `en` for every widget inside that has no `lang` of its own. */
  @property() override lang = '';
  /** The application date, `YYYY-MM-DD`, for every widget inside; today when absent. */
  @property({ attribute: 'application-date' }) applicationDate?: string;
  /** A function `(currency, date) => Promise<rate | undefined>`; property only. */
  @property({ attribute: false }) rateProvider?: RateProvider;
  /** Where drafts are kept (`load`, `save`, `remove`); `localStorage` when absent. Property only. */
  @property({ attribute: false }) draftStore?: DraftStore;

  @provide({ context: settingsContext })
  protected settings: QiSettings = {};

  protected override willUpdate(): void {
    const lang = normalizeLang(this.lang);
    this.settings = {
      ...(lang ? { lang } : {}),
      ...(this.applicationDate ? { applicationDate: this.applicationDate } : {}),
      ...(this.rateProvider ? { rateProvider: this.rateProvider } : {}),
      ...(this.draftStore ? { draftStore: this.draftStore } : {}),
    };
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
