import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consume } from '@lit/context';
import { editionTitle, formatDate, isInputError, type InputIssue, type Lang } from '@qazindustry/productivity-calculator/core';
import { settingsContext, type DraftStore, type QiSettings, type SharedApplication } from './context.js';
import { draftKey, localStorageDraftStore, readShared, shareUrl, withoutShared, DRAFT_VERSION } from './draft.js';
import { QiChangeEvent, QiInputErrorEvent } from './events.js';
import type { UiStrings } from './i18n/en.js';
import { isLanguageLoaded, languageFailed, loadLanguage, retryLanguage, uiStrings } from './languages.js';
import { inheritedLang, localToday, normalizeLang, onPageLangChange } from './locale.js';
import { baseStyles } from './styles.js';
import { fieldError, politeIssue, type FieldKind } from './fields.js';
import type { AtHand, AtHandItem } from './at-hand.js';

let ids = 0;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The base of every widget: language (own `lang`, else the provider's, else the nearest `lang` in the page, else
 * Russian; live), the application date, drafts (`persist`), share links (`share`), events, and an error boundary:
 * nothing a visitor or a page does makes a widget throw or go blank.
 *
 * Nothing the visitor typed is lost: a share link opens as a separate view that leaves the draft alone until the
 * visitor saves it; a draft changed in another tab is offered, never loaded or overwritten silently; a draft that
 * cannot be saved is said; "Start over" asks first.
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

  /**
   * Distinguishes the drafts of two widgets of the same kind on one page. Without it, each widget keeps its draft by
   * its position among the elements of its tag in the document (the first under `qi:<tag>:v1`, the second under
   * `qi:<tag>:v1:#2`, …), so that two widgets never share one draft; set it when the page may reorder them.
   */
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

  /** Opened from a share link: a separate view, not saved as the draft until the visitor says so. */
  @state() private viewingShared = false;
  /** Another tab changed this widget's draft: offered to load, not taken silently. */
  @state() private otherTab?: { raw: string | null };
  /** The draft store refused the last save (private mode, quota). */
  @state() private saveFailed = false;
  /** A change that removed something, with the way back. */
  @state() private undoOffer?: { message: string; undo: () => void };
  /** A question asked inside the widget before something is replaced or cleared. */
  @state() protected question?: { where: string; message: string; yes: string; onYes: () => void };

  protected readonly uid = `qi${++ids}`;
  /** The widget's place among the elements of its tag in the document (1-based), taken once. */
  private position?: number;
  /** The application date the page gave before a draft or a link changed it. */
  private pageDate?: string;
  /** The draft as this widget last wrote or read it, to know another tab's change from its own. */
  private lastDraft?: string | null;
  private readonly onStorage = (e: StorageEvent) => this.storageChanged(e);
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
    globalThis.addEventListener?.('storage', this.onStorage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unlisten?.();
    globalThis.removeEventListener?.('storage', this.onStorage);
  }

  /** The draft's key: `persist-key`, else the widget's position among the elements of its tag in the document. */
  protected get draftStorageKey(): string {
    if (this.persistKey) return draftKey(this.localName, this.persistKey);
    if (this.position === undefined) {
      const root = this.getRootNode() as ParentNode;
      const all = typeof root.querySelectorAll === 'function' ? [...root.querySelectorAll(this.localName)] : [];
      this.position = Math.max(all.indexOf(this), 0) + 1;
    }
    return draftKey(this.localName, this.position > 1 ? `#${this.position}` : undefined);
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

  /** Tells the page the new result. */
  protected emitChange(result: unknown): void {
    this.lastEmitted = result;
    this.dispatchEvent(new QiChangeEvent(result));
  }

  /** The widget's current result, for `qi-change` (each widget returns its own). */
  protected currentResult(): unknown {
    return undefined;
  }

  private lastEmitted: unknown;
  private emitCheckQueued = false;
  /**
   * `qi-change` fires whenever the result changes, from any cause (an attribute, a property, the provider, a draft),
   * not only from the causes a widget lists: after each update, a result that differs from the last one the page was
   * told of is told.
   */
  private emitIfChanged(): void {
    if (this.emitCheckQueued) return;
    this.emitCheckQueued = true;
    queueMicrotask(() => {
      this.emitCheckQueued = false;
      const now = this.currentResult();
      if (now === undefined || now === this.lastEmitted) return;
      if (this.lastEmitted !== undefined && JSON.stringify(now) === JSON.stringify(this.lastEmitted)) return;
      this.emitChange(now);
    });
  }

  protected emitInputError(issues: readonly InputIssue[]): void {
    this.dispatchEvent(new QiInputErrorEvent(issues));
  }

  /**
   * Call after every change of the inputs. Nothing is written while a shared link is viewed or while another tab's
   * change is on offer (the visitor decides first); a store that refuses is said, and the input stays.
   */
  protected saveDraft(): void {
    this.shareLink = undefined;
    if (this.persist && !this.viewingShared && !this.otherTab) this.writeDraft();
  }

  private writeDraft(): void {
    const value = { v: DRAFT_VERSION, inputs: this.inputs, ...(this.dateChosen && this.applicationDate ? { date: this.applicationDate } : {}) };
    let ok: boolean;
    try {
      ok = this.draftStore.save(this.draftStorageKey, value) !== false;
    } catch {
      ok = false;
    }
    this.lastDraft = ok ? JSON.stringify(value) : this.lastDraft;
    this.saveFailed = !ok;
  }

  protected clearDraft(): void {
    try {
      this.draftStore.remove(this.draftStorageKey);
    } catch {
      /* nothing to remove */
    }
    this.lastDraft = null;
  }

  /** Empties the form (a widget whose setter cannot take `{}` overrides it) and gives the date back to the page. */
  protected clearInputs(): void {
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
    if (typeof d.date === 'string' && ISO_DATE.test(d.date)) {
      this.applicationDate = d.date;
      this.dateChosen = true;
    }
    return true;
  }

  private loadDraft(): unknown {
    try {
      return this.draftStore.load(this.draftStorageKey);
    } catch {
      return undefined;
    }
  }

  /** Another tab wrote (or removed) this widget's draft: offer it, unless it is what this widget has. */
  private storageChanged(e: StorageEvent): void {
    if (!this.persist || this.settings?.draftStore || e.key !== this.draftStorageKey) return;
    if (e.newValue === this.lastDraft) return;
    this.otherTab = { raw: e.newValue };
  }

  private loadOtherTab(): void {
    const raw = this.otherTab?.raw ?? null;
    this.otherTab = undefined;
    let draft: unknown;
    try {
      draft = raw === null ? undefined : JSON.parse(raw);
    } catch {
      draft = undefined;
    }
    this.clearInputs();
    this.applyDraft(draft);
    this.lastDraft = raw;
    this.viewingShared = false;
    this.dropUndo();
  }

  private keepMine(): void {
    this.otherTab = undefined;
    this.saveDraft();
  }

  /** Leaves the shared view: the link is taken out of the address, so that a reload shows the draft. */
  private leaveShared(): void {
    this.viewingShared = false;
    this.sharedFrom = undefined;
    try {
      const href = withoutShared(location.href, this.localName);
      if (href !== location.href) history.replaceState(history.state, '', href);
    } catch {
      /* a page that forbids it keeps its address */
    }
  }

  private saveShared(): void {
    this.leaveShared();
    this.writeDraft();
  }

  private backToDraft(): void {
    this.leaveShared();
    this.clearInputs();
    this.applyDraft(this.loadDraft());
    this.dropUndo();
  }

  /** "Start over": asks, then empties the form and removes the draft. */
  private askReset(): void {
    const t = this.t.lost;
    this.ask('reset', t.resetAsk, t.resetYes, () => {
      if (this.persist && !this.viewingShared) this.clearDraft();
      this.leaveShared();
      this.clearInputs();
      this.dropUndo();
      this.saveFailed = false;
      this.shareLink = undefined;
    });
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
    return html`${this.viewingShared && this.persist
      ? html`<div class="notice no-print" part="shared-view"><p>${t.sharedView}</p>
          <div class="actions"><button type="button" @click=${() => this.saveShared()}>${t.saveAsDraft}</button><button type="button" @click=${() => this.backToDraft()}>${t.backToDraft}</button></div></div>`
      : ''}${this.otherTab
      ? html`<div class="notice no-print" part="other-tab" role="alert"><p>${t.otherTab}</p>
          <div class="actions"><button type="button" @click=${() => this.loadOtherTab()}>${t.loadOther}</button><button type="button" @click=${() => this.keepMine()}>${t.keepMine}</button></div></div>`
      : ''}<div part="status-message" role="status" aria-live="polite" class="no-print">${this.saveFailed ? html`<p class="notice">${t.saveFailed}</p>` : ''}${this.undoOffer
      ? html`<p class="notice">${this.undoOffer.message} <button type="button" @click=${() => { const u = this.undoOffer; this.undoOffer = undefined; u?.undo(); }}>${t.undo}</button></p>`
      : ''}</div>`;
  }

  private renderReset(): TemplateResult {
    return html`<div class="actions no-print" part="reset">
      ${this.question?.where === 'reset' ? this.renderQuestion('reset') : html`<button type="button" @click=${() => this.askReset()}>${this.t.lost.reset}</button>`}
    </div>`;
  }

  private restoreInputs(): void {
    this.pageDate = this.applicationDate;
    const shared = typeof location !== 'undefined' ? readShared(location.href, this.localName) : undefined;
    if (shared) {
      this.viewingShared = true;
      this.inputs = shared.inputs;
      if (typeof shared.date === 'string' && shared.date) {
        this.applicationDate = shared.date;
        this.dateChosen = true;
      }
      this.sharedFrom = { ...(shared.edition ? { edition: shared.edition } : {}), ...(shared.date ? { date: shared.date } : {}) };
      return;
    }
    if (!this.persist) return;
    const draft = this.loadDraft();
    if (this.applyDraft(draft)) this.lastDraft = JSON.stringify(draft);
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

  // ---- Errors as GOV.UK shows them (task x-errors): a field's error once the visitor has left it or asked for the
  // ---- result, and an error summary at the top of the form. Nothing else of the widget depends on it.

  /** The visitor asked for the result (Enter, a submit) or the form was complete once: every error is shown. */
  @state() protected errorsAsked = false;
  /** The ids of the controls the visitor has left (blur) or changed. */
  @state() private touchedFields: ReadonlySet<string> = new Set();
  /** The errors the summary lists (the fields' shown errors of the last render, in the form's order). */
  @state() private summaryItems: readonly { id: string; text: string }[] = [];
  private pendingSummary: { id: string; text: string }[] = [];
  private focusSummary = false;

  /** Whether the form is complete (the first time it is, the visitor is taken to have asked for the result). */
  protected formComplete(): boolean {
    return false;
  }

  protected override createRenderRoot(): HTMLElement | DocumentFragment {
    const root = super.createRenderRoot();
    const left = (e: Event) => {
      const el = e.composedPath()[0];
      if (!(el instanceof HTMLElement) || !el.id || !el.matches('input, select, textarea') || this.touchedFields.has(el.id)) return;
      this.touchedFields = new Set([...this.touchedFields, el.id]);
    };
    root.addEventListener('focusout', left);
    root.addEventListener('change', left);
    root.addEventListener('submit', (e) => {
      e.preventDefault();
      this.askForResult();
    });
    root.addEventListener('keydown', (e) => {
      const el = (e as KeyboardEvent).composedPath()[0];
      if ((e as KeyboardEvent).key !== 'Enter' || !(el instanceof HTMLElement) || !el.closest('form')) return;
      if (el instanceof HTMLSelectElement || (el instanceof HTMLInputElement && !/^(checkbox|radio|button|submit|file)$/.test(el.type))) {
        e.preventDefault();
        left(e);
        this.askForResult();
      }
    });
    return root;
  }

  /** The visitor asks for the result: every error is shown, and the summary takes the focus. */
  protected askForResult(): void {
    this.errorsAsked = true;
    this.focusSummary = true;
    this.requestUpdate();
  }

  /**
   * The issue a field shows now: none until the visitor has left the field or asked for the result; then the
   * issue in the widget's wording of formats (`politeIssue`), also listed in the error summary. `id` is the control's.
   */
  protected fieldIssue(id: string, issue: InputIssue | undefined, how?: FieldKind): InputIssue | undefined {
    if (!issue || !(this.errorsAsked || this.touchedFields.has(id))) return undefined;
    const lang = this.effectiveLang;
    const shown = politeIssue(issue, lang, how);
    if (!this.pendingSummary.some((x) => x.id === id)) this.pendingSummary.push({ id, text: shown.message[lang] });
    return shown;
  }

  /** Whether the error summary lists anything. */
  protected get hasShownErrors(): boolean {
    return this.summaryItems.length > 0;
  }

  /** The GOV.UK error summary: "There is a problem" and each shown error as a link to its field. */
  protected renderErrorSummary(): TemplateResult | typeof nothing {
    const items = this.summaryItems;
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

  protected override update(changed: PropertyValues): void {
    this.pendingSummary = [];
    super.update(changed);
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    this.emitIfChanged();
    if (!this.errorsAsked && this.formComplete()) this.errorsAsked = true;
    const next = this.pendingSummary;
    const same = next.length === this.summaryItems.length && next.every((x, i) => x.id === this.summaryItems[i]!.id && x.text === this.summaryItems[i]!.text);
    if (!same) {
      this.summaryItems = [...next];
      return;
    }
    if (this.focusSummary && !this.isUpdatePending) {
      this.focusSummary = false;
      this.renderRoot.querySelector<HTMLElement>('[part="error-summary"]')?.focus();
    }
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
