import { LitElement, html, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { editionTitle, formatDate, isInputError, type InputIssue, type Lang } from '@qazindustry/productivity-calculator/core';
import { settingsContext, type DraftStore, type QiSettings, type SharedApplication } from './context.js';
import { draftKey, localStorageDraftStore, readShared, shareUrl, DRAFT_VERSION } from './draft.js';
import { QiChangeEvent, QiInputErrorEvent } from './events.js';
import type { UiStrings } from './i18n/en.js';
import { isLanguageLoaded, languageFailed, loadLanguage, retryLanguage, uiStrings } from './languages.js';
import { inheritedLang, localToday, normalizeLang, onPageLangChange } from './locale.js';
import { baseStyles } from './styles.js';
import { fieldError } from './fields.js';

let ids = 0;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The base of every widget: language (own `lang`, else the provider's, else the nearest `lang` in the page, else
 * Russian; live), the application date, drafts (`persist`), share links (`share`), events, and an error boundary:
 * nothing a visitor or a page does makes a widget throw or go blank.
 */
export abstract class QiElement extends LitElement {
  static override styles = [baseStyles];

  /** `kk`, `ru` or `en`; when absent, the provider's, else the nearest `lang` in the page, else `ru`. */
  @property() override lang = '';

  /**
   * The date the widget computes for, `YYYY-MM-DD`; the provider's, else today. A widget that asks "When will you
   * file?" sets it to the visitor's answer (kept in drafts and share links).
   */
  @property({ attribute: 'application-date' }) applicationDate?: string;

  /** Keep the visitor's inputs in `localStorage` (or the provider's draft store) and restore them after a reload. */
  @property({ type: Boolean }) persist = false;

  /** Distinguishes the drafts of two widgets of the same kind on one page. */
  @property({ attribute: 'persist-key' }) persistKey?: string;

  /** Offer a link that reopens the widget with the same inputs, the edition and the date. */
  @property({ type: Boolean }) share = false;

  /** `light` (default) or `dark`: presets of the `--qi-*` tokens. */
  @property({ reflect: true }) theme?: 'light' | 'dark';

  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected settings?: QiSettings;

  @state() protected pageLang: Lang | undefined;
  /** A share link was opened: its edition and date, to say which rules it used. */
  @state() protected sharedFrom?: { edition?: string; date?: string };
  @state() protected shareLink?: string;
  /** The visitor answered "When will you file?" (or a draft or a link did): the date is kept with the draft. */
  @state() protected dateChosen = false;
  /** Something other than bad input went wrong while computing: shown as a polite message, never thrown. */
  @state() protected failure = false;

  protected readonly uid = `qi${++ids}`;
  private unlisten?: () => void;
  private loading?: Promise<void>;
  private restored = false;

  /** The language the widget speaks now. */
  get effectiveLang(): Lang {
    return normalizeLang(this.lang) ?? this.settings?.lang ?? this.pageLang ?? 'ru';
  }

  /**
   * The date computed for: the attribute, else the provider's, else today. A date the visitor chose follows the
   * application's (item 7): a later choice in another widget of the same provider is the application's date.
   */
  get effectiveDate(): string {
    const shared = this.dateChosen ? this.application.applicationDate : undefined;
    return shared ?? this.applicationDate ?? this.settings?.applicationDate ?? localToday();
  }

  /** What the widgets of the same `<qi-provider>` share (item 7 "One application, one journey"); empty outside one. */
  protected get application(): SharedApplication {
    return this.settings?.application ?? {};
  }

  /** Tells the provider (if any) a part of the application; a provider merges it and passes it to every widget. */
  protected publish(patch: SharedApplication): void {
    try {
      this.settings?.publish?.(patch);
    } catch {
      /* a page's provider that throws changes nothing here */
    }
  }

  protected get t(): UiStrings {
    return uiStrings(this.effectiveLang)!;
  }

  protected get draftStore(): DraftStore {
    return this.settings?.draftStore ?? localStorageDraftStore;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.pageLang = inheritedLang(this);
    this.unlisten = onPageLangChange(() => {
      this.pageLang = inheritedLang(this);
    });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unlisten?.();
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.failure = false;
    if (!this.restored) {
      this.restored = true;
      this.restoreInputs();
    }
    const lang = this.effectiveLang;
    if (!this.languageReady(lang) && !languageFailed(lang)) {
      const p = this.loadLanguageFor(lang).then(
        () => this.requestUpdate(),
        () => this.requestUpdate(),
      );
      this.loading = p;
    }
    super.willUpdate(changed);
  }

  /** Resolves when the widget has rendered in its language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.loading) {
      const p = this.loading;
      await p;
      if (this.loading === p) this.loading = undefined;
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override render(): TemplateResult {
    const lang = this.effectiveLang;
    if (!this.languageReady(lang)) {
      if (languageFailed(lang)) {
        // the one text that cannot come from a language file: it is the file that failed
        const retry = () => {
          retryLanguage(lang);
          this.requestUpdate();
        };
        return html`<div class="root" part="base" role="alert">
          <p lang="kk">Виджеттің мәтіндері жүктелмеді.</p><p lang="ru">Не удалось загрузить тексты виджета.</p><p lang="en">The widget's texts could not be loaded.</p>
          <button type="button" @click=${retry}>↻ Қайталау · Повторить · Retry</button>
        </div>`;
      }
      return html`<div class="root" part="base" aria-busy="true" lang=${lang}><span class="visually-hidden">…</span></div>`;
    }
    let body: TemplateResult;
    try {
      if (this.failure) throw new Error('computation failed');
      body = this.renderBody();
    } catch (e) {
      body = html`<p class="notice fail" role="alert">${isInputError(e) ? this.t.common.badAttributes : this.t.common.unexpected}</p>`;
    }
    return html`<div class="root" part="base" lang=${lang}>${this.renderSharedFrom(lang)}${body}${this.renderShare()}</div>`;
  }

  /** Whether every text the widget shows in `lang` is loaded (a widget needing more overrides both). */
  protected languageReady(lang: Lang): boolean {
    return isLanguageLoaded(lang);
  }

  protected loadLanguageFor(lang: Lang): Promise<void> {
    return loadLanguage(lang);
  }

  /** The widget's own content, in `this.effectiveLang`. */
  protected abstract renderBody(): TemplateResult;

  /** The inputs to persist and to put in a share link. */
  protected abstract get inputs(): unknown;
  /** Restores inputs from a draft or a share link (ignores what does not fit). */
  protected abstract set inputs(value: unknown);

  /** Runs a computation: an InputError is returned for the fields, anything else becomes the failure state. */
  protected attempt<T>(fn: () => T): { value?: T; issues: readonly InputIssue[] } {
    try {
      this.failure = false;
      return { value: fn(), issues: [] };
    } catch (e) {
      if (isInputError(e)) return { issues: e.issues };
      this.failure = true;
      return { issues: [] };
    }
  }

  /** Tells the page the new result. */
  protected emitChange(result: unknown): void {
    this.dispatchEvent(new QiChangeEvent(result));
  }

  protected emitInputError(issues: readonly InputIssue[]): void {
    this.dispatchEvent(new QiInputErrorEvent(issues));
  }

  /** Call after every change of the inputs. */
  protected saveDraft(): void {
    if (this.persist) {
      this.draftStore.save(draftKey(this.localName, this.persistKey), { v: DRAFT_VERSION, inputs: this.inputs, ...(this.dateChosen && this.applicationDate ? { date: this.applicationDate } : {}) });
    }
    this.shareLink = undefined;
  }

  protected clearDraft(): void {
    this.draftStore.remove(draftKey(this.localName, this.persistKey));
  }

  private restoreInputs(): void {
    const shared = typeof location !== 'undefined' ? readShared(location.href, this.localName) : undefined;
    if (shared) {
      this.inputs = shared.inputs;
      if (typeof shared.date === 'string' && shared.date) {
        this.applicationDate = shared.date;
        this.dateChosen = true;
      }
      this.sharedFrom = { ...(shared.edition ? { edition: shared.edition } : {}), ...(shared.date ? { date: shared.date } : {}) };
      return;
    }
    if (!this.persist) return;
    const draft = this.draftStore.load(draftKey(this.localName, this.persistKey)) as { v?: number; inputs?: unknown; date?: unknown } | undefined;
    if (!draft || typeof draft !== 'object' || draft.v !== DRAFT_VERSION) return;
    this.inputs = draft.inputs;
    // the visitor's answer to "When will you file?" (a draft without one follows the page, else today)
    if (typeof draft.date === 'string' && ISO_DATE.test(draft.date)) {
      this.applicationDate = draft.date;
      this.dateChosen = true;
    }
  }

  /** The visitor's answer to "When will you file?": an empty or half-typed date leaves the date as it was. */
  protected chooseDate(value: string): void {
    if (!ISO_DATE.test(value)) return;
    this.applicationDate = value;
    this.dateChosen = true;
    this.publish({ applicationDate: value });
    this.saveDraft();
  }

  /**
   * "When will you file?": the date every result of the widget depends on (the look-back windows, the caps' year,
   * the tax years, the edition of the Rules). Defaults to `effectiveDate` (the page's, the provider's, else today);
   * the visitor changes it; drafts and share links keep it. `issue` is the SDK's issue with the date, if any.
   */
  protected renderDateQuestion(issue?: InputIssue): TemplateResult {
    const id = `${this.uid}-filing-date`;
    const t = this.t.filing;
    const lang = this.effectiveLang;
    return html`<div class="field" part="date-question">
      <label for=${id}>${t.question} <span class="hint">${t.hint}</span></label>
      <input id=${id} type="date" .value=${ISO_DATE.test(this.effectiveDate) ? this.effectiveDate : ''} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${`${id}-err`}
        @input=${(e: Event) => this.chooseDate((e.target as HTMLInputElement).value)} />
      ${fieldError(`${id}-err`, issue, lang)}
    </div>`;
  }

  /** The edition id of the current result, for share links. */
  protected get editionId(): string | undefined {
    return undefined;
  }

  /** A widget opened from a share link says which rules and date the link was made under. */
  private renderSharedFrom(lang: Lang): TemplateResult {
    const from = this.sharedFrom;
    if (!from?.date) return html``;
    const title = from.edition ? editionTitle(from.edition, lang) : '';
    return html`<p class="notice" part="shared-from">${this.t.common.sharedFrom(title, formatDate(from.date, lang))}</p>`;
  }

  private renderShare(): TemplateResult {
    if (!this.share) return html``;
    const t = this.t.common;
    const make = async () => {
      const link = shareUrl(location.href, { v: DRAFT_VERSION, tag: this.localName, ...(this.editionId ? { edition: this.editionId } : {}), date: this.effectiveDate, inputs: this.inputs });
      this.shareLink = link;
      try {
        await navigator.clipboard?.writeText(link);
      } catch {
        /* the link is shown for copying by hand */
      }
    };
    return html`<div class="actions no-print" part="share">
      <button type="button" @click=${make}>${t.shareLink}</button>
      ${this.shareLink
        ? html`<label class="hint full">${t.shareLinkLabel}
            <input readonly class="full" .value=${this.shareLink} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} /></label>`
        : ''}
    </div>`;
  }
}
