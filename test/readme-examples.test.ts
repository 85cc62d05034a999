import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as api from '../shared/index.js';

/** The README's "Using the engines" block: every `call; // expected` line must still hold. */
const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const block = /## Using the engines[\s\S]*?```ts\n([\s\S]*?)```/.exec(readme)?.[1] ?? '';
const examples = block
  .split('\n')
  .map((line) => /^(\w+\(.*\)[\w.?]*);\s*\/\/\s*('[^']*'|-?[\d.]+)/.exec(line))
  .filter((match): match is RegExpExecArray => match !== null)
  .map(([, call, expected]) => ({ call: call!, expected: expected!.startsWith("'") ? expected!.slice(1, -1) : Number(expected) }));

describe('README engine examples', () => {
  it('the block has the examples', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
  });

  it.each(examples)('$call → $expected', ({ call, expected }) => {
    const names = Object.keys(api);
    const run = new Function(...names, `return ${call};`) as (...args: unknown[]) => unknown;
    expect(run(...names.map((name) => (api as Record<string, unknown>)[name]))).toBe(expected);
  });
});
