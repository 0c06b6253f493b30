/**
 * `obj[key]` when `obj` holds `key` itself, else `undefined`. Lookups by a key that comes from outside (an answer's
 * name, a year, a cost type, an edition id) go through it, so that a property a page script added to
 * `Object.prototype` never reads as an answer, a payment or a rule.
 */
export function own<T extends object, K extends keyof T>(obj: T | undefined, key: K): T[K] | undefined {
  return obj !== undefined && Object.hasOwn(obj, key) ? obj[key] : undefined;
}
