import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { isIsoDate } from '@qazindustry/productivity-calculator/core';
import { readShared, shareUrl, withoutShared, type SharePayload } from '../draft.js';

/**
 * Share links (`share`): a link that reopens the widget with the same inputs, edition and date (in the query string,
 * so a hash router's `#/section/2` stays the page's). A widget opened from one shows it as a separate view (`viewing`)
 * that writes no draft until the visitor saves it; leaving the view takes the link out of the address.
 */
export class ShareController implements ReactiveController {
  /** Opened from a share link and not yet saved or left. */
  viewing = false;
  /** The edition and date the opened link was computed under. */
  from?: { edition?: string; date?: string };
  /** The link last made for the visitor. */
  link?: string;

  constructor(private readonly host: ReactiveControllerHost & HTMLElement) {
    host.addController(this);
  }

  hostConnected(): void {}

  /**
   * The link in the page's address for this widget, if any; opening it starts the shared view. A link is anyone's to
   * write: a `date` that is not a real `YYYY-MM-DD` day, or an `edition` that is not an edition's id, is dropped (the
   * widget then computes for the page's date), never passed on to be shown or computed with.
   */
  open(knownEdition: (id: string) => boolean): SharePayload | undefined {
    const shared = typeof location !== 'undefined' ? readShared(location.href, this.host.localName) : undefined;
    if (!shared) return undefined;
    const date = isIsoDate(shared.date) ? shared.date : undefined;
    const edition = typeof shared.edition === 'string' && knownEdition(shared.edition) ? shared.edition : undefined;
    this.viewing = true;
    this.from = { ...(edition ? { edition } : {}), ...(date ? { date } : {}) };
    return { v: shared.v, tag: shared.tag, inputs: shared.inputs, ...(edition ? { edition } : {}), ...(date ? { date } : {}) };
  }

  /** Leaves the shared view: the link is taken out of the address, so that a reload shows the draft. */
  leave(): void {
    this.viewing = false;
    this.from = undefined;
    this.host.requestUpdate();
    try {
      const href = withoutShared(location.href, this.host.localName);
      if (href !== location.href) history.replaceState(history.state, '', href);
    } catch {
      /* a page that forbids it keeps its address */
    }
  }

  /** Makes the link of `payload`, shows it and copies it (when the page allows the clipboard). */
  async make(payload: Omit<SharePayload, 'tag'>): Promise<void> {
    const link = shareUrl(location.href, { ...payload, tag: this.host.localName });
    this.link = link;
    this.host.requestUpdate();
    try {
      await navigator.clipboard?.writeText(link);
    } catch {
      /* the link is shown for copying by hand */
    }
  }

  /** The inputs changed: an old link no longer says what the widget shows. */
  forget(): void {
    if (this.link === undefined) return;
    this.link = undefined;
    this.host.requestUpdate();
  }
}

