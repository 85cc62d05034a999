/** Assertions the property suites share: every issue an engine reports is readable by a person. */
import { expect } from 'vitest';
import type { RuleIssue } from '../rule-pack/result-types.js';

/**
 * An issue names its field in words (`fieldLabel`, not the program's key) and its message, in
 * the requested language, starts from or contains that name.
 */
export function expectReadableIssue(issue: RuleIssue): void {
  expect(typeof issue.code).toBe('string');
  expect(typeof issue.message).toBe('string');
  expect(issue.message.trim().length).toBeGreaterThan(0);
  // A value that is not text is shown as short JSON, never as "[object Object]".
  expect(issue.message).not.toMatch(/\[object \w+\]/);
  if (issue.field !== undefined) {
    expect(issue.fieldLabel, `field ${issue.field} has no name in words`).toBeTruthy();
    expect(issue.fieldLabel).not.toBe(issue.field);
  }
}
