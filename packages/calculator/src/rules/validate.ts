import type * as z from 'zod/mini';
import { InputError, issue, type InputIssue, type InputIssueCode } from './errors.js';

export { issue };

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.hasOwn(v, k) ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  }
  return v;
}


interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  message: string;
  expected?: string;
  values?: unknown[];
  keys?: string[];
  maximum?: number | bigint;
}

function toIssue(root: unknown, zi: ZodIssueLike, prefix: readonly (string | number)[]): InputIssue {
  const path = [...prefix, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))] as (string | number)[];
  switch (zi.code) {
    case 'custom': {
      const [code, min, max] = zi.message.split(':') as [InputIssueCode, string?, string?];
      if (code === 'amount') return issue(path, code, { decimals: '2' });
      if (code === 'count') return issue(path, code, { min: min ?? '0', max: max ?? '' });
      return issue(path, code);
    }
    case 'invalid_type':
      return valueAt(root, zi.path) === undefined
        ? issue(path, 'required')
        : issue(path, 'type', { expected: zi.expected ?? 'object' });
    case 'invalid_value':
      return issue(path, 'choice', { options: (zi.values ?? []).map(String).join(', ') });
    case 'unrecognized_keys':
      return issue(path, 'unknown-field', { keys: (zi.keys ?? []).join(', ') });
    case 'too_big':
      return issue(path, 'too-many', { maximum: String(zi.maximum ?? '') });
    case 'invalid_key':
      return issue(path, 'tax-year');
    default:
      return issue(path, 'type', { expected: 'object' });
  }
}

const MAX_DEPTH = 12;
const MAX_ITEMS = 100_000;

/**
 * The caller's input as plain data, each property read once: own enumerable keys only, in objects without a prototype
 * (what a page added to `Object.prototype` is no field of the input, for zod or for the rules), holes of a sparse
 * array as `undefined`, a getter read once (so that one that answers differently later changes nothing), and a getter
 * or proxy that throws reported as an InputError at its path.
 */
export function snapshot(value: unknown, prefix: readonly (string | number)[] = []): unknown {
  if (value === null || typeof value !== 'object') return value;
  const path: (string | number)[] = [];
  const at = () => [...prefix, ...path];
  const copy = (v: object, depth: number): unknown => {
    if (depth > MAX_DEPTH) throw new InputError([issue(at(), 'too-deep', { maximum: String(MAX_DEPTH) })]);
    let keys: string[] | undefined;
    let n = 0;
    try {
      if (Array.isArray(v)) n = v.length;
      else keys = Object.keys(v);
    } catch {
      throw new InputError([issue(at(), 'unreadable')]);
    }
    if (keys === undefined && n > MAX_ITEMS) throw new InputError([issue(at(), 'too-many', { maximum: String(MAX_ITEMS) })]);
    const out: Record<string | number, unknown> = keys === undefined ? new Array(n) : Object.create(null);
    const count = keys === undefined ? n : keys.length;
    for (let i = 0; i < count; i++) {
      const k = keys === undefined ? i : keys[i]!;
      path.push(k);
      let x: unknown;
      try {
        x = (v as Record<string | number, unknown>)[k];
      } catch {
        throw new InputError([issue(at(), 'unreadable')]);
      }
      out[k] = x !== null && typeof x === 'object' ? copy(x, depth + 1) : x;
      path.pop();
    }
    return out;
  };
  return copy(value, 0);
}

/** Validated data with objects that have no prototype: a rule that reads an absent field reads `undefined`. */
function bare(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(bare);
  const o: Record<string, unknown> = Object.create(null);
  for (const k of Object.keys(v)) o[k] = bare((v as Record<string, unknown>)[k]);
  return o;
}

type Def = {
  type: string;
  shape?: Record<string, Schema>;
  catchall?: Schema;
  innerType?: Schema;
  element?: Schema;
  keyType?: Schema;
  valueType?: Schema;
  entries?: Record<string, unknown>;
  fn?: (v: unknown) => unknown;
  checks?: readonly { _zod: { def: { check: string; maximum?: number; fn?: (v: unknown) => unknown } } }[];
};
type Schema = { _zod: { def: Def } };

const enumValues = new WeakMap<object, ReadonlySet<unknown>>();
function checksHold(def: Def, v: unknown): boolean {
  for (const c of def.checks ?? []) {
    const d = c._zod.def;
    if (d.check === 'max_length') {
      if ((v as { length: number }).length > d.maximum!) return false;
    } else if (d.check === 'custom' && typeof d.fn === 'function') {
      if (!d.fn(v)) return false;
    } else return false;
  }
  return true;
}

/**
 * Whether `v` certainly satisfies `schema`, read from the schema's own definition (zod/mini's `_zod.def`) for the
 * kinds of schema this SDK uses: strict objects, optional, nullable, enums, booleans, strings, arrays, records and
 * custom checks. Anything else, or any doubt, answers false and zod decides (and explains). A valid input, the common
 * case, then costs one walk instead of zod's parse and a copy of its output.
 */
export function surelyValid(schema: unknown, v: unknown): boolean {
  const def = (schema as Schema)._zod.def;
  switch (def.type) {
    case 'optional':
      return v === undefined || surelyValid(def.innerType, v);
    case 'nullable':
      return v === null || surelyValid(def.innerType, v);
    case 'custom':
      return typeof def.fn === 'function' && !!def.fn(v) && checksHold(def, v);
    case 'unknown':
      return true;
    case 'boolean':
      return typeof v === 'boolean';
    case 'string':
      return typeof v === 'string' && checksHold(def, v);
    case 'enum': {
      let values = enumValues.get(def);
      if (!values) enumValues.set(def, (values = new Set(Object.values(def.entries ?? {}))));
      return values.has(v) && checksHold(def, v);
    }
    case 'array': {
      if (!Array.isArray(v) || !checksHold(def, v)) return false;
      for (let i = 0; i < v.length; i++) if (!surelyValid(def.element, v[i])) return false;
      return true;
    }
    case 'record': {
      if (v === null || typeof v !== 'object' || Array.isArray(v) || !checksHold(def, v)) return false;
      for (const k of Object.keys(v)) if (!surelyValid(def.keyType, k) || !surelyValid(def.valueType, (v as Record<string, unknown>)[k])) return false;
      return true;
    }
    case 'object': {
      // strict objects only: a stripping object's output would differ from its input
      if (def.catchall?._zod.def.type !== 'never' || def.checks?.length) return false;
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
      const shape = def.shape!;
      for (const k of Object.keys(v)) if (!Object.prototype.hasOwnProperty.call(shape, k)) return false;
      for (const k of Object.keys(shape)) if (!surelyValid(shape[k], (v as Record<string, unknown>)[k])) return false;
      return true;
    }
    default:
      return false;
  }
}

/** Parses `input` with `schema`: the data, or every problem zod found (paths under `prefix`). */
export function check<S extends z.ZodMiniType>(
  schema: S,
  raw: unknown,
  prefix: readonly (string | number)[] = [],
  /** `raw` is already a snapshot (a part of one). */
  plain = false,
): { ok: true; data: z.infer<S> } | { ok: false; issues: InputIssue[] } {
  const input = plain ? raw : snapshot(raw, prefix);
  // the snapshot is already a fresh copy of objects without a prototype: when it is surely valid, it is the data
  if (surelyValid(schema, input)) return { ok: true, data: input as z.infer<S> };
  let r: ReturnType<S['safeParse']>;
  try {
    r = schema.safeParse(input) as ReturnType<S['safeParse']>;
  } catch {
    // zod itself can stumble on shapes it never expects (an object with a `length` that is an object and no
    // prototype): that input is unreadable as what it claims to be, an input problem like any other
    return { ok: false, issues: [issue([...prefix], 'unreadable')] };
  }
  if (r.success) return { ok: true, data: bare(r.data) as z.infer<S> };
  return { ok: false, issues: r.error.issues.map((i) => toIssue(input, i as unknown as ZodIssueLike, prefix)) };
}

/** Parses `input` with `schema`; on failure throws an InputError with every problem zod found. */
export function parseOrThrow<S extends z.ZodMiniType>(schema: S, input: unknown): z.infer<S> {
  const r = check(schema, input);
  if (r.ok) return r.data;
  throw new InputError(r.issues);
}

/** Throws the collected issues, if any. */
export function throwIfAny(issues: readonly InputIssue[]): void {
  if (issues.length) throw new InputError(issues);
}
