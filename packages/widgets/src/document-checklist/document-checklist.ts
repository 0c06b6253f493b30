import { html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import {
  buildChecklist,
  describeChecklist,
  format,
  formatDate,
  formatMessage,
  isInputError,
  MEASURE_NAMES_OF,
  MEASURES,
  type ChecklistInput,
  type ChecklistItem,
  type ChecklistResult,
  type Citation,
  COST_TYPE_NAMES_OF,
  type ChecklistDescription,
  type CostType,
  type InputIssue,
  type Measure,
  type Lang,
  hasAnnexTexts,
  formatDocText,
  editionTitle,
} from '@qazindustry/productivity-calculator/core';
import { QiElement } from '../shared/qi-element.js';
import { loadAnnexTexts } from '../shared/languages.js';
import { QiChecklistItemToggleEvent } from '../shared/events.js';
import { citation } from '../shared/render.js';
import { fieldError, issuesByPath } from '../shared/fields.js';
import { copyText } from '../shared/clipboard.js';
import { printAlone, resultHead } from '../shared/print.js';
import { isRelevant } from '../shared/describe.js';
import { atHand, mergeFields, type AtHand } from '../shared/at-hand.js';
import { byId, focusAfterUpdate, halfTyped } from '../shared/keyboard.js';

/** A yes/no question of `describeChecklist` (`taxExempt`, `claimsTravel`…): its id is the checklist input's key. */
type Condition = string;

/** One document of the merged list (item 7): the same annex wording, whichever cost types need it. */
export interface MergedChecklistItem {
  /** The id of the first cost type's item (the tick-box's id). */
  id: string;
  item: ChecklistItem;
  /** The cost types that need it, in the estimate's order. */
  costTypes: string[];
  /** Every annex item it stands for (one per annex variant), without repeats. */
  citations: Citation[];
}

/** The `qi-change` detail while the list covers several cost types: the SDK's result per cost type, and the merge. */
export interface MergedChecklist {
  kind: 'checklist-merged';
  byCostType: Record<string, ChecklistResult>;
  items: MergedChecklistItem[];
}

interface ChecklistInputs {
  measure: string;
  costType: string;
  date: string;
  conditions: Partial<Record<Condition, boolean>>;
  ready: string[];
}

/**
 * The documents to attach for a measure and cost type, item by item as the annex of the Rules lists them, each with
 * its citation; tick-boxes, "n of m ready", print and copy as text.
 * @tag qi-document-checklist
 * @summary Document checklist (Annexes 3, 4, 5, 5-1 of the Rules, item 8).
 * Inside a `<qi-provider>` without a `cost-type` of its own, it follows the application: the checker's measure and
 * answers, and every cost type of the estimate at once, as one numbered list whose items say which cost types
 * need them (the SDK's `buildChecklist` per cost type, merged by the annex's wording).
 * @fires {QiChangeEvent} qi-change - when the list changes; `detail` is the SDK's ChecklistResult (a `MergedChecklist`, `kind: 'checklist-merged'`, while it covers several cost types).
 * @fires {QiChecklistItemToggleEvent} qi-checklist-item-toggle - when a document is ticked; `detail` has `id`, `checked`, `ready`, `total`.
 * @fires {QiInputErrorEvent} qi-input-error - when a setting cannot be read.
 * @csspart base - The widget's box.
 * @csspart form - The settings (measure, cost type, conditions, date).
 * @csspart result - The list.
 * @csspart progress - "n of m ready".
 * @csspart item - One document.
 * @csspart citation - A reference to an annex item.
 * @csspart share - The share-link controls.
 */
export class QiDocumentChecklist extends QiElement {
  /** The measure; the visitor chooses when absent. */
  @property() measure?: Measure;
  /** The cost type, for a measure whose document list depends on it (`describeChecklist` asks it then). */
  @property({ attribute: 'cost-type' }) costType?: string;

  /** The applicant is exempt from taxes (adds the tax-exemption documents). */
  @property({ type: Boolean, attribute: 'tax-exempt' }) taxExempt = false;
  /** The applicant is an individual entrepreneur (adds the personal tax-account statement, p.13 sub-item 5). */
  @property({ type: Boolean, attribute: 'individual-entrepreneur' }) individualEntrepreneur = false;
  /** The executor or seller is a non-resident (replaces the invoices). */
  @property({ type: Boolean, attribute: 'non-resident-executor' }) nonResidentExecutor = false;
  /** Travel to the training is claimed (Annex 3, sub-item 11). */
  @property({ type: Boolean, attribute: 'claims-travel' }) claimsTravel = false;
  /** Accommodation during the training is claimed (Annex 3, sub-item 12). */
  @property({ type: Boolean, attribute: 'claims-accommodation' }) claimsAccommodation = false;

  @state() private form: ChecklistInputs = { measure: '', costType: '', date: '', conditions: {}, ready: [] };
  @state() private computed?: ChecklistResult;
  /** The list of several cost types at once (item 7); `result` is then undefined. */
  @state() private merged?: MergedChecklist;
  @state() protected override issues: readonly InputIssue[] = [];
  @state() private copied = false;

  /** The checklist also needs the translated document lists of its language. */
  protected override languageReady(lang: Lang): boolean {
    return super.languageReady(lang) && hasAnnexTexts(lang);
  }

  protected override loadLanguageFor(lang: Lang): Promise<void> {
    return Promise.all([super.loadLanguageFor(lang), loadAnnexTexts(lang)]).then(() => undefined);
  }

  protected get inputs(): ChecklistInputs {
    return this.form;
  }
  protected set inputs(v: unknown) {
    if (!v || typeof v !== 'object') return;
    const f = v as Partial<ChecklistInputs>;
    // a draft or a link may hold anything: keep yes/no answers only, and a date only in the date field's own shape
    const conditions = f.conditions && typeof f.conditions === 'object' ? (f.conditions as Record<string, unknown>) : {};
    this.form = {
      measure: typeof f.measure === 'string' ? f.measure : '',
      costType: typeof f.costType === 'string' ? f.costType : '',
      date: typeof f.date === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(f.date) ? f.date : '',
      conditions: Object.fromEntries(Object.entries(conditions).filter(([c, x]) => /^[A-Za-z]\w{0,63}$/.test(c) && c !== 'constructor' && typeof x === 'boolean')) as Record<string, boolean>,
      ready: Array.isArray(f.ready) ? f.ready.filter((x): x is string => typeof x === 'string') : [],
    };
  }

  protected override get editionId() {
    return this.computed?.edition.id ?? Object.values(this.merged?.byCostType ?? {})[0]?.edition.id;
  }

  private get chosenMeasure() {
    // item 7: without an attribute of its own, the widget follows the measure of the application (any widget's choice)
    if (!this.measure && this.application.measure) return this.application.measure;
    return this.form.measure || this.measure || '';
  }
  private get chosenCostType() {
    const shared = this.sharedCostTypes();
    return this.form.costType || this.costType || (shared.length === 1 ? shared[0]! : '');
  }
  private get date() {
    // the application's date (chosen in any widget) before the one typed here earlier; the attribute before both
    const shared = this.applicationDate === undefined ? this.application.applicationDate : undefined;
    return shared || this.form.date || this.effectiveDate;
  }

  /**
   * The estimate's cost types this list can take (the options `describeChecklist` gives for the measure), when the
   * widget has no cost type of its own and the measure's list depends on one.
   */
  private sharedCostTypes(): string[] {
    if (this.form.costType || this.costType) return [];
    const field = this.description()?.fields.find((f) => f.id === 'costType');
    const options = new Set((field?.options ?? []).map((o) => String(o.value)));
    return (this.application.costTypes ?? []).filter((c) => options.has(c));
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    super.willUpdate(changed);
    this.computed = undefined;
    this.merged = undefined;
    this.issues = [];
    if (!this.chosenMeasure) {
      // a bad application-date is the page's mistake: say so at once, not only after a measure is chosen
      try {
        buildChecklist({ applicationDate: this.date, measure: MEASURES[0]! });
      } catch (e) {
        if (isInputError(e)) this.issues = e.issues.filter((i) => i.path[0] === 'applicationDate');
      }
      return;
    }
    const several = this.sharedCostTypes();
    if (several.length > 1) {
      this.buildMerged(several);
      return;
    }
    ({ value: this.computed, issues: this.issues } = this.attempt(() => buildChecklist(this.checklistInput(this.chosenCostType))));
  }

  private checklistInput(costType: string): ChecklistInput {
    const input: ChecklistInput = { applicationDate: this.date, measure: this.chosenMeasure as Measure };
    if (costType) input.costType = costType as CostType;
    // the questions the SDK says the list depends on; an unticked one is a "no"
    for (const f of this.conditionFields(costType)) (input as unknown as Record<string, unknown>)[f.id] = this.condition(f.id);
    return input;
  }

  /**
   * Item 7: every cost type of the estimate at once. The SDK's list per cost type, merged by the annex's official
   * wording (the same document asked by two annex variants is one item, with both citations), numbered 1..n.
   */
  private buildMerged(costTypes: readonly string[]): void {
    const byCostType: Record<string, ChecklistResult> = {};
    for (const c of costTypes) {
      const { value, issues } = this.attempt(() => buildChecklist(this.checklistInput(c)));
      if (!value) {
        this.issues = issues;
        return;
      }
      byCostType[c] = value;
    }
    const items = new Map<string, MergedChecklistItem>();
    for (const [c, r] of Object.entries(byCostType)) {
      for (const it of r.items) {
        const key = `${it.replaced ? 'r:' : ''}${it.text.ru}`;
        const m = items.get(key) ?? { id: it.id, item: it, costTypes: [], citations: [] };
        if (!m.costTypes.includes(c)) m.costTypes.push(c);
        if (!m.citations.some((x) => JSON.stringify(x) === JSON.stringify(it.citation))) m.citations.push(it.citation);
        items.set(key, m);
      }
    }
    this.merged = { kind: 'checklist-merged', byCostType, items: [...items.values()] };
  }

  /** The SDK's result for the inputs now (what `qi-change` last told the page), or undefined while there is none. */
  override get result(): ChecklistResult | MergedChecklist | undefined {
    return this.computed ?? this.merged;
  }


  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
  }

  /**
   * The visitor's answer, else the page's attribute. Inside a provider (item 7) the application's answer (given here
   * or in the checker) comes first, unless the page's attribute says yes and the visitor did not untick it here.
   */
  private condition(c: Condition): boolean {
    const own = Object.prototype.hasOwnProperty.call(this.form.conditions, c) ? this.form.conditions[c] : undefined;
    const attr = (this as unknown as Record<string, unknown>)[c] === true;
    const shared = this.application.answers;
    if (!(attr && own === undefined) && shared && Object.prototype.hasOwnProperty.call(shared, c)) return shared[c] === true;
    return own ?? attr;
  }

  /** The SDK's questions for the measure on the date (`describeChecklist`); none while they cannot be described. */
  private description(): ChecklistDescription | undefined {
    const key = `${this.chosenMeasure}|${this.date}`;
    if (this.described?.key !== key) {
      let value: ChecklistDescription | undefined;
      try {
        value = (MEASURES as readonly string[]).includes(this.chosenMeasure) ? describeChecklist({ applicationDate: this.date, measure: this.chosenMeasure as Measure }) : undefined;
      } catch {
        /* a bad date is reported by the main computation */
      }
      this.described = { key, value };
    }
    return this.described.value;
  }

  private described?: { key: string; value: ChecklistDescription | undefined };

  /**
   * What to have at hand (task "What to have at hand"): the questions `describeChecklist` asks (the cost type with
   * its options, the conditions), for the chosen measure, or for every measure while none is chosen.
   */
  private needed(): AtHand | undefined {
    const lang = this.effectiveLang;
    const valid = (MEASURES as readonly string[]).includes(this.chosenMeasure);
    const key = `${this.date}|${valid ? this.chosenMeasure : ''}|${lang}`;
    if (this.neededFor?.key !== key) {
      const lists: ChecklistDescription['fields'][] = [];
      for (const m of valid ? [this.chosenMeasure] : MEASURES) {
        try {
          lists.push(describeChecklist({ applicationDate: this.date, measure: m as Measure }).fields);
        } catch {
          /* a bad date is reported by the main computation */
        }
      }
      this.neededFor = { key, value: lists.length ? atHand(mergeFields(lists), lang, { withOptions: valid }) : undefined };
    }
    return this.neededFor.value;
  }

  private neededFor?: { key: string; value: AtHand | undefined };

  /** The yes/no questions relevant for a cost type (the chosen one; of every cost type of a merged list when none is given). */
  private conditionFields(forType: string | undefined = undefined) {
    const fields = (this.description()?.fields ?? []).filter((f) => f.kind === 'yes-no-unknown');
    const types = typeof forType === 'string' ? [forType] : this.merged ? Object.keys(this.merged.byCostType) : [this.chosenCostType];
    return fields.filter((f) => types.some((c) => isRelevant(f, c ? { costType: c } : {})));
  }

  private chooseMeasure(measure: string) {
    // ticks are kept by item id across lists (undo offered for those the new list hides)
    void this.switchList({ measure, costType: '' });
    this.publish({ measure });
  }

  private chooseChecklistDate(date: string) {
    this.patch({ date });
    if (/^\d{4}-\d{2}-\d{2}$/.test(date)) this.publish({ applicationDate: date });
  }

  private setCondition(id: string, checked: boolean) {
    this.patch({ conditions: { ...this.form.conditions, [id]: checked } });
    this.publish({ answers: { [id]: checked } });
  }

  private patch(p: Partial<ChecklistInputs>) {
    this.form = { ...this.form, ...p };
    this.copied = false;
    this.dropUndo();
    this.saveDraft();
  }

  /** The choice and the ticks before a run of list switches, while its undo is on offer. */
  private switchBase?: { before: Pick<ChecklistInputs, 'measure' | 'costType'>; ticked: ReadonlySet<string> };

  /**
   * A new measure or cost type: the ticks stay, by item id (a document on both lists stays ticked); when ticked
   * documents leave the list, an "Undo" brings the previous choice back.
   */
  private async switchList(p: Partial<ChecklistInputs>) {
    // a run of switches (arrow keys on a closed select change it at each option) counts from the choice before the
    // first, so that arrowing past a cost type to another does not lose the way back
    const base = (this.undoPending && this.switchBase) || {
      before: { measure: this.form.measure, costType: this.form.costType },
      ticked: new Set(this.form.ready.filter((id) => this.computed?.items.some((i) => i.id === id))),
    };
    const { before, ticked } = base;
    this.patch(p);
    await this.updateComplete;
    const listed = new Set(this.computed?.items.map((i) => i.id) ?? []);
    const hidden = [...ticked].filter((id) => !listed.has(id)).length;
    this.switchBase = hidden ? base : undefined;
    if (hidden) {
      // after "Undo" (its button is gone) the focus goes back to the select that was changed
      const changed = 'measure' in p ? [`${this.uid}-m`, `${this.uid}-ct`] : [`${this.uid}-ct`, `${this.uid}-m`];
      this.offerUndo(this.t.lost.ticksHidden(hidden), () => {
        this.switchBase = undefined;
        this.patch(before);
        void focusAfterUpdate(this, ...changed.map(byId));
      });
    }
  }

  protected renderBody(): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const byPath = issuesByPath(this.issues);
    const measureValid = (MEASURES as readonly string[]).includes(this.chosenMeasure);
    // a date the visitor typed is reported at the date field, not as a set-up mistake of the page
    const attrError = (this.form.date ? undefined : byPath.get('applicationDate')) ?? (this.measure && !measureValid ? byPath.get('measure') : undefined);
    const u = this.uid;
    const costType = this.description()?.fields.find((f) => f.id === 'costType');
    const labels: Record<string, string> = t.checklist.conditionLabels;
    const costTypeIssue = this.fieldIssue(`${u}-ct`, byPath.get('costType'));
    const dateIssue = this.fieldIssue(`${u}-d`, byPath.get('applicationDate'), { kind: 'date', value: this.date });
    // the widget's own wording of a condition as a statement for a tick-box, else the SDK's question
    const conditionLabel = (id: string) => (Object.prototype.hasOwnProperty.call(labels, id) ? labels[id] : undefined);
    return html`
      <h2>${t.checklist.title}</h2>
      ${attrError ? html`<p class="notice fail" role="alert">${t.common.badAttributes} ${attrError.message[lang]}</p>` : nothing}
      ${this.renderErrorSummary()}
      ${this.renderBeforeStart(this.needed())}
      <form part="form" class="no-print" @submit=${(e: Event) => e.preventDefault()} novalidate>
        <div class="row">
          ${this.measure && measureValid
            ? nothing
            : html`<div class="field">
                <label for=${`${u}-m`}>${t.common.measure}</label>
                <select id=${`${u}-m`} .value=${this.chosenMeasure} @change=${(e: Event) => this.chooseMeasure((e.target as HTMLSelectElement).value)}>
                  <option value="">${t.common.chooseMeasure}</option>
                  ${MEASURES.map((m) => html`<option value=${m} ?selected=${m === this.chosenMeasure}>${MEASURE_NAMES_OF(lang)[m]}</option>`)}
                </select>
              </div>`}
          ${costType
            ? html`<div class="field">
                <label for=${`${u}-ct`}>${t.checklist.costType}</label>
                <select id=${`${u}-ct`} aria-describedby=${`${u}-ct-err`} aria-invalid=${costTypeIssue ? 'true' : 'false'} .value=${this.chosenCostType} @change=${(e: Event) => void this.switchList({ costType: (e.target as HTMLSelectElement).value })}>
                  <option value="">${this.merged ? t.journey.allCostTypes : t.checklist.chooseCostType}</option>
                  ${(costType.options ?? []).map((o) => html`<option value=${o.value} ?selected=${o.value === this.chosenCostType}>${formatMessage(o.label, lang)}</option>`)}
                </select>
                ${fieldError(`${u}-ct-err`, costTypeIssue, lang)}
              </div>`
            : nothing}
          <div class="field">
            <label for=${`${u}-d`}>${t.checklist.date}</label>
            <input id=${`${u}-d`} type="date" .value=${this.date} aria-describedby=${`${u}-d-err`} aria-invalid=${dateIssue ? 'true' : 'false'} @input=${(e: Event) => { const f = e.target as HTMLInputElement; if (!halfTyped(f)) this.chooseChecklistDate(f.value); }} />
            ${fieldError(`${u}-d-err`, dateIssue, lang)}
          </div>
        </div>
        <fieldset>
          <legend>${t.checklist.conditions}</legend>
          ${this.conditionFields().map(
            (f) => html`<label class="choice"><input type="checkbox" .checked=${this.condition(f.id)}
                @change=${(e: Event) => this.setCondition(f.id, (e.target as HTMLInputElement).checked)} />${conditionLabel(f.id) ?? formatMessage(f.message, lang)}</label>`,
          )}
        </fieldset>
      </form>
      <div part="result">${this.computed ? this.renderList(this.computed) : this.merged ? this.renderMerged(this.merged) : nothing}</div>
    `;
  }

  private toggle(id: string, checked: boolean, listed: ReadonlySet<string>) {
    const ready = checked ? [...new Set([...this.form.ready, id])] : this.form.ready.filter((x) => x !== id);
    this.patch({ ready });
    // count as "n of m" does: only ticked documents that are still on the list
    this.dispatchEvent(new QiChecklistItemToggleEvent({ id, checked, ready: ready.filter((x) => listed.has(x)).length, total: listed.size }));
  }

  /** Item 7: one numbered list for every cost type of the estimate; each item says which cost types need it. */
  private renderMerged(m: MergedChecklist): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const ids = new Set(m.items.map((i) => i.id));
    const ready = this.form.ready.filter((id) => ids.has(id)).length;
    const results = Object.values(m.byCostType);
    const names = COST_TYPE_NAMES_OF(lang) as Readonly<Record<string, string>>;
    const once = <T,>(xs: T[]) => xs.filter((x, i) => xs.findIndex((y) => JSON.stringify(y) === JSON.stringify(x)) === i);
    const first = results[0]!;
    return html`
      <h3 part="merged-heading">${t.journey.mergedHeading(results.length)}</h3>
      <p part="progress" role="status" aria-live="polite"><strong>${t.checklist.progress(ready, m.items.length)}</strong></p>
      <ol class="plain">
        ${m.items.map(({ id: itemId, item: it, costTypes, citations }, n) => {
          const id = `${this.uid}-i-${itemId.replace(/[^\w-]/g, '_')}`;
          return html`<li part="item" class="item">
            <input type="checkbox" id=${id} .checked=${this.form.ready.includes(itemId)} @change=${(e: Event) => this.toggle(itemId, (e.target as HTMLInputElement).checked, ids)} />
            <label for=${id}>
              <strong>${n + 1})</strong> ${formatDocText(it.text, lang)}
              ${it.condition ? html`<span class="hint">(${formatMessage(it.condition, lang)})</span>` : nothing}
              ${citations.map((c) => citation(c, lang))}
              <br /><span class="hint" part="needed-for">${t.journey.neededFor(costTypes.map((c) => names[c] ?? c).join(', '))}</span>
              ${it.replaced ? html`<br /><span class="hint">${t.checklist.nonResidentReplaced}</span>` : nothing}
              ${it.note ? html`<br /><span class="hint">${formatDocText(it.note.text, lang)}</span>` : nothing}
            </label>
          </li>`;
        })}
      </ol>
      ${once(results.flatMap((r) => r.notes)).map((x) => html`<p class="notice">${formatDocText(x.text, lang)} ${citation(x.citation, lang)}</p>`)}
      ${lang !== 'ru' ? html`<p class="hint">${t.checklist.unofficial}</p>` : nothing}
      ${once(results.flatMap((r) => r.messages)).map((x) => html`<p class="notice">${formatMessage(x, lang)}</p>`)}
      <p class="hint">${t.common.computedFor(formatDate(first.applicationDate, lang), editionTitle(first.edition.id, lang))}</p>
      <div class="actions no-print">
        <button type="button" @click=${() => printAlone(this, resultHead(lang, t, first))}>${t.common.print}</button>
        <button type="button" @click=${async () => { this.copied = await copyText(results.map((r) => format(r, lang)).join('\n\n')); }}>${t.common.copy}</button>
        <span role="status">${this.copied ? t.common.copied : ''}</span>
      </div>
    `;
  }

  private renderList(r: ChecklistResult): TemplateResult {
    const t = this.t;
    const lang = this.effectiveLang;
    const ids = new Set(r.items.map((i) => i.id));
    const ready = this.form.ready.filter((id) => ids.has(id)).length;
    return html`
      <h3>${formatDocText(r.heading, lang)}</h3>
      <p part="progress" role="status" aria-live="polite"><strong>${t.checklist.progress(ready, r.items.length)}</strong></p>
      <ol class="plain">
        ${r.items.map((it) => {
          const id = `${this.uid}-i-${it.id.replace(/[^\w-]/g, '_')}`;
          const checked = this.form.ready.includes(it.id);
          return html`<li part="item" class="item">
            <input type="checkbox" id=${id} .checked=${checked} @change=${(e: Event) => this.toggle(it.id, (e.target as HTMLInputElement).checked, ids)} />
            <label for=${id}>
              ${it.number ? html`<strong>${it.number})</strong> ` : nothing}${formatDocText(it.text, lang)}
              ${it.condition ? html`<span class="hint">(${formatMessage(it.condition, lang)})</span>` : nothing}
              ${citation(it.citation, lang)}
              ${it.replaced ? html`<br /><span class="hint">${t.checklist.nonResidentReplaced}</span>` : nothing}
              ${it.note ? html`<br /><span class="hint">${formatDocText(it.note.text, lang)}</span>` : nothing}
            </label>
          </li>`;
        })}
      </ol>
      ${r.notes.map((n) => html`<p class="notice">${formatDocText(n.text, lang)} ${citation(n.citation, lang)}</p>`)}
      ${lang !== 'ru' ? html`<p class="hint">${t.checklist.unofficial}</p>` : nothing}
      ${r.messages.map((m) => html`<p class="notice">${formatMessage(m, lang)}</p>`)}
      <p class="hint">${t.common.computedFor(formatDate(r.applicationDate, lang), editionTitle(r.edition.id, lang))}</p>
      <div class="actions no-print">
        <button type="button" @click=${() => printAlone(this, resultHead(lang, t, r))}>${t.common.print}</button>
        <button type="button" @click=${async () => { this.copied = await copyText(format(r, lang)); }}>${t.common.copy}</button>
        <span role="status">${this.copied ? t.common.copied : ''}</span>
      </div>
    `;
  }
}
