import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { DraftStore, QiSettings } from '../context.js';
import { draftKey, localStorageDraftStore } from '../draft.js';

/** What a widget's drafts depend on. */
export interface DraftHost extends ReactiveControllerHost, HTMLElement {
  readonly persist: boolean;
  readonly persistKey?: string;
}

/** How the widget turns its state into a draft and back. */
export interface DraftShape {
  /** The draft to keep now (`{ v, inputs, date? }`). */
  snapshot(): unknown;
  /** Applies a stored draft; false when it is not a draft of this widget's version (nothing applied). */
  apply(draft: unknown): boolean;
  /** While true (a share link is being viewed), nothing is written. */
  paused(): boolean;
  /** The provider's settings (its draft store replaces `localStorage`). */
  settings(): QiSettings | undefined;
}

/**
 * The visitor's draft (`persist`): kept under a key of its own per widget (`persist-key`, else the widget's position
 * among the elements of its tag, so two widgets never share one), restored once before the first render, written
 * after each change. Nothing is lost or overwritten silently: a draft changed in another tab (the `storage` event) is
 * offered, not taken, and nothing is written while the offer is open; a store that refuses (private mode, quota) is
 * said (`saveFailed`), and the input stays on the page.
 */
export class DraftController implements ReactiveController {
  /** Another tab changed this widget's draft: its raw value, offered to load. */
  otherTab?: { raw: string | null };
  /** The store refused the last save. */
  saveFailed = false;
  /** The widget's place among the elements of its tag in the document (1-based), taken once. */
  private position?: number;
  /** The positional key this widget holds (kept when it is moved, given up when it leaves the page). */
  private claimed?: string;
  private warned = false;
  /** The draft as this widget last wrote or read it, to tell another tab's change from its own. */
  private last?: string | null;
  private readonly onStorage = (e: StorageEvent) => this.storageChanged(e);

  constructor(
    private readonly host: DraftHost,
    private readonly shape: DraftShape,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    globalThis.addEventListener?.('storage', this.onStorage);
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('storage', this.onStorage);
    // the key stays this widget's if it comes back (a move), unless another takes it meanwhile
    if (this.claimed && claims().get(this.claimed) === this.host) claims().delete(this.claimed);
  }

  get store(): DraftStore {
    return this.shape.settings()?.draftStore ?? localStorageDraftStore;
  }

  /**
   * The draft's key: `persist-key`, else the widget's position among the elements of its tag in its document or
   * shadow root. A positional key another live widget holds (a single-page app that replaced the first of two
   * widgets, widgets in two shadow roots) is not shared: the widget takes the lowest one free, so that two widgets
   * never write one draft. Two widgets given the same `persist-key` share it as the page asked, with a warning.
   */
  get key(): string {
    const { host } = this;
    if (host.persistKey) {
      const key = draftKey(host.localName, host.persistKey);
      if (!host.persist) return key; // a widget that keeps no draft claims no key
      const holder = claims().get(key);
      if (holder && holder !== host && holder.isConnected && !this.warned) {
        this.warned = true;
        console.warn(`<${host.localName} persist-key="${host.persistKey}">: another widget on the page has the same persist-key; they share one draft.`);
      }
      if (!holder || !holder.isConnected) claims().set(key, host);
      return key;
    }
    if (this.claimed && this.free(this.claimed)) return this.claim(this.claimed);
    if (this.position === undefined) {
      const root = host.getRootNode() as ParentNode;
      const all = typeof root.querySelectorAll === 'function' ? [...root.querySelectorAll(host.localName)] : [];
      this.position = Math.max(all.indexOf(host), 0) + 1;
    }
    const at = (n: number) => draftKey(host.localName, n > 1 ? `#${n}` : undefined);
    if (!host.persist) return at(this.position);
    let key = at(this.position);
    for (let n = 1; !this.free(key); n++) key = at(n);
    return this.claim(key);
  }

  /** Whether no other live widget holds `key`. */
  private free(key: string): boolean {
    const holder = claims().get(key);
    return !holder || holder === this.host || !holder.isConnected;
  }

  private claim(key: string): string {
    claims().set(key, this.host);
    this.claimed = key;
    return key;
  }

  /** Restores the stored draft, if `persist` is set and there is one of this version. */
  restore(): void {
    if (!this.host.persist) return;
    const draft = this.load();
    if (this.shape.apply(draft)) this.last = JSON.stringify(draft);
  }

  /** After a change of the inputs: written unless a link is viewed or another tab's change is on offer. */
  save(): void {
    if (this.host.persist && !this.shape.paused() && !this.otherTab) this.write();
  }

  /** Writes the draft now; a refusal is remembered in `saveFailed`. */
  write(): void {
    const value = this.shape.snapshot();
    let ok: boolean;
    try {
      ok = this.store.save(this.key, value) !== false;
    } catch {
      ok = false;
    }
    if (ok) this.last = JSON.stringify(value);
    this.setSaveFailed(!ok);
  }

  load(): unknown {
    try {
      return this.store.load(this.key);
    } catch {
      return undefined;
    }
  }

  remove(): void {
    try {
      this.store.remove(this.key);
    } catch {
      /* nothing to remove */
    }
    this.last = null;
  }

  /** The visitor takes the other tab's draft: returns it (parsed; undefined when removed or unreadable). */
  takeOtherTab(): unknown {
    const raw = this.otherTab?.raw ?? null;
    this.otherTab = undefined;
    this.last = raw;
    this.host.requestUpdate();
    try {
      return raw === null ? undefined : JSON.parse(raw);
    } catch {
      return undefined;
    }
  }

  /** The visitor keeps this tab's draft: it is written over the other tab's. */
  keepMine(): void {
    this.otherTab = undefined;
    this.host.requestUpdate();
    this.save();
  }

  setSaveFailed(failed: boolean): void {
    if (this.saveFailed === failed) return;
    this.saveFailed = failed;
    this.host.requestUpdate();
  }

  /** Another tab wrote (or removed) this widget's draft: offer it, unless it is what this widget has. */
  private storageChanged(e: StorageEvent): void {
    if (!this.host.persist || this.shape.settings()?.draftStore || e.key !== this.key) return;
    if (e.newValue === this.last) return;
    this.otherTab = { raw: e.newValue };
    this.host.requestUpdate();
  }
}

/**
 * The draft keys live widgets hold, one map for the page (`Symbol.for`: every copy of the bundle sees the same), so
 * that two widgets never take one positional key.
 */
function claims(): Map<string, Element> {
  const g = globalThis as unknown as Record<symbol, Map<string, Element> | undefined>;
  const k = Symbol.for('@qazindustry/productivity-widgets:draft-keys');
  return (g[k] ??= new Map());
}
