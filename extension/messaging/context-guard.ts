import type { ContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT stops an older copy of a content script when a newer one announces itself with a document
 * event named after the extension's id. A page can dispatch that event too (a published
 * extension's id is public), which would strip our panel button and stop our observers. A copy
 * that really is old has lost its extension (`runtime.id` is gone after an update or reload), so
 * only then is the announcement obeyed.
 */
export function ignoreForgedInvalidation(ctx: ContentScriptContext, runtime: { id?: string }): void {
  const invalidate = ctx.notifyInvalidated.bind(ctx);
  ctx.notifyInvalidated = () => {
    if (!runtime.id) invalidate();
  };
}
