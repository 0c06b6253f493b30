import { preloadPageLanguage } from './languages.js';

/**
 * Registers a tag unless it is taken: a second copy (or another version) of the bundle on the same page does not
 * throw "already defined", and the first registration keeps working.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  if (typeof customElements === 'undefined' || customElements.get(tag)) return;
  if (!preloaded && typeof document !== 'undefined') {
    preloaded = true;
    preloadPageLanguage(document.documentElement.lang);
  }
  customElements.define(tag, ctor);
}

let preloaded = false;
