import assert from 'node:assert/strict';
import { InputError, type InputIssue } from '@qazindustry/productivity-calculator';

/** Runs `fn`, expects an InputError, and returns its issues. */
export function inputIssues(fn: () => unknown): readonly InputIssue[] {
  try {
    fn();
  } catch (e) {
    assert.ok(e instanceof InputError, `expected an InputError, got ${String(e)}`);
    return e.issues;
  }
  assert.fail('expected an InputError, but the call returned');
}

/** The issue at `path` (joined with '.'), failing if there is none. */
export function issueAt(issues: readonly InputIssue[], path: string): InputIssue {
  const found = issues.find((i) => i.path.join('.') === path);
  assert.ok(found, `no issue at ${path}; issues: ${issues.map((i) => `${i.path.join('.')}:${i.code}`).join(', ')}`);
  return found;
}
