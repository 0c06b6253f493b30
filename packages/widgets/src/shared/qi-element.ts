import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { editionTitle, formatDate, isInputError, isIsoDate, knownEditions, type InputIssue, type Lang } from '@qazindustry/productivity-calculator/core';
import { settingsContext, type QiSettings, type SharedApplication } from './context.js';
import { DRAFT_VERSION } from './draft.js';
import type { UiStrings } from './i18n/en.js';
import { isLanguageLoaded, loadLanguage, registerStrings, type UiStringsOverride } from './languages.js';
import { localToday } from './locale.js';
import { baseStyles } from './styles.js';
import { fieldError, type FieldKind } from './fields.js';
import type { AtHand, AtHandItem } from './at-hand.js';
import { LocaleController } from './controllers/locale-controller.js';
import { DraftController } from './controllers/draft-controller.js';
import { ShareController } from './controllers/share-controller.js';
import { ResultEventsController } from './controllers/result-events-controller.js';
import { FieldErrorsController } from './controllers/field-errors-controller.js';

let ids = 0;

/**
 * The base of every widget. Its concerns are reactive controllers, each in `controllers/`:
 * - `LocaleController`: the language (own `lang`, else the provider's, else the nearest `lang` in the page, else
 *   Russian; live) and its files;
 * - `DraftController`: the visitor's draft (`persist`), per-widget keys, other tabs, a store that refuses;
 * - `ShareController`: share links (`share`) and the separate, unsaved view a link opens;
 * - `ResultEventsController`: `qi-change` whenever the result changes, from any cause, and `qi-input-error`;
 * - `FieldErrorsController`: errors as GOV.UK shows them, and the error summary.
 * What stays here is what they share: the application date ("When will you file?"), the provider's application,
 * undo, the questions asked before something is replaced, "Start over", and an error boundary: nothing a visitor or
 * a page does makes a widget throw or go blank.
 *
 * The theme tokens every widget reads (the defaults are the light theme's; `theme="dark"` has its own):
 * @cssprop [--qi-accent=#0b5cad] - Accent colour: buttons, the focus ring, the total, ticks, the revenue line.
 * @cssprop [--qi-accent-contrast=#ffffff] - Text on the accent colour (a primary button's label).
 * @cssprop [--qi-color-text=#1b1f24] - Text colour.
 * @cssprop [--qi-color-muted=#4a5361] - Hints and secondary text.
 * @cssprop [--qi-color-bg=#ffffff] - Background colour.
 * @cssprop [--qi-color-surface=#f4f6f8] - Background of notices, buttons and the progress track.
 * @cssprop [--qi-color-border=#8a94a3] - Borders and the tracker's pace line.
 * @cssprop [--qi-color-pass=#176b32] - "Included", "met", "on track", "eligible".
 * @cssprop [--qi-color-fail=#b3261e] - "Excluded", "missed", "behind", and errors.
 * @cssprop [--qi-color-unknown=#7a4f00] - "Not known yet" and other open answers.
 * @cssprop [--qi-font=system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', Arial, sans-serif] - Font family.
 * @cssprop [--qi-font-size=medium] - Base font size (every size in the widget is relative to it).
 * @cssprop [--qi-radius=6px] - Corner radius.
 * @cssprop [--qi-space=1em] - Base spacing.
 * @cssprop [--qi-focus-ring=0 0 0 3px var(--_qi-bg), 0 0 0 5px var(--_qi-accent)] - The keyboard focus ring (a box-shadow).
 * @cssprop [--qi-loading-height=10em] - The height a widget keeps while its texts load (no layout shift).
 */
export abstract class QiElement extends LitElement {
  static override styles = [baseStyles];

  /**
   * Replaces some of the widgets' words in a language (see `registerStrings`); reachable from a CDN page as
   * `customElements.get('qi-eligibility-checker').registerStrings('ru', { … })`.
   */
  static registerStrings(lang: Lang, strings: UiStringsOverride): void {
    registerStrings(lang, strings);
  }

  /** `kk`, `ru` or `en`; when absent, the provider's, else the nearest `lang` in the page, else `ru`. */
  @property() override lang = '';

  /**
   * The date the widget computes for, `YYYY-MM-DD`; the provider's, else today. A widget that asks "When will you
   * file?" sets it to the visitor's answer (kept in drafts and share links).
   */
  @property({ attribute: 'application-date' }) applicationDate?: string;

  /** Keep the visitor's inputs in `localStorage` (or the provider's draft store) and restore them after a reload. */
  @property({ type: Boolean }) persist = false;

  /**
   * Distinguishes the drafts of two widgets of the same kind on one page. Without it, each widget keeps its draft by
   * its position among the elements of its tag in the document (the first under `qi:<tag>:v1`, the second under
   * `qi:<tag>:v1:#2`, …), so that two widgets never share one draft; set it when the page may reorder them.
   */
  @property({ attribute: 'persist-key' }) persistKey?: string;

  /** Offer a link that reopens the widget with the same inputs, the edition and the date. */
  @property({ type: Boolean }) share = false;

  /** `light` (default), `dark`, or `auto` (dark when the visitor's system prefers it): presets of the `--qi-*` tokens. */
  @property({ reflect: true }) theme?: 'light' | 'dark' | 'auto';

  @consume({ context: settingsContext, subscribe: true })
  @state()
  protected settings?: QiSettings;

  /** The visitor answered "When will you file?" (or a draft or a link did): the date is kept with the draft. */
  @state() protected dateChosen = false;
  /** Something other than bad input went wrong while computing: shown as a polite message, never thrown. */
  @state() protected failure = false;
  /** A change that removed something, with the way back. */
  @state() private undoOffer?: { message: string; undo: () => void };
  /** A draft or a link held more rows than the SDK takes: how many it had, and how many are shown. */
  @state() protected cutNote?: { had: number; max: number };
  /** A question asked inside the widget before something is replaced or cleared. */
  @state() protected question?: { where: string; message: string; yes: string; onYes: () => void };

  protected readonly uid = `qi${++ids}`;
  /** The application date the page gave before a draft or a link changed it. */
  private pageDate?: string;
  private restored = false;

  protected readonly locale = new LocaleController(this, { ready: (l) => this.languageReady(l), load: (l) => this.loadLanguageFor(l), settings: () => this.settings });
  protected readonly shares = new ShareController(this);
  protected readonly drafts = new DraftController(this, {
    snapshot: () => ({ v: DRAFT_VERSION, inputs: this.inputs, ...(this.dateChosen && this.applicationDate ? { date: this.applicationDate } : {}) }),
    apply: (d) => this.applyDraft(d),
    paused: () => this.shares.viewing,
    settings: () => this.settings,
  });
  protected readonly errors = new FieldErrorsController(this, { lang: () => this.effectiveLang, complete: () => this.formComplete() });
  protected readonly resultEvents = new ResultEventsController(this, () => ({ result: this.result, issues: this.currentIssues(), inputs: this.inputs }));

  /** The language the widget speaks now. */
  get effectiveLang(): Lang {
    return this.locale.lang;
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
    return this.locale.strings;
  }

  /** The draft's key (see `persist-key`). */
  protected get draftStorageKey(): string {
    return this.drafts.key;
  }

  protected override willUpdate(changed: PropertyValues): void {
    this.failure = false;
    if (!this.restored) {
      this.restored = true;
      this.restoreInputs();
    }
    super.willUpdate(changed);
  }

  /** Resolves when the widget has rendered in its language. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const done = await super.getUpdateComplete();
    await this.locale.settled();
    return done && (await super.getUpdateComplete());
  }

  protected override render(): TemplateResult {
    const lang = this.effectiveLang;
    if (!this.locale.ready) {
      if (this.locale.failed) {
        // the one text that cannot come from a language file: it is the file that failed
        return html`<div class="root" part="base" role="alert">
          <p lang="kk">Виджеттің мәтіндері жүктелмеді.</p><p lang="ru">Не удалось загрузить тексты виджета.</p><p lang="en">The widget's texts could not be loaded.</p>
          <button type="button" @click=${() => this.locale.retry()}>↻ Қайталау · Повторить · Retry</button>
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
    return html`<div class="root" part="base" lang=${lang}>${this.renderSharedFrom(lang)}${this.renderKeeping()}${body}${this.renderReset()}${this.renderShare()}</div>`;
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

  /**
   * The SDK's result for the inputs now (what `qi-change` last told the page), or undefined while there is none: for a
   * page that reads it instead of listening. Each widget returns its own (`qi-change` fires whenever it changes).
   */
  get result(): unknown {
    return undefined;
  }

  /** The SDK's issues with the visitor's inputs (each widget keeps its own, as a reactive state). */
  protected issues: readonly InputIssue[] = [];

  /** The issues with the inputs while there is no result, for `qi-input-error` (fired whenever they change). */
  protected currentIssues(): readonly InputIssue[] {
    return this.result === undefined ? this.issues : [];
  }

  /** Call after every change of the inputs: an old share link is forgotten, and the draft is written (see `DraftController`). */
  protected saveDraft(): void {
    this.shares.forget();
    this.drafts.save();
  }

  protected clearDraft(): void {
    this.drafts.remove();
  }

  /** Empties the form (a widget whose setter cannot take `{}` overrides it) and gives the date back to the page. */
  protected clearInputs(): void {
    this.cutNote = undefined;
    this.inputs = {};
    this.applicationDate = this.pageDate;
    this.dateChosen = false;
  }

  /** Offers a way back from a change that removed something; the widget drops it when the visitor goes on. */
  protected offerUndo(message: string, undo: () => void): void {
    this.undoOffer = { message, undo };
  }

  protected dropUndo(): void {
    this.undoOffer = undefined;
  }

  /** Whether an undo is on offer (a run of changes keeps the first state to go back to). */
  protected get undoPending(): boolean {
    return !!this.undoOffer;
  }

  /** Applies a stored draft (`{ v, inputs, date? }`); false when it is not a draft of this version. */
  private applyDraft(draft: unknown): boolean {
    const d = draft as { v?: number; inputs?: unknown; date?: unknown } | undefined;
    if (!d || typeof d !== 'object' || d.v !== DRAFT_VERSION) return false;
    this.inputs = d.inputs;
    // the visitor's answer to "When will you file?" (a draft without one follows the page, else today)
    if (isIsoDate(d.date)) {
      this.applicationDate = d.date;
      this.dateChosen = true;
    }
    return true;
  }

  private loadOtherTab(): void {
    const draft = this.drafts.takeOtherTab();
    this.clearInputs();
    this.applyDraft(draft);
    this.shares.viewing = false;
    this.dropUndo();
  }

  private saveShared(): void {
    this.shares.leave();
    this.drafts.write();
  }

  private backToDraft(): void {
    this.shares.leave();
    this.clearInputs();
    this.applyDraft(this.drafts.load());
    this.dropUndo();
  }

  /** "Start over": asks, then empties the form, removes the draft and shows no error until the visitor acts again. */
  private askReset(): void {
    const t = this.t.lost;
    this.ask('reset', t.resetAsk, t.resetYes, () => this.reset());
  }

  /**
   * Empties the form and removes the draft (what "Start over" does once the visitor confirms), for a page's own
   * reset button; another tab's change on offer is dropped. While a share link is viewed, the link is left and the
   * visitor's own draft stays (it was never shown). The page's attributes (measure, dates, amounts) stay and apply again.
   */
  reset(): void {
    if (this.persist && !this.shares.viewing) this.clearDraft();
    this.drafts.otherTab = undefined;
    this.shares.leave();
    this.clearInputs();
    this.dropUndo();
    this.question = undefined;
    this.errors.reset();
    this.drafts.setSaveFailed(false);
    this.shares.forget();
  }

  /** Asks a yes/cancel question inside the widget (never `window.confirm`); `where` names the spot it is shown at. */
  protected ask(where: string, message: string, yes: string, onYes: () => void): void {
    this.question = { where, message, yes, onYes };
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLButtonElement>('[part="question"] button')?.focus());
  }

  /** The question asked at `where`, if any. */
  protected renderQuestion(where: string): TemplateResult {
    const q = this.question;
    if (!q || q.where !== where) return html``;
    const answer = (yes: boolean) => {
      this.question = undefined;
      if (yes) q.onYes();
    };
    return html`<div class="notice no-print" part="question" role="alert">
      <p>${q.message}</p>
      <div class="actions"><button type="button" @click=${() => answer(true)}>${q.yes}</button><button type="button" @click=${() => answer(false)}>${this.t.lost.cancel}</button></div>
    </div>`;
  }

  /** The shared view, another tab's change, a draft that cannot be saved, an undo. */
  private renderKeeping(): TemplateResult {
    const t = this.t.lost;
    return html`${this.shares.viewing && this.persist
      ? html`<div class="notice no-print" part="shared-view"><p>${t.sharedView}</p>
          <div class="actions"><button type="button" @click=${() => this.saveShared()}>${t.saveAsDraft}</button><button type="button" @click=${() => this.backToDraft()}>${t.backToDraft}</button></div></div>`
      : ''}${this.drafts.otherTab
      ? html`<div class="notice no-print" part="other-tab" role="alert"><p>${t.otherTab}</p>
          <div class="actions"><button type="button" @click=${() => this.loadOtherTab()}>${t.loadOther}</button><button type="button" @click=${() => this.drafts.keepMine()}>${t.keepMine}</button></div></div>`
      : ''}<div part="status-message" role="status" aria-live="polite" class="no-print">${this.drafts.saveFailed ? html`<p class="notice">${t.saveFailed}</p>` : ''}${this.cutNote ? html`<p class="notice">${t.draftCut(this.cutNote.had, this.cutNote.max)}</p>` : ''}${this.undoOffer
      ? html`<p class="notice">${this.undoOffer.message} <button type="button" @click=${() => { const u = this.undoOffer; this.undoOffer = undefined; u?.undo(); }}>${t.undo}</button></p>`
      : ''}</div>`;
  }

  private renderReset(): TemplateResult {
    return html`<div class="actions no-print" part="reset">
      ${this.question?.where === 'reset' ? this.renderQuestion('reset') : html`<button type="button" @click=${() => this.askReset()}>${this.t.lost.reset}</button>`}
    </div>`;
  }

  /** Before the first render: a share link in the address opens as a separate view; else the draft, if any. */
  private restoreInputs(): void {
    this.pageDate = this.applicationDate;
    const shared = this.shares.open((id) => knownEditions().some((e) => e.id === id));
    if (shared) {
      this.inputs = shared.inputs;
      if (typeof shared.date === 'string' && shared.date) {
        this.applicationDate = shared.date;
        this.dateChosen = true;
      }
      return;
    }
    this.drafts.restore();
  }

  /** The visitor's answer to "When will you file?": an empty or half-typed date leaves the date as it was. */
  protected chooseDate(value: string): void {
    if (!isIsoDate(value)) return;
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
      <input id=${id} type="date" .value=${isIsoDate(this.effectiveDate) ? this.effectiveDate : ''} aria-invalid=${issue ? 'true' : 'false'} aria-describedby=${`${id}-err`}
        @input=${(e: Event) => this.chooseDate((e.target as HTMLInputElement).value)} />
      ${fieldError(`${id}-err`, issue, lang)}
    </div>`;
  }

  // ---- Errors as GOV.UK shows them: see `FieldErrorsController`.

  /** Whether the form is complete (the first time it is, the visitor is taken to have asked for the result). */
  protected formComplete(): boolean {
    return false;
  }

  /** The visitor asks for the result: every error is shown, and the summary takes the focus. */
  protected askForResult(): void {
    this.errors.ask();
  }

  /** The issue a field shows now (none until the visitor has left it or asked for the result). `id` is the control's. */
  protected fieldIssue(id: string, issue: InputIssue | undefined, how?: FieldKind): InputIssue | undefined {
    return this.errors.issue(id, issue, how);
  }

  /** Whether the error summary lists anything. */
  protected get hasShownErrors(): boolean {
    return this.errors.items.length > 0;
  }

  /** The GOV.UK error summary: "There is a problem" and each shown error as a link to its field. */
  protected renderErrorSummary(): TemplateResult | typeof nothing {
    const items = this.errors.items;
    if (!items.length) return nothing;
    const go = (e: Event, id: string) => {
      e.preventDefault();
      const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
      target?.scrollIntoView?.({ block: 'center' });
      target?.focus();
    };
    const head = `${this.uid}-error-summary`;
    return html`<div class="notice fail error-summary" part="error-summary" role="alert" tabindex="-1" aria-labelledby=${head}>
      <h3 id=${head}>${this.t.errors.summaryTitle}</h3>
      <ul>${items.map((x) => html`<li><a href=${`#${x.id}`} @click=${(e: Event) => go(e, x.id)}>${x.text}</a></li>`)}</ul>
    </div>`;
  }

  // ---- Task "What to have at hand" (issue "The widgets in the field"): before the first question, the notice that a
  // draft is kept in this browser (only with `persist`) and a folded panel of what the visitor will need.

  /**
   * What goes before a widget's first question: with `persist`, a visible line saying the answers are kept in this
   * browser and that "Start over" deletes them; then, when `need` lists anything, a `<details>` "Before you start:
   * what you will need" (the items come from the SDK's descriptions, see `atHand`). `groups` nest items under a heading
   * (the estimator's "For each cost").
   */
  protected renderBeforeStart(need?: AtHand, groups: readonly { heading: string; items: readonly AtHandItem[] }[] = []): TemplateResult {
    const t = this.t.atHand;
    const item = (x: AtHandItem) => html`<li>${x.label}${x.parts?.length ? html`: ${x.parts.join('; ')}` : nothing}</li>`;
    const shown = groups.filter((g) => g.items.length);
    const any = !!need && (need.items.length > 0 || need.yesNo > 0 || shown.length > 0);
    return html`${this.persist ? html`<p class="hint no-print" part="draft-notice">${t.draftKept}</p>` : nothing}${any
      ? html`<details class="no-print" part="at-hand">
          <summary>${t.summary}</summary>
          <p class="hint">${t.intro}</p>
          <ul>${need!.items.map(item)}${shown.map((g) => html`<li>${g.heading}<ul>${g.items.map(item)}</ul></li>`)}${need!.yesNo ? html`<li>${t.yesNo(need!.yesNo)}</li>` : nothing}</ul>
        </details>`
      : nothing}`;
  }

  /** The edition id of the current result, for share links. */
  protected get editionId(): string | undefined {
    return undefined;
  }

  /** A widget opened from a share link says which rules and date the link was made under. */
  private renderSharedFrom(lang: Lang): TemplateResult {
    const from = this.shares.from;
    if (!from?.date) return html``;
    try {
      const date = formatDate(from.date, lang);
      const text = from.edition ? this.t.common.sharedFrom(editionTitle(from.edition, lang), date) : this.t.common.sharedFromDate(date);
      return html`<p class="notice" part="shared-from">${text}</p>`;
    } catch {
      return html``; // what a link says is never worth the widget
    }
  }

  private renderShare(): TemplateResult {
    if (!this.share) return html``;
    const t = this.t.common;
    const make = () => this.shares.make({ v: DRAFT_VERSION, ...(this.editionId ? { edition: this.editionId } : {}), date: this.effectiveDate, inputs: this.inputs });
    const link = this.shares.link;
    return html`<div class="actions no-print" part="share">
      <button type="button" @click=${make}>${t.shareLink}</button>
      ${link
        ? html`<label class="hint full">${t.shareLinkLabel}
            <input readonly class="full" .value=${link} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} /></label>`
        : ''}
    </div>`;
  }
}
