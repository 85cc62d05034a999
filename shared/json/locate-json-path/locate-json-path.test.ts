import { describe, expect, it } from 'vitest';
import { locateJsonPath, positionAt } from './index.js';

const text = '{\n  "funding": {\n    "rate": 3,\n    "rates": [\n      { "year": 2022 },\n      { "year": 2023 }\n    ]\n  }\n}';

describe('locateJsonPath', () => {
  it('finds an object member at its key', () => {
    expect(locateJsonPath(text, ['funding', 'rate'])).toEqual({ offset: 21, line: 3, column: 5 });
  });

  it('finds a list item at its value and a member inside it', () => {
    expect(locateJsonPath(text, ['funding', 'rates', 1])).toMatchObject({ line: 6, column: 7 });
    expect(locateJsonPath(text, ['funding', 'rates', 1, 'year'])).toMatchObject({ line: 6, column: 9 });
  });

  it('the documented example', () => {
    expect(locateJsonPath('{\n  "funding": {\n    "rate": 3\n  }\n}', ['funding', 'rate'])).toEqual({ offset: 21, line: 3, column: 5 });
  });

  describe('edge cases', () => {
    it('the empty path is the start of the document, after leading space', () => {
      expect(locateJsonPath('  {}', [])).toEqual({ offset: 2, line: 1, column: 3 });
    });

    it('a missing field gives the deepest part that exists, or nothing when asked for the exact place', () => {
      expect(locateJsonPath(text, ['funding', 'rates', 0, 'amount'])).toMatchObject({ line: 5, column: 7 });
      expect(locateJsonPath(text, ['funding', 'rates', 0, 'amount'], { nearest: false })).toBeUndefined();
    });

    it('a key with the same name elsewhere is not taken for the path', () => {
      expect(locateJsonPath('{"a": {"year": 1}, "b": {"year": 2}}', ['b', 'year'])).toMatchObject({ column: 26 });
    });

    it('keys with escapes compare by their value', () => {
      expect(locateJsonPath('{"a\\"b": 1}', ['a"b'])).toMatchObject({ column: 2 });
    });

    it('text that is not JSON gives undefined', () => {
      expect(locateJsonPath('{"a": }', ['a'])).toBeUndefined();
      expect(locateJsonPath('{"a": 1} x', ['a'])).toBeUndefined();
    });

    it('positionAt counts \\r\\n as one line end', () => {
      expect(positionAt('a\r\nbc', 4)).toEqual({ offset: 4, line: 2, column: 2 });
    });
  });
});
