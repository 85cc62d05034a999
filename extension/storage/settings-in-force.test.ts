import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { builtInPacks } from '../../shared/index.js';
import { markSettingsInForcePending, publishSettingsInForce, saveLocalSettings } from './settings.js';
import { readSettingsInForce } from './settings-in-force.js';

describe('settings in force, published for the content scripts', () => {
  beforeEach(() => fakeBrowser.reset());

  it('without any settings: a journal page waits for the first publication, then gets the defaults', async () => {
    let read: unknown;
    const reading = readSettingsInForce(fakeBrowser as never).then((settings) => (read = settings));
    await new Promise((done) => setTimeout(done, 20));
    expect(read).toBeUndefined();
    await publishSettingsInForce();
    await reading;
    expect(read).toEqual({ revision: 0, final: true, lang: 'auto', profiles: [], policyProblems: [] });
  });

  it('a publication marked pending (a new browser session) is not handed out until published again', async () => {
    await saveLocalSettings({ lang: 'nb' });
    await markSettingsInForcePending();
    let read: { lang?: string } | undefined;
    const reading = readSettingsInForce(fakeBrowser as never).then((settings) => (read = settings));
    await new Promise((done) => setTimeout(done, 20));
    expect(read).toBeUndefined();
    await publishSettingsInForce();
    await reading;
    expect(read).toMatchObject({ lang: 'nb', final: true });
  });

  it('merges the caseworker\'s and the policy\'s, and carries a custom pack already validated', async () => {
    const custom = { ...structuredClone(builtInPacks['no-alver-vekstbedrift']), id: 'no-doeme' };
    await saveLocalSettings({ lang: 'nn', referenceDate: '2025-11-22', customPack: custom });
    const mine = await publishSettingsInForce();
    expect(mine.customPack?.id).toBe('no-doeme');
    await fakeBrowser.storage.managed.set({ retentionDays: 90 });
    const published = await publishSettingsInForce();
    expect(published).toMatchObject({ lang: 'nn', referenceDate: '2025-11-22', final: true });
    expect(published.customPack?.id).toBe('no-doeme');
    expect(await readSettingsInForce(fakeBrowser as never)).toEqual(published);
  });

  it('a pack set by policy wins over a pack the caseworker imported, which is kept, not dropped', async () => {
    const custom = { ...structuredClone(builtInPacks['no-alver-vekstbedrift']), id: 'no-doeme' };
    await saveLocalSettings({ lang: 'nn', customPack: custom });
    await fakeBrowser.storage.managed.set({ packId: 'dk-vejle-voksen' });
    const published = await publishSettingsInForce();
    expect(published).toMatchObject({ lang: 'nn', packId: 'dk-vejle-voksen' });
    expect(published.customPack).toBeUndefined();
    expect(((await fakeBrowser.storage.local.get('settings')).settings as { customPack: { id: string } }).customPack.id).toBe('no-doeme');
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
