import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Dependencies point one way: shared → components → extension/demo.
const FORBIDDEN: Record<string, RegExp> = {
  shared: /from ['"](?:\.\.\/)+(components|extension|demo)\//,
  components: /from ['"](?:\.\.\/)+(extension|demo)\//,
};

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'node_modules' ? [] : sources(path);
    return /\.(ts|mjs|js)$/.test(name) ? [path] : [];
  });
}

describe('layering', () => {
  it.each(Object.keys(FORBIDDEN))('%s imports nothing from the layers above it', (layer) => {
    const offenders = sources(layer).filter((file) => FORBIDDEN[layer]!.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('shared has no DOM component and no Lit', () => {
    const offenders = sources('shared').filter((file) => /from ['"]lit|customElements|HTMLElement/.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
