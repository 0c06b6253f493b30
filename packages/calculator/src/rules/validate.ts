import type * as z from 'zod/mini';
import { InputError, type InputIssue, type InputIssueCode, type IssuePath } from './errors.js';
import { inputMessage } from '../explain/input-messages.js';
import type { LocalizedText } from '../law/text.js';

const KINDS: Record<string, LocalizedText> = {
  string: { kk: 'мәтін', ru: 'строка', en: 'text' },
  number: { kk: 'сан', ru: 'число', en: 'a number' },
  boolean: { kk: 'иә немесе жоқ (true/false)', ru: 'да или нет (true/false)', en: 'yes or no (true/false)' },
  object: { kk: 'объект', ru: 'объект', en: 'an object' },
  array: { kk: 'тізім', ru: 'список', en: 'a list' },
};

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let v = root;
  for (const k of path) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Object.hasOwn(v, k) ? (v as Record<PropertyKey, unknown>)[k] : undefined;
  }
  return v;
}

export function issue(path: IssuePath, code: InputIssueCode, params?: Record<string, string | LocalizedText>): InputIssue {
  return { path, code, message: inputMessage(code, params) };
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

function toIssue(root: unknown, zi: ZodIssueLike): InputIssue {
  const path = zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p)) as (string | number)[];
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
        : issue(path, 'type', { expected: KINDS[zi.expected ?? ''] ?? zi.expected ?? '' });
    case 'invalid_value':
      return issue(path, 'choice', { options: (zi.values ?? []).map(String).join(', ') });
    case 'unrecognized_keys':
      return issue(path, 'unknown-field', { keys: (zi.keys ?? []).join(', ') });
    case 'too_big':
      return issue(path, 'too-many', { maximum: String(zi.maximum ?? '') });
    case 'invalid_key':
      return issue(path, 'tax-year');
    default:
      return issue(path, 'type', { expected: KINDS['object']! });
  }
}

/** Parses `input` with `schema`: the data, or every problem zod found (paths under `prefix`). */
export function check<S extends z.ZodMiniType>(
  schema: S,
  input: unknown,
  prefix: readonly (string | number)[] = [],
): { ok: true; data: z.infer<S> } | { ok: false; issues: InputIssue[] } {
  const r = schema.safeParse(input);
  if (r.success) return { ok: true, data: r.data as z.infer<S> };
  return { ok: false, issues: r.error.issues.map((i) => toIssue(input, i as unknown as ZodIssueLike)).map((i) => ({ ...i, path: [...prefix, ...i.path] })) };
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
