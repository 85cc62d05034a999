import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CHECKS_SCRIPT_FILE, LOAD_CHECKS_MESSAGE } from '../overlay/loader-handoff.js';
import { startBackground } from './start-background.js';

/** fake-browser lacks permissions and scripting: the background's use of them, recorded. */
function backgroundWith(executeScript: (injection: unknown) => Promise<unknown>) {
  return {
    ...fakeBrowser,
    permissions: { getAll: async () => ({ origins: [] }), onAdded: { addListener() {} }, onRemoved: { addListener() {} } },
    scripting: { getRegisteredContentScripts: async () => [], unregisterContentScripts: async () => {}, registerContentScripts: async () => {}, executeScript },
  } as never;
}

const ask = (sender: Record<string, unknown>) => fakeBrowser.runtime.onMessage.trigger({ type: LOAD_CHECKS_MESSAGE }, { id: fakeBrowser.runtime.id, ...sender } as never);

describe('the background injects the checks where the journal loader asks', () => {
  beforeEach(() => fakeBrowser.reset());

  it('into the asking frame of the asking tab only', async () => {
    const executeScript = vi.fn(async () => []);
    startBackground(backgroundWith(executeScript));
    expect(await ask({ tab: { id: 7 }, frameId: 3 })).toContainEqual({ ok: true });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId: 7, frameIds: [3] }, files: [CHECKS_SCRIPT_FILE] });
  });

  describe('edge cases', () => {
    it('a message from no tab, or from another extension, injects nothing', async () => {
      const executeScript = vi.fn(async () => []);
      startBackground(backgroundWith(executeScript));
      expect(await ask({})).toContainEqual({ ok: false, error: 'not from a tab' });
      await fakeBrowser.runtime.onMessage.trigger({ type: LOAD_CHECKS_MESSAGE }, { id: 'another-extension', tab: { id: 7 }, frameId: 0 } as never);
      expect(executeScript).not.toHaveBeenCalled();
    });

    it('an injection the browser refuses (the grant was withdrawn) is answered, not thrown', async () => {
      startBackground(backgroundWith(async () => Promise.reject(new Error('Cannot access contents of the page'))));
      expect(await ask({ tab: { id: 7 }, frameId: 0 })).toContainEqual({ ok: false, error: 'Error: Cannot access contents of the page' });
    });
  });
});
