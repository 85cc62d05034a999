import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './index.js';

describe('loadOnce', () => {
  it('shares one load between calls while it is under way and after', async () => {
    const loading = new Map<string, Promise<string>>();
    const load = vi.fn(async () => 'texts');
    const first = loadOnce(loading, 'nn', load);
    expect(loadOnce(loading, 'nn', load)).toBe(first);
    expect(await first).toBe('texts');
    expect(loadOnce(loading, 'nn', load)).toBe(first);
    expect(load).toHaveBeenCalledTimes(1);
  });

  describe('edge cases', () => {
    it('forgets a failed load, so the next call tries again', async () => {
      const loading = new Map<string, Promise<string>>();
      const load = vi.fn().mockRejectedValueOnce(new Error('offline')).mockResolvedValueOnce('texts');
      await expect(loadOnce(loading, 'da', load)).rejects.toThrow('offline');
      expect(await loadOnce(loading, 'da', load)).toBe('texts');
      expect(load).toHaveBeenCalledTimes(2);
    });

    it('keeps keys apart', async () => {
      const loading = new Map<string, Promise<string>>();
      const [nn, da] = await Promise.all([loadOnce(loading, 'nn', async () => 'nn'), loadOnce(loading, 'da', async () => 'da')]);
      expect([nn, da]).toEqual(['nn', 'da']);
    });
  });
});
