/** Freezes `value` and everything reachable from it (plain data: objects and arrays). */
export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const k of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[k]);
  }
  return value;
}

const ownKey = Object.prototype.hasOwnProperty;

/** A deep copy of frozen plain data (the edition's), itself frozen; a spread copies own properties only. */
function copyFrozen<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return Object.freeze(value.map(copyFrozen)) as T;
  const out: Record<string, unknown> = { ...(value as Record<string, unknown>) };
  for (const k in out) {
    const v = out[k];
    if (v !== null && typeof v === 'object') out[k] = copyFrozen(v);
  }
  return Object.freeze(out) as T;
}

/**
 * A result made safe to hand to a page, deep-frozen: objects the rule built for this call are frozen where they are;
 * anything already frozen (the edition's data, which is deep-frozen) is copied, so that the result shares no object
 * with the edition data or with another result.
 */
export function frozenCopy<T>(value: T): T {
  if (value === null || typeof value !== 'object') return value;
  if (Object.isFrozen(value)) return copyFrozen(value);
  const o = value as Record<string, unknown>;
  if (Array.isArray(o)) {
    for (let i = 0; i < o.length; i++) {
      const v = o[i];
      if (v !== null && typeof v === 'object') o[i] = frozenCopy(v);
    }
  } else {
    // for…in reuses V8's enum cache (no key array per object); the own check skips what a page added to prototypes
    for (const k in o) {
      if (!ownKey.call(o, k)) continue;
      const v = o[k];
      if (v !== null && typeof v === 'object') o[k] = frozenCopy(v);
    }
  }
  return Object.freeze(o) as T;
}

/**
 * `obj[key]` when `obj` holds `key` itself, else `undefined`. Lookups by a key that comes from outside (an answer's
 * name, a year, a cost type, an edition id, a language, a message key) go through it, so that a property a page
 * script added to `Object.prototype`, or `constructor` / `__proto__`, never reads as an answer, a payment or a rule.
 */
export function own<T extends object, K extends PropertyKey>(obj: T | undefined | null, key: K): (K extends keyof T ? T[K] : T[keyof T]) | undefined {
  return obj !== undefined && obj !== null && ownKey.call(obj, key) ? (obj as Record<PropertyKey, never>)[key] : undefined;
}
