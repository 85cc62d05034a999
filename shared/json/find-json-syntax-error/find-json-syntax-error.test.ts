import { describe, expect, it } from 'vitest';
import { findJsonSyntaxError } from './index.js';

describe('findJsonSyntaxError', () => {
  it('valid JSON has no error', () => {
    expect(findJsonSyntaxError('{"a": [1, 2.5e3, "x\\n", true, null]}')).toBeUndefined();
  });

  it('places a missing comma at the line and column where the text breaks', () => {
    expect(findJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toEqual({ line: 3, column: 3 });
  });

  describe('edge cases', () => {
    it('a trailing comma breaks at the closing bracket', () => {
      expect(findJsonSyntaxError('[1,]')).toEqual({ line: 1, column: 4 });
    });

    it('text that ends early breaks at its end', () => {
      expect(findJsonSyntaxError('{"a": ')).toEqual({ line: 1, column: 7 });
    });

    it('the empty text breaks at its start', () => {
      expect(findJsonSyntaxError('')).toEqual({ line: 1, column: 1 });
    });

    it('anything after the value breaks', () => {
      expect(findJsonSyntaxError('{} {}')).toEqual({ line: 1, column: 4 });
    });
  });
});
