import type { DraftStore } from './context.js';

/** Drafts live under `qi:<tag>:v1[:<key>]`; a new shape of draft gets a new version and ignores older ones. */
export const DRAFT_VERSION = 1;

export function draftKey(tag: string, key?: string): string {
  return `qi:${tag}:v${DRAFT_VERSION}${key ? `:${key}` : ''}`;
}

/**
 * `localStorage`, tolerant of browsers that refuse it (private mode, quotas): then nothing is kept, and `save`
 * returns false so that the widget can tell the visitor.
 */
export const localStorageDraftStore: DraftStore = {
  load(key) {
    try {
      const raw = globalThis.localStorage?.getItem(key);
      return raw ? (JSON.parse(raw) as unknown) : undefined;
    } catch {
      return undefined;
    }
  },
  save(key, value) {
    try {
      if (!globalThis.localStorage) return false;
      globalThis.localStorage.setItem(key, JSON.stringify(value));
      return true;
    } catch {
      return false; // storage full or refused: the draft is not kept, and the widget says so
    }
  },
  remove(key) {
    try {
      globalThis.localStorage?.removeItem(key);
    } catch {
      /* nothing to remove */
    }
  },
};

/** A share link's payload: the inputs and the edition and date they were computed for. */
export interface SharePayload {
  v: number;
  tag: string;
  edition?: string;
  date?: string;
  inputs: unknown;
}

function toBase64Url(s: string): string {
  const bytes = new TextEncoder().encode(s);
  let bin = '';
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(s: string): string {
  const bin = atob(s.replace(/-/g, '+').replace(/_/g, '/'));
  return new TextDecoder().decode(Uint8Array.from(bin, (c) => c.charCodeAt(0)));
}

/**
 * The page's address with this widget's inputs in the query string (`?qi-<tag>=…`). The hash is the page's own (a
 * hash router's `#/section/2`) and stays as it is; only an older link's `#qi-<tag>=…` for this widget is dropped.
 */
export function shareUrl(href: string, payload: SharePayload): string {
  const url = new URL(href);
  url.searchParams.set(payload.tag, toBase64Url(JSON.stringify(payload)));
  const old = hashParams(url.hash);
  if (old?.has(payload.tag)) {
    old.delete(payload.tag);
    url.hash = old.toString();
  }
  return url.toString();
}

/** The payload for `tag` in a page address (the query string, else the hash, where older links put it), if valid. */
export function readShared(href: string, tag: string): SharePayload | undefined {
  try {
    const url = new URL(href);
    const raw = url.searchParams.get(tag) ?? hashParams(url.hash)?.get(tag);
    if (!raw) return undefined;
    const p = JSON.parse(fromBase64Url(raw)) as SharePayload;
    return p && typeof p === 'object' && p.v === DRAFT_VERSION && p.tag === tag ? p : undefined;
  } catch {
    return undefined;
  }
}

/** The page's address without this widget's share link (query string and older hash form). */
export function withoutShared(href: string, tag: string): string {
  const url = new URL(href);
  url.searchParams.delete(tag);
  const old = hashParams(url.hash);
  if (old?.has(tag)) {
    old.delete(tag);
    url.hash = old.toString();
  }
  return url.toString();
}

/** The hash read as `a=1&b=2`, as older share links wrote it; undefined for a route such as `#/section/2`. */
function hashParams(hash: string): URLSearchParams | undefined {
  const h = hash.slice(1);
  return h.includes('=') && !h.startsWith('/') ? new URLSearchParams(h) : undefined;
}
