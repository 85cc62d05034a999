/** A place in JSON text: 0-based character offset and 1-based line and column. */
export type JsonTextPosition = { offset: number; line: number; column: number };

export type LocateJsonPathOptions = {
  /**
   * When the path goes further than the text (a missing field), give the deepest part of it that
   * exists instead of `undefined` — a reader is then taken to the object the field belongs in.
   * Default `true`.
   */
  nearest?: boolean;
};

/** The 1-based line and column of a character offset in text (`\r\n`, `\r` and `\n` all end a line). */
export function positionAt(text: string, offset: number): JsonTextPosition {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length))).split(/\r\n|\r|\n/);
  return { offset, line: before.length, column: before[before.length - 1]!.length + 1 };
}

/**
 * Where a path (keys and list positions, as `parseRulePack` reports them) sits in JSON text: the
 * start of the member's key for an object member, the start of the value for a list item, the
 * start of the text for the empty path. With `nearest` (the default) a path into something the
 * text lacks gives the deepest existing part of it. `undefined` when the text is not valid JSON.
 *
 * @example
 * locateJsonPath('{\n  "funding": {\n    "rate": 3\n  }\n}', ['funding', 'rate'])
 * //=> { offset: 21, line: 3, column: 5 }
 */
export function locateJsonPath(text: string, path: readonly (string | number)[], options: LocateJsonPathOptions = {}): JsonTextPosition | undefined {
  const nearest = options.nearest ?? true;
  let at = 0;
  let best = -1;
  let bestDepth = -1;
  const fail = (): never => {
    throw new SyntaxError('json');
  };
  const space = () => {
    while (at < text.length && ' \t\n\r'.includes(text[at]!)) at += 1;
  };
  const readString = (): string => {
    const start = at;
    at += 1;
    while (at < text.length && text[at] !== '"') at += text[at] === '\\' ? 2 : 1;
    if (at >= text.length) fail();
    at += 1;
    return JSON.parse(text.slice(start, at)) as string;
  };
  const skipScalar = () => {
    const match = /^(?:-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null)/.exec(text.slice(at, at + 400));
    if (!match) fail();
    at += match![0].length;
  };
  // `depth` is how many segments of `path` the value at `at` matches (−1: off the path).
  const value = (depth: number): void => {
    space();
    if (depth >= 0 && depth > bestDepth) {
      bestDepth = depth;
      best = at;
    }
    const char = text[at];
    const onPath = depth >= 0 && depth < path.length;
    if (char === '{') {
      at += 1;
      space();
      if (text[at] === '}') return void (at += 1);
      for (;;) {
        space();
        if (text[at] !== '"') fail();
        const keyStart = at;
        const key = readString();
        const matches = onPath && path[depth] === key;
        if (matches && depth + 1 > bestDepth) {
          bestDepth = depth + 1;
          best = keyStart;
        }
        space();
        if (text[at] !== ':') fail();
        at += 1;
        // The member's key marks it; its value is only walked for deeper segments.
        value(matches ? depth + 1 : -1);
        if (matches && bestDepth === depth + 1) best = keyStart;
        space();
        if (text[at] === ',') at += 1;
        else if (text[at] === '}') return void (at += 1);
        else fail();
      }
    }
    if (char === '[') {
      at += 1;
      space();
      if (text[at] === ']') return void (at += 1);
      for (let index = 0; ; index += 1) {
        value(onPath && path[depth] === index ? depth + 1 : -1);
        space();
        if (text[at] === ',') at += 1;
        else if (text[at] === ']') return void (at += 1);
        else fail();
      }
    }
    if (char === '"') return void readString();
    skipScalar();
  };
  try {
    value(0);
    space();
    if (at < text.length) fail();
  } catch {
    return undefined;
  }
  if (bestDepth < path.length && !nearest) return undefined;
  return positionAt(text, best);
}
