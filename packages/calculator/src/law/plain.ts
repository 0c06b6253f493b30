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

const has = Object.prototype.hasOwnProperty;
/** `obj[key]` when it is the object's own property: a key from outside never reaches `constructor` or `__proto__`. */
export function ownOf<T>(obj: Readonly<Record<string, T>> | undefined | null, key: string): T | undefined {
  return obj !== undefined && obj !== null && has.call(obj, key) ? obj[key] : undefined;
}
