import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Locale, RulePack } from '../../shared/index.js';
import { runChecks, type Badge, type CaseChecks } from '../checks/run-checks.js';
import { detectPage, extractCase, extractRows, pageScope } from '../extract/extract-case.js';
import type { PageProfile, SiteProfile } from '../site-profiles/schema.js';
import { BADGE_CSS, renderBadges } from './badge-view.js';

export type JournalEnvironment = {
  profiles: SiteProfile[];
  lang: Locale;
  today?: string;
  pack?: RulePack;
  /** Called with each checked case (one per page, or per row of a list). */
  onChecked?: (checks: CaseChecks[], page: PageProfile, profile: SiteProfile) => void;
};

export const BADGE_HOST = 'saksvakt-badge';

type Host = { ui: ShadowRootContentScriptUi<void>; key: string };

/**
 * The inline checks feature: reads the page through its site profile, runs the checks and shows
 * a badge beside each field they concern. Re-runs when the journal re-renders, when the user
 * types into a field, and stops (removing every badge) when `signal` aborts, e.g. on SPA navigation.
 * Errors are contained here: the journal page is never broken by us.
 */
export function initJournalChecks(ctx: ContentScriptContext, signal: AbortSignal, env: JournalEnvironment): { run: () => void } {
  const hosts = new Map<Element, Host>();
  let pending = false;
  let generation = 0;

  const run = () => {
    if (signal.aborted) return;
    pending = false;
    const current = ++generation;
    try {
      const wanted = new Map<Element, Badge[]>();
      for (const profile of env.profiles) {
        const page = detectPage(document, profile);
        if (!page) continue;
        const cases = page.kind === 'list' ? extractRows(document, page, profile).map((row) => row.extracted) : [extractCase(pageScope(document, page), page, profile)];
        const checked = cases.map((extracted) => {
          const checks = runChecks(extracted, page, profile, { lang: env.lang, ...(env.today ? { today: env.today } : {}), ...(env.pack ? { pack: env.pack } : {}) });
          for (const badge of checks.badges) {
            const anchor = extracted.fields[badge.anchor]?.element;
            if (!anchor) continue;
            wanted.set(anchor, [...(wanted.get(anchor) ?? []), badge]);
          }
          return checks;
        });
        env.onChecked?.(checked, page, profile);
        break;
      }
      void sync(wanted, current);
    } catch (error) {
      console.warn('[Saksvakt] checks could not run on this page:', error);
    }
  };

  const sync = async (wanted: Map<Element, Badge[]>, current: number) => {
    for (const [anchor, host] of hosts) {
      if (!wanted.has(anchor) || !anchor.isConnected) {
        host.ui.remove();
        hosts.delete(anchor);
      }
    }
    for (const [anchor, badges] of wanted) {
      const key = JSON.stringify(badges);
      const existing = hosts.get(anchor);
      if (existing) {
        if (existing.key !== key) {
          renderBadges(existing.ui.uiContainer, badges);
          existing.key = key;
        }
        continue;
      }
      const ui = await createShadowRootUi<void>(ctx, {
        name: BADGE_HOST,
        position: 'inline',
        anchor,
        append: 'after',
        mode: 'open',
        css: BADGE_CSS,
        onMount: (container) => renderBadges(container, badges),
      });
      // A newer run or a teardown may have happened while the UI was being prepared.
      if (signal.aborted || current !== generation || hosts.has(anchor) || !anchor.isConnected) continue;
      ui.mount();
      hosts.set(anchor, { ui, key });
    }
  };

  // Coalesce a burst of events into one run, in the same frame (a microtask, not the next
  // animation frame, so a typed value is checked before the browser paints).
  const schedule = () => {
    if (pending || signal.aborted) return;
    pending = true;
    queueMicrotask(run);
  };

  // Values typed into the journal update the checks in the next frame.
  document.addEventListener('input', schedule, { capture: true, signal });
  document.addEventListener('change', schedule, { capture: true, signal });
  // Late rendering and views replaced in place: re-check, ignoring our own badges' changes.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const observer = new MutationObserver((mutations) => {
    const ours = mutations.every((mutation) => [...mutation.addedNodes, ...mutation.removedNodes].every((node) => node instanceof Element && node.localName === BADGE_HOST));
    if (ours) return;
    clearTimeout(timer);
    timer = setTimeout(schedule, 80);
  });
  observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  signal.addEventListener('abort', () => {
    observer.disconnect();
    clearTimeout(timer);
    for (const host of hosts.values()) host.ui.remove();
    hosts.clear();
  });
  ctx.onInvalidated(() => observer.disconnect());
  run();
  return { run };
}
