import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from '../cli/saksvakt.js';
import { BUILT_IN_PROFILES } from '../extension/site-profiles/built-in-profiles.js';

const ROOT = resolve(import.meta.dirname, '..');
const dir = mkdtempSync(join(tmpdir(), 'saksvakt-cli-'));
const write = (name: string, value: unknown) => {
  const file = join(dir, name);
  writeFileSync(file, typeof value === 'string' ? value : JSON.stringify(value));
  return file;
};
const run = (args: string[], env: Record<string, string> = {}) => {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCli(args, env, { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out: out.join('\n'), err: err.join('\n') };
};
const alver = JSON.parse(readFileSync(resolve(ROOT, 'shared/rule-packs/no-alver-vekstbedrift.json'), 'utf8'));

describe('saksvakt validate', () => {
  it('accepts a built-in pack with exit code 0', () => {
    const result = run(['validate', resolve(ROOT, 'shared/rule-packs/dk-vejle-voksen.json')]);
    expect(result).toMatchObject({ code: 0, err: '' });
    expect(result.out).toContain('valid');
  });

  it('lists a broken pack’s errors at their paths in the chosen language and exits 1', () => {
    const file = write('broken.json', { ...alver, version: '1.1', country: 'SE' });
    const result = run(['validate', '--lang', 'nn', file]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('2 feil');
    expect(result.err).toContain('Ved version');
    expect(result.err).toContain('Ved country');
  });

  it('takes the language from LANG when --lang is not given', () => {
    const file = write('broken-da.json', { ...alver, version: 'x' });
    expect(run(['validate', file], { LANG: 'da_DK.UTF-8' }).err).toContain('1 fejl');
    expect(run(['validate', file], { LANG: 'en_GB.UTF-8' }).err).toContain('1 error');
  });

  it('validates a site profile with --profile', () => {
    expect(run(['validate', '--profile', write('profile.json', BUILT_IN_PROFILES[0])]).code).toBe(0);
    const broken = { ...BUILT_IN_PROFILES[0], thousandsSeparator: '_' };
    const result = run(['validate', '--profile', '--lang=nb', write('profile-broken.json', broken)]);
    expect(result.code).toBe(1);
    expect(result.err).toContain('Ved thousandsSeparator');
    const extraKey = run(['validate', '--profile', '--lang', 'en', write('profile-extra.json', { ...BUILT_IN_PROFILES[0], colour: 'red' })]);
    expect(extraKey.err).toContain('In the profile: ');
    expect(extraKey.err).not.toContain('pack');
  });
});

describe('edge cases', () => {
  it('a file that is not JSON is an error, not a crash', () => {
    const file = write('not-json.json', '{ "schemaVersion": 1,');
    expect(run(['validate', file]).code).toBe(1);
    expect(run(['validate', '--profile', file]).err).toContain('not valid JSON');
  });

  it('a missing file or wrong usage exits 2 with a message', () => {
    expect(run(['validate', join(dir, 'absent.json')]).err).toContain('Could not read');
    expect(run(['validate', join(dir, 'absent.json')]).code).toBe(2);
    const usage = run(['check'], { LANG: 'nb_NO.UTF-8' });
    expect(usage.code).toBe(2);
    expect(usage.err).toContain('Bruk: saksvakt validate');
  });
});
