import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * The content script's context for UI made in one run of a feature: WXT's UI helpers register a
 * `remove` on the context's invalidation and never take it back, so UIs made with the long-lived
 * context stay reachable (with their detached shadow roots) for as long as the page is open, one
 * set per single-page navigation. Here they are tied to the run's signal instead, which aborts
 * on navigation and when the content script is invalidated; with the run, its listeners go too.
 */
export function scopedContext(ctx: ContentScriptContext, signal: AbortSignal): ContentScriptContext {
  const scoped = Object.create(ctx) as ContentScriptContext;
  Object.defineProperty(scoped, 'onInvalidated', {
    value: (callback: () => void) => {
      if (signal.aborted) {
        callback();
        return () => undefined;
      }
      signal.addEventListener('abort', callback, { once: true });
      return () => signal.removeEventListener('abort', callback);
    },
  });
  return scoped;
}
