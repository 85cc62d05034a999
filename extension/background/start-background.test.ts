import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { POLICY_REFRESH_INTERVAL_MS, readSettingsInForce, REFRESH_POLICY_MESSAGE, SETTINGS_IN_FORCE_KEY, keepPolicyFresh, type SettingsInForce } from '../storage/settings-in-force.js';
import { startBackground } from './start-background.js';
import { LOAD_CHECKS_MESSAGE } from '../overlay/loader-handoff.js';

/** Vejle's policy, as the municipality's IT sets it (Chrome gives managed values as the schema types them). */
const POLICY = { packId: 'dk-vejle-voksen', lang: 'da', retentionDays: 90 };

type Answer = { after: number; value: Record<string, unknown> } | { after: number; error: string };

/** fake-browser lacks permissions and scripting; the background only registers the journal script with them. */
const backgroundBrowser = () =>
  ({
    ...fakeBrowser,
    permissions: { getAll: async () => ({ origins: [] }), onAdded: { addListener() {} }, onRemoved: { addListener() {} } },
    scripting: { getRegisteredContentScripts: async () => [], unregisterContentScripts: async () => {}, registerContentScripts: async () => {} },
  }) as never;

/** Every publication written while the test runs, in order. */
let published: SettingsInForce[] = [];
const recordPublications = () =>
  fakeBrowser.storage.onChanged.addListener((changes, area) => {
    const next = changes[SETTINGS_IN_FORCE_KEY]?.newValue as SettingsInForce | undefined;
    if (area === 'local' && next) published.push(next);
  });

/**
 * A browser launch on the same profile: session storage and every listener are gone, local
 * storage (the profile) stays, and managed storage answers as `answer` says.
 */
async function launch(answer: Answer) {
  const profile = await fakeBrowser.storage.local.get();
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set(profile);
  published = [];
  recordPublications();
  vi.spyOn(fakeBrowser.storage.managed, 'get').mockImplementation(
    () =>
      new Promise((resolve, reject) => {
        if (answer.after === Infinity) return; // never answers
        setTimeout(() => ('error' in answer ? reject(new Error(answer.error)) : resolve(answer.value)), answer.after);
      }) as never,
  );
  startBackground(backgroundBrowser());
  await vi.advanceTimersByTimeAsync(0);
}

/** A journal page opening now: what it reads, once it has read it. */
function openJournalPage() {
  const page: { settings?: SettingsInForce } = {};
  void readSettingsInForce(fakeBrowser as never).then((settings) => (page.settings = settings));
  return page;
}

/** The caseworker had picked English and the Alver pack before IT set the policy (the reported case). */
async function caseworkerChoseEnglishAndAlver() {
  await fakeBrowser.storage.local.set({ settings: { lang: 'en', packId: 'no-alver-vekstbedrift', revision: 1, profiles: [], retentionDays: 180 } });
}

describe('the policy on every launch, at any managed-storage latency', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    vi.useRealTimers();
    fakeBrowser.reset();
  });

  for (const latency of [0, 3_000, 10_000]) {
    it(`managed storage answering after ${latency} ms: three launches of one profile, the policy's pack and language each time`, async () => {
      vi.useFakeTimers();
      fakeBrowser.reset();
      await caseworkerChoseEnglishAndAlver();
      for (let run = 1; run <= 3; run += 1) {
        await launch({ after: latency, value: POLICY });
        const page = openJournalPage();
        if (latency > 0) {
          await vi.advanceTimersByTimeAsync(latency - 1);
          // Still waiting: the page shows nothing rather than the caseworker's pack or language.
          expect(page.settings, `launch ${run}`).toBeUndefined();
        }
        await vi.advanceTimersByTimeAsync(1);
        expect(page.settings, `launch ${run}`).toMatchObject({ final: true, packId: 'dk-vejle-voksen', lang: 'da' });
        // Nothing final was ever published without the policy.
        expect(published.filter((settings) => settings.final).every((settings) => settings.packId === 'dk-vejle-voksen' && settings.lang === 'da'), `launch ${run}`).toBe(true);
        // And it stays so: nothing later replaces it (the old code gave up after 1 s, for good).
        await vi.advanceTimersByTimeAsync(100_000);
        expect(await readSettingsInForce(fakeBrowser as never), `launch ${run}`).toMatchObject({ packId: 'dk-vejle-voksen', lang: 'da' });
      }
    });
  }

  it('managed storage failing: the policy\'s last good values stay in force, still locked', async () => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    await caseworkerChoseEnglishAndAlver();
    await launch({ after: 0, value: POLICY });
    expect(openJournalPage()).toBeDefined();
    await vi.advanceTimersByTimeAsync(0);
    for (let run = 2; run <= 3; run += 1) {
      await launch({ after: 2_000, error: 'Policy service not available' });
      const page = openJournalPage();
      await vi.advanceTimersByTimeAsync(1_999);
      expect(page.settings, `launch ${run}`).toBeUndefined();
      await vi.advanceTimersByTimeAsync(1);
      expect(page.settings, `launch ${run}`).toMatchObject({ final: true, packId: 'dk-vejle-voksen', lang: 'da' });
    }
    // Support sees why: the values come from the policy's last good read, and stay locked.
    const { loadSettings } = await import('../storage/settings.js');
    const loading = loadSettings();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(await loading).toMatchObject({ policyStatus: 'failed', sources: { pack: 'policy-last-good', lang: 'policy-last-good' } });
  });

  it('managed storage never answering: journal pages wait a minute, then get the policy\'s last good values', async () => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    await caseworkerChoseEnglishAndAlver();
    await launch({ after: 0, value: POLICY });
    await vi.advanceTimersByTimeAsync(0);
    await launch({ after: Infinity, value: POLICY });
    const page = openJournalPage();
    await vi.advanceTimersByTimeAsync(59_999);
    expect(page.settings).toBeUndefined();
    await vi.advanceTimersByTimeAsync(1);
    expect(page.settings).toMatchObject({ final: true, packId: 'dk-vejle-voksen', lang: 'da' });
  });

  it('Firefox without any policy ("manifest not found") is an answer: the caseworker\'s settings', async () => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    await caseworkerChoseEnglishAndAlver();
    await launch({ after: 500, error: 'Managed storage manifest not found' });
    const page = openJournalPage();
    await vi.advanceTimersByTimeAsync(500);
    expect(page.settings).toMatchObject({ final: true, packId: 'no-alver-vekstbedrift', lang: 'en' });
  });

  it('an open journal page has the policy re-read: a policy changed with no change event still arrives', async () => {
    vi.useFakeTimers();
    fakeBrowser.reset();
    await launch({ after: 0, value: POLICY });
    await vi.advanceTimersByTimeAsync(0);
    expect(await readSettingsInForce(fakeBrowser as never)).toMatchObject({ lang: 'da' });
    vi.mocked(fakeBrowser.storage.managed.get).mockResolvedValue({ ...POLICY, lang: 'en' } as never);
    // fake-browser's sendMessage gives no sender id; the journal page's ping is delivered as Chrome would.
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (message: unknown) => (await fakeBrowser.runtime.onMessage.trigger(message, { id: fakeBrowser.runtime.id })).find(Boolean));
    const page = new AbortController();
    keepPolicyFresh(fakeBrowser as never, page.signal);
    await vi.advanceTimersByTimeAsync(POLICY_REFRESH_INTERVAL_MS);
    expect(await readSettingsInForce(fakeBrowser as never)).toMatchObject({ packId: 'dk-vejle-voksen', lang: 'en' });
    page.abort();
    expect(fakeBrowser.runtime.sendMessage).toHaveBeenCalledWith({ type: REFRESH_POLICY_MESSAGE });
  });
});

describe('who the background listens to', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
  });

  it('messages from another extension or a web page are ignored: no checks injected, no case stored, no answer', async () => {
    fakeBrowser.reset();
    const executeScript = vi.fn(async () => []);
    const browser = { ...(backgroundBrowser() as object), scripting: { getRegisteredContentScripts: async () => [], unregisterContentScripts: async () => {}, registerContentScripts: async () => {}, executeScript } };
    startBackground(browser as never);
    const entry = { key: 'k-1', packId: 'dk-vejle-voksen', service: 'sel-85', openedAt: '2026-01-01T00:00:00.000Z', schemaVersion: 2 };
    const strangers = [{ id: 'another-extension-id', tab: { id: 7 }, frameId: 0 }, { tab: { id: 7 }, frameId: 0, url: 'https://journal.example/' }];
    for (const sender of strangers) {
      for (const message of [{ type: LOAD_CHECKS_MESSAGE }, { type: 'saksvakt:remember-case', entry }, { type: REFRESH_POLICY_MESSAGE }]) {
        const answers = await fakeBrowser.runtime.onMessage.trigger(message, sender as never);
        expect(answers.filter((answer) => answer !== undefined)).toEqual([]);
      }
    }
    expect(executeScript).not.toHaveBeenCalled();
    // The same request from our own loader is answered: the test above can fail.
    const own = await fakeBrowser.runtime.onMessage.trigger({ type: LOAD_CHECKS_MESSAGE }, { id: fakeBrowser.runtime.id, tab: { id: 7 }, frameId: 0 } as never);
    expect(own.find(Boolean)).toEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledOnce();
  });
});
