/** Freezes `value` and everything reachable from it (plain data: objects and arrays). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const k of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[k]);
  }
  return value;
}

/**
 * A fresh copy of plain data (objects, arrays, strings, numbers, booleans), deep-frozen: a result handed to a page
 * shares no object with the edition data or with another result, and a page cannot change it.
 */
export function frozenCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const out = new Array(value.length);
    for (let i = 0; i < value.length; i++) out[i] = frozenCopy(value[i]);
    return Object.freeze(out) as T;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(value)) {
    const v = (value as Record<string, unknown>)[k];
    if (v !== undefined) out[k] = frozenCopy(v);
  }
  return Object.freeze(out) as T;
}

const has = Object.prototype.hasOwnProperty;
/** `obj[key]` when it is the object's own property: a key from outside never reaches `constructor` or `__proto__`. */
export function ownOf<T>(obj: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return obj !== undefined && obj !== null && has.call(obj, key) ? obj[key] : undefined;
}
