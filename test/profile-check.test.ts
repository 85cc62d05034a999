import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { runProfileCheck } from '../cli/profile-check.js';
import { BUILT_IN_PROFILES } from '../extension/site-profiles/built-in-profiles.js';

const ROOT = resolve(import.meta.dirname, '..');
const PAGE = resolve(ROOT, 'test/fixtures/journal/profil-vedtak-vekstbedrift.html');
const dir = mkdtempSync(join(tmpdir(), 'saksvakt-profile-check-'));
const profil = BUILT_IN_PROFILES.find((profile) => profile.id === 'profil-vedtak')!;
const write = (name: string, value: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, JSON.stringify(value));
  return file;
};
const run = (args: string[], env: Record<string, string> = {}) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = runProfileCheck(args, env, { out: (line) => out.push(line), err: (line) => err.push(line) }, (html) => parseHTML(html).document as unknown as Document);
  return { code, out: out.join('\n'), err: err.join('\n') };
};

describe('profile check', () => {
  it('prints each field found on a saved page with element, text and value, exit 0', () => {
    const result = run(['--lang', 'en', write('profil.json', profil), PAGE]);
    expect(result.err).toBe('');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/field\s+found\s+element\s+value as read\s+as understood/);
    for (const name of Object.keys(profil.pages[0]!.fields)) expect(result.out).toMatch(new RegExp(`^${name}\\s+found`, 'm'));
    // A date is shown as read and as understood (ISO).
    expect(result.out).toMatch(/^decisionDate\s+found\s+\S+\s+.+\s+\d{4}-\d{2}-\d{2}$/m);
  });

  it('a field the page does not have is "not found" and the exit code is 1', () => {
    const page = profil.pages[0]!;
    const broken = { ...profil, pages: [{ ...page, fields: { ...page.fields, places: { type: 'number', locators: [{ by: 'css', selector: '#no-such-field' }] } } }] };
    const result = run(['--lang', 'nn', write('broken.json', broken), PAGE]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^places\s+ikkje funne/m);
    expect(result.err).toContain('1 felt ikkje funne');
  });
});

describe('edge cases', () => {
  it('a page no page kind of the profile matches is an error, not an empty table', () => {
    const other = { ...profil, pages: [{ ...profil.pages[0]!, detect: { selector: '#no-such-form' } }] };
    const result = run(['--lang', 'da', write('other.json', other), PAGE]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Ingen side i profilen');
  });

  it('an invalid profile lists its errors at their paths and exits 2', () => {
    const result = run(['--lang', 'nb', write('invalid.json', { ...profil, decimalSeparator: ';' }), PAGE], {});
    expect(result.code).toBe(2);
    expect(result.err).toContain('Ved decimalSeparator');
  });
});
