// Task "What to have at hand" (issue "The widgets in the field", GOV.UK "before you start"): what a visitor will need
// before the first question, read from the SDK's field descriptions (describeEligibility / describeEstimate /
// describeChecklist / describeObligation). Only the generic grammar of a description is read here, no law: the labels
// are the SDK's messages, the years are a field's keys, the options a choice's.
import { formatMessage, type FieldDescription, type Lang } from '@qazindustry/productivity-calculator/core';

/** One thing to have at hand: a label, and what it consists of (a list's years or entries, a choice's options). */
export interface AtHandItem {
  label: string;
  parts?: readonly string[];
}

/** What the panel lists: the figures, dates and choices to have at hand, and how many yes/no questions follow. */
export interface AtHand {
  items: AtHandItem[];
  yesNo: number;
}

/** Kinds whose answer is a figure or a date the visitor looks up (a document, the books), not a yes or a no. */
const LOOKED_UP = new Set<FieldDescription['kind']>(['date', 'amount', 'count', 'percent', 'rate', 'list']);

/**
 * Merges the fields of several descriptions (one per measure when none is chosen yet) by id, in first-seen order;
 * a choice keeps every option of every description.
 */
export function mergeFields(lists: readonly (readonly FieldDescription[])[]): FieldDescription[] {
  const byId = new Map<string, FieldDescription>();
  for (const list of lists) {
    for (const f of list) {
      const had = byId.get(f.id);
      if (!had) byId.set(f.id, f);
      else if (had.options || f.options) {
        const seen = new Set((had.options ?? []).map((o) => o.value));
        byId.set(f.id, { ...had, options: [...(had.options ?? []), ...(f.options ?? []).filter((o) => !seen.has(o.value))] });
      }
    }
  }
  return [...byId.values()];
}

/**
 * What to have at hand for a form's fields: every figure or date the function needs or asks (required, or one that
 * may be answered "I don't know"), a required choice with its options (`withOptions`), each list with its keys (the
 * tax years) or its entries' fields; optional refinements are left out, and the yes/no questions asked are counted, not listed.
 * `skip`: ids the widget fills itself. Labels are deduplicated.
 */
export function atHand(fields: readonly FieldDescription[], lang: Lang, opts: { skip?: readonly string[]; withOptions?: boolean } = {}): AtHand {
  const items: AtHandItem[] = [];
  const seen = new Set<string>();
  let yesNo = 0;
  const wanted = (f: FieldDescription) => f.required || f.nullable;
  for (const f of fields) {
    if (opts.skip?.includes(f.id)) continue;
    if (f.kind === 'yes-no-unknown') {
      if (wanted(f)) yesNo++;
      continue;
    }
    let item: AtHandItem | undefined;
    const label = formatMessage(f.message, lang);
    if (f.kind === 'choice' && f.required) {
      item = opts.withOptions && f.options?.length ? { label, parts: f.options.map((o) => formatMessage(o.label, lang)) } : { label };
    } else if (LOOKED_UP.has(f.kind) && wanted(f)) {
      if (f.keys?.length) item = { label, parts: f.keys };
      else if (f.item?.length) item = { label, parts: [...new Set(f.item.filter(wanted).map((x) => formatMessage(x.message, lang)))] };
      else item = { label };
    }
    if (item && !seen.has(item.label)) {
      seen.add(item.label);
      items.push(item);
    }
  }
  return { items, yesNo };
}
