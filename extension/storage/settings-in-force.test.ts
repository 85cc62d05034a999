import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtInPacks } from '../../shared/index.js';
import { publishSettingsInForce, saveLocalSettings } from './settings.js';
import { readSettingsInForce } from './settings-in-force.js';

describe('settings in force, published for the content scripts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('without any settings: defaults', async () => {
    expect(await readSettingsInForce(fakeBrowser as never)).toEqual({ revision: 0, lang: 'auto', profiles: [] });
    await publishSettingsInForce();
    expect(await readSettingsInForce(fakeBrowser as never)).toEqual({ revision: 0, lang: 'auto', profiles: [] });
  });

  it('merges the caseworker\'s and the policy\'s, and carries a custom pack already validated', async () => {
    const custom = { ...structuredClone(builtInPacks['no-alver-vekstbedrift']), id: 'no-doeme' };
    await saveLocalSettings({ lang: 'nn', referenceDate: '2025-11-22', customPack: custom });
    await fakeBrowser.storage.managed.set({ packId: 'dk-vejle-voksen' });
    const published = await publishSettingsInForce();
    expect(published).toMatchObject({ lang: 'nn', referenceDate: '2025-11-22', packId: 'dk-vejle-voksen' });
    expect(published.customPack?.id).toBe('no-doeme');
    expect(await readSettingsInForce(fakeBrowser as never)).toEqual(published);
  });

  it('a late publication made from older settings never overwrites a newer one', async () => {
    await saveLocalSettings({ lang: 'da' });
    const newer = await readSettingsInForce(fakeBrowser as never);
    await fakeBrowser.storage.local.set({ settings: { lang: 'nn', revision: 0, profiles: [], retentionDays: 180 } });
    await publishSettingsInForce();
    expect(await readSettingsInForce(fakeBrowser as never)).toEqual(newer);
  });

  it('a malformed custom pack is not handed to the journal pages', async () => {
    const broken = structuredClone(builtInPacks['no-alver-vekstbedrift']) as unknown as { funding: { vekstbedrift: { supplementPercent: { value: unknown } } } };
    broken.funding.vekstbedrift.supplementPercent.value = 'femti';
    await saveLocalSettings({ customPack: broken });
    expect((await publishSettingsInForce()).customPack).toBeUndefined();
  });
});
