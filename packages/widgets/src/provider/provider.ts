import { LitElement, html, css } from 'lit';
import { property, state } from 'lit/decorators.js';
import { provide } from '@lit/context';
import { settingsContext, type DraftStore, type QiSettings, type RateProvider, type SharedApplication } from '../shared/context.js';
import { normalizeLang } from '../shared/locale.js';

/**
 * Gives the widgets inside it a language, an application date, a rate provider and a draft store, so a page sets
 * them once. Renders its children as they are.
 *
 * One application, one journey: the provider also holds the application its widgets share (`SharedApplication`:
 * the measure, the filing date, the yes/no answers by the SDK's field id, the estimate's cost types and total, the
 * decision deadline). A widget publishes what its visitor chose (through the context's `publish`) and reads what
 * the others chose: the checklist follows the checker's measure and answers and lists the documents of every cost
 * type of the estimate; the tracker plans with the estimate's total as Q; "What happens next" uses the filing
 * date. A widget's own attribute (`measure`, `cost-type`, `tax-exempt`, `state-amount`…) still wins over the shared
 * value. Widgets from any CDN file take part (the context key is `Symbol.for`). The page can read the state as
 * `provider.application`.
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

  /** The application the widgets inside share (item 7); starts empty, filled by what their visitors choose. */
  @state() private shared: SharedApplication = {};

  /** What the widgets inside have published so far (read-only; a copy). */
  get application(): SharedApplication {
    return { ...this.shared, ...(this.shared.answers ? { answers: { ...this.shared.answers } } : {}) };
  }

  /** Merges a widget's part of the application; a part that changes nothing changes nothing (no update loop). */
  private readonly publish = (patch: SharedApplication): void => {
    if (!patch || typeof patch !== 'object') return;
    const next: SharedApplication = { ...this.shared };
    let changed = false;
    for (const [k, v] of Object.entries(patch) as [keyof SharedApplication, unknown][]) {
      if (k === 'answers') {
        const answers = { ...(next.answers ?? {}) } as Record<string, boolean | null>;
        for (const [id, x] of Object.entries((v ?? {}) as Record<string, unknown>)) {
          if ((typeof x === 'boolean' || x === null) && answers[id] !== x) ((answers[id] = x), (changed = true));
        }
        next.answers = answers;
      } else if (JSON.stringify(next[k]) !== JSON.stringify(v)) {
        (next as Record<string, unknown>)[k] = v;
        changed = true;
      }
    }
    if (changed) this.shared = next;
  };

  protected override willUpdate(): void {
    const lang = normalizeLang(this.lang);
    // the date a visitor chose in one widget is the date of the whole application; the page's attribute until then
    const applicationDate = this.shared.applicationDate ?? this.applicationDate;
    this.settings = {
      ...(lang ? { lang } : {}),
      ...(applicationDate ? { applicationDate } : {}),
      ...(this.rateProvider ? { rateProvider: this.rateProvider } : {}),
      ...(this.draftStore ? { draftStore: this.draftStore } : {}),
      application: this.shared,
      publish: this.publish,
    };
  }

  protected override render() {
    return html`<slot></slot>`;
  }
}
