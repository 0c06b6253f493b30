import type { Lang } from '@qazindustry/productivity-calculator/core';

const KNOWN: Record<string, Lang> = { kk: 'kk', kz: 'kk', ru: 'ru', en: 'en' };

/** 'kk-KZ' → 'kk', 'RU' → 'ru', 'de' → undefined. */
export function normalizeLang(value: string | null | undefined): Lang | undefined {
  if (!value) return undefined;
  return KNOWN[value.trim().toLowerCase().split(/[-_]/)[0] ?? ''];
}

/** The nearest `lang` above `el` in the page, crossing shadow roots; undefined when none is one of ours. */
export function inheritedLang(el: Element): Lang | undefined {
  let node: Node | null = el.parentNode;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const l = normalizeLang(node.getAttribute('lang'));
      if (l) return l;
    }
    node = node instanceof ShadowRoot ? node.host : node.parentNode;
  }
  return undefined;
}

type Listener = () => void;
const listeners = new Set<Listener>();
let observer: MutationObserver | undefined;

/** Calls `fn` whenever a `lang` attribute changes anywhere in the document (one shared observer). */
export function onPageLangChange(fn: Listener): () => void {
  listeners.add(fn);
  if (!observer && typeof MutationObserver !== 'undefined') {
    observer = new MutationObserver(() => listeners.forEach((l) => l()));
    observer.observe(document.documentElement, { attributes: true, attributeFilter: ['lang'], subtree: true });
  }
  return () => {
    listeners.delete(fn);
    if (!listeners.size) {
      observer?.disconnect();
      observer = undefined;
    }
  };
}

/** Today in the visitor's time zone, `YYYY-MM-DD` (the SDK never reads the clock; the widgets may). */
export function localToday(now = new Date()): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}`;
}
