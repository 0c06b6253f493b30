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

/** One property, read once; a getter that throws is an input problem at its own path. */
function read(obj: object, k: string | number, path: readonly (string | number)[]): unknown {
  try {
    return (obj as Record<string | number, unknown>)[k];
  } catch {
    throw new InputError([issue([...path, k], 'unreadable')]);
  }
}
const MAX_ITEMS = 100_000;
const plain = new WeakSet<object>();

/**
 * The caller's input as plain data, each property read once: own enumerable keys only (an `Object.prototype` that a
 * page extended adds nothing), holes of a sparse array as `undefined`, a getter read once (so that one that answers
 * differently later changes nothing), and a getter or proxy that throws reported as an InputError at its path.
 */
export function snapshot(value: unknown, path: (string | number)[] = [], depth = 0): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (plain.has(value)) return value;
  if (depth > MAX_DEPTH) throw new InputError([issue(path, 'too-deep', { maximum: String(MAX_DEPTH) })]);
  let out: unknown;
  try {
    if (Array.isArray(value)) {
      const n = value.length;
      if (n > MAX_ITEMS) throw new InputError([issue(path, 'too-many', { maximum: String(MAX_ITEMS) })]);
      const a: unknown[] = new Array(n);
      for (let i = 0; i < n; i++) a[i] = snapshot(read(value, i, path), [...path, i], depth + 1);
      out = a;
    } else {
      // no prototype: what a page added to Object.prototype is not a field of the input, for zod or for the rules
      const o: Record<string, unknown> = Object.create(null);
      for (const k of Object.keys(value)) o[k] = snapshot(read(value, k, path), [...path, k], depth + 1);
      out = o;
    }
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError([issue(path, 'unreadable')]);
  }
  plain.add(out as object);
  return out;
}

/** Validated data with objects that have no prototype: a rule that reads an absent field reads `undefined`. */
function bare(v: unknown): unknown {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(bare);
  const o: Record<string, unknown> = Object.create(null);
  for (const k of Object.keys(v)) o[k] = bare((v as Record<string, unknown>)[k]);
  return o;
}

/** Parses `input` with `schema`: the data, or every problem zod found (paths under `prefix`). */
export function check<S extends z.ZodMiniType>(
  schema: S,
  raw: unknown,
  prefix: readonly (string | number)[] = [],
): { ok: true; data: z.infer<S> } | { ok: false; issues: InputIssue[] } {
  const input = snapshot(raw, [...prefix]);
  const r = schema.safeParse(input);
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
