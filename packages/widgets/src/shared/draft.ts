import type { DraftStore } from './context.js';

/** Drafts live under `qi:<tag>:v1[:<key>]`; a new shape of draft gets a new version and ignores older ones. */
export const DRAFT_VERSION = 1;

export function draftKey(tag: string, key?: string): string {
  return `qi:${tag}:v${DRAFT_VERSION}${key ? `:${key}` : ''}`;
}

/** `localStorage`, tolerant of browsers that refuse it (private mode, quotas): then nothing is kept. */
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
      globalThis.localStorage?.setItem(key, JSON.stringify(value));
    } catch {
      /* storage full or refused: the draft simply is not kept */
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

/** The page's address with this widget's inputs in the hash (`#qi-<tag>=…`), other hash parts kept. */
export function shareUrl(href: string, payload: SharePayload): string {
  const url = new URL(href);
  const params = new URLSearchParams(url.hash.slice(1));
  params.set(payload.tag, toBase64Url(JSON.stringify(payload)));
  url.hash = params.toString();
  return url.toString();
}

/** The payload for `tag` in a page address, if there is a valid one. */
export function readShared(href: string, tag: string): SharePayload | undefined {
  try {
    const params = new URLSearchParams(new URL(href).hash.slice(1));
    const raw = params.get(tag);
    if (!raw) return undefined;
    const p = JSON.parse(fromBase64Url(raw)) as SharePayload;
    return p && typeof p === 'object' && p.v === DRAFT_VERSION && p.tag === tag ? p : undefined;
  } catch {
    return undefined;
  }
}
