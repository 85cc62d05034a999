import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtInPacks } from '../../shared/index.js';
import { findJsonSyntaxError } from '../../shared/json/find-json-syntax-error/index.js';
import { loadSettings, PolicyLockedError, publishSettingsInForce, saveLocalSettings } from './settings.js';

const imported = () => ({ ...structuredClone(builtInPacks['no-alver-vekstbedrift']), id: 'no-doeme' });
const storedLocal = async () => (await fakeBrowser.storage.local.get('settings')).settings as { customPack?: { id: string }; packId?: string };

describe('a pack locked by policy cannot be got around', () => {
  beforeEach(() => fakeBrowser.reset());

  it('importing a pack while the policy sets packId is refused, and nothing changes on journal pages', async () => {
    await fakeBrowser.storage.managed.set({ packId: 'dk-vejle-voksen' });
    await expect(saveLocalSettings({ customPack: imported() })).rejects.toBeInstanceOf(PolicyLockedError);
    await expect(saveLocalSettings({ packId: 'no-alver-vekstbedrift' })).rejects.toThrow(/packId/);
    const published = await publishSettingsInForce();
    expect(published.packId).toBe('dk-vejle-voksen');
    expect(published.customPack).toBeUndefined();
    expect(await storedLocal()).toBeUndefined();
  });

  it('a direct write to local storage by one of our pages does not win over the policy either', async () => {
    await fakeBrowser.storage.managed.set({ packId: 'dk-vejle-voksen', lang: 'da' });
    await fakeBrowser.storage.local.set({ settings: { customPack: imported(), lang: 'en', revision: 7 } });
    const { settings, managedKeys, sources, localPackSetAside } = await loadSettings();
    expect(settings).toMatchObject({ packId: 'dk-vejle-voksen', lang: 'da' });
    expect(settings.customPack).toBeUndefined();
    expect(managedKeys).toEqual(expect.arrayContaining(['packId', 'customPack', 'lang']));
    expect(sources).toMatchObject({ pack: 'policy', lang: 'policy', retentionDays: 'default' });
    // The caseworker's pack is set aside, not deleted: it returns if the policy stops setting the pack.
    expect(localPackSetAside).toBe(true);
    expect((await storedLocal()).customPack?.id).toBe('no-doeme');
  });

  it('unlocked settings still save while others are locked', async () => {
    await fakeBrowser.storage.managed.set({ packId: 'dk-vejle-voksen' });
    await saveLocalSettings({ referenceDate: '2025-11-22' });
    expect((await publishSettingsInForce()).referenceDate).toBe('2025-11-22');
  });
});

describe('broken policy values are reported, never silent', () => {
  beforeEach(() => fakeBrowser.reset());

  it('customPack with invalid JSON: locked, reported at its line and column, the imported pack kept and used', async () => {
    await saveLocalSettings({ customPack: imported() });
    await fakeBrowser.storage.managed.set({ customPack: '{\n  "id": "dk-x",\n  "version": 1.0.0\n}' });
    const { settings, managedKeys, problems, sources } = await loadSettings();
    expect(problems).toEqual([{ key: 'customPack', kind: 'json-syntax', line: 3, column: 17, fallback: 'caseworker' }]);
    expect(managedKeys).toEqual(expect.arrayContaining(['customPack', 'packId']));
    expect(sources.pack).toBe('caseworker');
    expect((settings.customPack as { id: string }).id).toBe('no-doeme');
    await expect(saveLocalSettings({ customPack: undefined })).rejects.toBeInstanceOf(PolicyLockedError);
    const published = await publishSettingsInForce();
    expect(published.customPack?.id).toBe('no-doeme');
    expect(published.policyProblems).toEqual(problems);
  });

  it('customPack that is JSON but not a pack: its validation errors at their paths, in every language', async () => {
    await saveLocalSettings({ customPack: imported() });
    await fakeBrowser.storage.managed.set({ customPack: JSON.stringify({ schemaVersion: 1, id: 'dk-x' }) });
    const { problems, settings } = await loadSettings();
    expect(problems).toHaveLength(1);
    const [problem] = problems;
    expect(problem).toMatchObject({ key: 'customPack', kind: 'invalid-pack', fallback: 'caseworker' });
    expect(problem!.errors!.map((error) => error.path)).toContain('version');
    const version = problem!.errors!.find((error) => error.path === 'version')!;
    expect(version.text.en).toMatch(/version/);
    expect(version.text.da).not.toBe(version.text.en);
    // What the caseworker had is still in force, and still stored.
    expect((settings.customPack as { id: string }).id).toBe('no-doeme');
  });

  it('a broken value after a good one: the policy\'s last good value stays in force', async () => {
    await fakeBrowser.storage.managed.set({ customPack: JSON.stringify({ ...structuredClone(builtInPacks['dk-vejle-voksen']), id: 'dk-vejle-2026' }) });
    expect((await publishSettingsInForce()).customPack?.id).toBe('dk-vejle-2026');
    await fakeBrowser.storage.managed.set({ customPack: '{"id": ' });
    const published = await publishSettingsInForce();
    expect(published.customPack?.id).toBe('dk-vejle-2026');
    expect(published.policyProblems).toEqual([{ key: 'customPack', kind: 'json-syntax', line: 1, column: 8, fallback: 'last-good' }]);
    expect((await loadSettings()).sources.pack).toBe('policy-last-good');
  });

  it('a value withdrawn from the policy is not kept as "last good"', async () => {
    await fakeBrowser.storage.managed.set({ lang: 'da' });
    expect((await publishSettingsInForce()).lang).toBe('da');
    await fakeBrowser.storage.managed.clear();
    await fakeBrowser.storage.managed.set({ lang: 'tysk' });
    const { settings, problems } = await loadSettings();
    expect(settings.lang).toBe('da');
    expect(problems).toEqual([{ key: 'lang', kind: 'invalid-value', value: 'tysk', fallback: 'last-good' }]);
    await fakeBrowser.storage.managed.clear();
    expect((await loadSettings()).settings.lang).toBe('auto');
    await fakeBrowser.storage.managed.set({ lang: 'tysk' });
    expect((await loadSettings()).problems[0]!.fallback).toBe('default');
  });

  it('a broken customPack beside a valid packId: the policy\'s packId is used, and the report says so', async () => {
    await fakeBrowser.storage.managed.set({ packId: 'dk-vejle-voksen', customPack: '{"id": ' });
    const published = await publishSettingsInForce();
    expect(published).toMatchObject({ packId: 'dk-vejle-voksen', policyProblems: [{ key: 'customPack', fallback: 'policy-pack-id' }] });
  });

  it('an unknown packId and broken profiles are reported too', async () => {
    await fakeBrowser.storage.managed.set({ packId: 'dk-aarhus', profiles: '[{"id": 3}]' });
    const { problems } = await loadSettings();
    expect(problems.map((problem) => [problem.key, problem.kind])).toEqual([
      ['packId', 'unknown-pack'],
      ['profiles', 'invalid-profiles'],
    ]);
    expect(problems[1]!.errors![0]!.path).toMatch(/^\[0\]/);
  });

  it('a broken pushed profile is explained in each language, naming the place in words', async () => {
    await fakeBrowser.storage.managed.set({ profiles: '[{"id": 3}]' });
    const { problems } = await loadSettings();
    const idError = problems[0]!.errors!.find((error) => error.path === '[0].id')!;
    expect(idError.text.en).toMatch(/^At id: expected text, found a number/);
    expect(idError.text.nn).toMatch(/^Ved id: /);
    expect(idError.text.da).toMatch(/^Ved id: /);
    expect(new Set(Object.values(idError.text)).size).toBeGreaterThan(1);
  });

  it('Firefox policies.json may give the pack as an object rather than JSON text', async () => {
    await fakeBrowser.storage.managed.set({ customPack: { ...structuredClone(builtInPacks['dk-vejle-voksen']), id: 'dk-vejle-ff' } });
    expect((await publishSettingsInForce()).customPack?.id).toBe('dk-vejle-ff');
  });
});

describe('findJsonSyntaxError', () => {
  it('valid JSON has no error', () => {
    expect(findJsonSyntaxError('{"a": [1, -2.5e3, true, false, null, "x\\n\\u00e6"]}')).toBeUndefined();
  });

  it('points at the first character that breaks', () => {
    expect(findJsonSyntaxError('{"a": 1,}')).toEqual({ line: 1, column: 9 });
    expect(findJsonSyntaxError('{\n  "a": 1\n  "b": 2\n}')).toEqual({ line: 3, column: 3 });
  });

  describe('edge cases', () => {
    it('empty text, trailing text, unterminated strings and lone minus signs', () => {
      expect(findJsonSyntaxError('')).toEqual({ line: 1, column: 1 });
      expect(findJsonSyntaxError('{} x')).toEqual({ line: 1, column: 4 });
      expect(findJsonSyntaxError('"abc')).toEqual({ line: 1, column: 5 });
      expect(findJsonSyntaxError('[-]')).toEqual({ line: 1, column: 2 });
    });

    it('Windows line ends count as one line break', () => {
      expect(findJsonSyntaxError('{\r\n"a": tru\r\n}')).toEqual({ line: 2, column: 9 });
    });

    it('agrees with JSON.parse on what is valid', () => {
      for (const text of ['01', '1.', '.5', "'a'", '{"a":1 "b":2}', '[1,]', '"\\x"', 'nul', ' 7 ', '[[[]]]', '{"":{}}']) {
        let valid = true;
        try {
          JSON.parse(text);
        } catch {
          valid = false;
        }
        expect(findJsonSyntaxError(text) === undefined, text).toBe(valid);
      }
    });
  });
});
