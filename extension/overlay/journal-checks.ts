import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { Locale, RulePack } from '../../shared/index.js';
import { runChecks, type Badge, type CaseChecks } from '../checks/run-checks.js';
import { candidatePages, extractCase, extractRows, hasRequiredFields, listTotal, pageScope, type ExtractedCase } from '../extract/extract-case.js';
import { openShadowRoots, textOf } from '../extract/locate.js';
import type { PageProfile, SiteProfile } from '../site-profiles/schema.js';
import { BADGE_CSS, renderBadges } from './badge-view.js';

/** How much of a list was checked: the rows on the page, of how many the list says it has. */
export type ListCoverage = { checked: number; total?: number };

export type JournalEnvironment = {
  profiles: SiteProfile[];
  lang: Locale;
  today?: string;
  pack?: RulePack;
  /** Called with each checked case (one per page, or per row of a list) and what was read. */
  onChecked?: (checks: CaseChecks[], page: PageProfile, profile: SiteProfile, read: { cases: ExtractedCase[]; list?: ListCoverage }) => void;
  /** Called when no profile (the generic one included) recognises the page. */
  onNoPage?: () => void;
};

export const BADGE_HOST = 'saksvakt-badge';

/**
 * A mounted badge and what it was computed for: the case (its case number, else its row's text)
 * and the anchor's text. When either changes (a virtual list recycles the row), the badge goes at once.
 */
type Host = { ui: ShadowRootContentScriptUi<void>; key: string; caseKey: string; caseElement: Element; anchorText: string };
type Wanted = { badges: Badge[]; caseKey: string; caseElement: Element; anchorText: string };

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Cells and descriptions take the badge inside (a sibling would break a grid's columns). */
const CELL = 'td, th, dd, [role="gridcell"], [role="cell"]';

/**
 * The inline checks feature: reads the page through its site profile (or the generic one), runs
 * the checks and shows a badge beside each field they concern. Re-runs when the journal
 * re-renders (text-only changes and open shadow roots included), when the user types into a field,
 * and stops (removing every badge) when `signal` aborts, e.g. on SPA navigation.
 * Errors are contained here: the journal page is never broken by us.
 */
export function initJournalChecks(ctx: ContentScriptContext, signal: AbortSignal, env: JournalEnvironment): { run: () => void } {
  const hosts = new Map<Element, Host>();
  let pending = false;
  let generation = 0;

  const read = (): { page: PageProfile; profile: SiteProfile; entries: { row?: Element; extracted: ExtractedCase }[] } | undefined => {
    for (const profile of env.profiles) {
      for (const page of candidatePages(document, profile)) {
        const entries = page.kind === 'list' ? extractRows(document, page, profile) : [{ extracted: extractCase(pageScope(document, page), page, profile) }];
        if (entries.length === 0 && page.requires) continue;
        if (page.requires && !entries.some(({ extracted }) => hasRequiredFields(extracted, page))) continue;
        return { page, profile, entries: page.requires ? entries.filter(({ extracted }) => hasRequiredFields(extracted, page)) : entries };
      }
    }
    return undefined;
  };

  const run = () => {
    if (signal.aborted) return;
    pending = false;
    const current = ++generation;
    try {
      const wanted = new Map<Element, Wanted>();
      const found = read();
      if (!found) env.onNoPage?.();
      else {
        const { page, profile, entries } = found;
        const checked = entries.map(({ row, extracted }) => {
          const checks = runChecks(extracted, page, profile, { lang: env.lang, ...(env.today ? { today: env.today } : {}), ...(env.pack ? { pack: env.pack } : {}) });
          const caseElement = extracted.fields.caseNumber?.element ?? row ?? document.body;
          const caseKey = squeeze(extracted.fields.caseNumber ? textOf(caseElement) : row ? textOf(row) : '');
          for (const badge of checks.badges) {
            const anchor = extracted.fields[badge.anchor]?.element;
            if (!anchor) continue;
            const entry = wanted.get(anchor) ?? { badges: [], caseKey, caseElement, anchorText: squeeze(textOf(anchor)) };
            entry.badges.push(badge);
            wanted.set(anchor, entry);
          }
          return checks;
        });
        const list = page.kind === 'list' ? { checked: entries.length, ...totalOf(entries[0]?.row) } : undefined;
        env.onChecked?.(checked, page, profile, { cases: entries.map((entry) => entry.extracted), ...(list ? { list } : {}) });
      }
      observeShadowRoots();
      void sync(wanted, current);
    } catch (error) {
      console.warn('[Saksvakt] checks could not run on this page:', error);
    }
  };

  const totalOf = (row: Element | undefined) => {
    const total = listTotal(row);
    return total === undefined ? {} : { total };
  };

  const removeHost = (anchor: Element, host: Host) => {
    host.ui.remove();
    hosts.delete(anchor);
  };

  /** A badge whose case or value is no longer what its row shows is removed now, before the page paints. */
  const dropStale = () => {
    for (const [anchor, host] of hosts) {
      if (!anchor.isConnected || !host.ui.shadowHost.isConnected) removeHost(anchor, host);
      else if (squeeze(host.caseElement === document.body ? '' : textOf(host.caseElement)) !== host.caseKey || squeeze(textOf(anchor)) !== host.anchorText) removeHost(anchor, host);
    }
  };

  const sync = async (wanted: Map<Element, Wanted>, current: number) => {
    for (const [anchor, host] of hosts) {
      if (!wanted.has(anchor) || !anchor.isConnected || !host.ui.shadowHost.isConnected || wanted.get(anchor)!.caseKey !== host.caseKey) removeHost(anchor, host);
    }
    for (const [anchor, entry] of wanted) {
      const key = JSON.stringify(entry.badges);
      const existing = hosts.get(anchor);
      if (existing) {
        if (existing.key !== key) {
          renderBadges(existing.ui.uiContainer, entry.badges);
          existing.key = key;
          existing.anchorText = entry.anchorText;
        }
        continue;
      }
      const inCell = anchor.matches(CELL);
      const ui = await createShadowRootUi<void>(ctx, {
        name: BADGE_HOST,
        position: 'inline',
        anchor,
        append: inCell ? 'last' : 'after',
        mode: 'open',
        css: BADGE_CSS,
        onMount: (container, _shadow, host) => {
          host.dataset.case = entry.caseKey;
          if (inCell) host.dataset.placement = 'cell';
          renderBadges(container, entry.badges);
        },
      });
      // A newer run or a teardown may have happened while the UI was being prepared, or the row
      // may show another case by now.
      if (signal.aborted || current !== generation || hosts.has(anchor) || !anchor.isConnected) continue;
      if (squeeze(entry.caseElement === document.body ? '' : textOf(entry.caseElement)) !== entry.caseKey || squeeze(textOf(anchor)) !== entry.anchorText) continue;
      ui.mount();
      hosts.set(anchor, { ui, key, caseKey: entry.caseKey, caseElement: entry.caseElement, anchorText: entry.anchorText });
    }
  };

  // Coalesce a burst of events into one run, in the same frame (a microtask, not the next
  // animation frame, so a typed value is checked before the browser paints).
  const schedule = () => {
    if (pending || signal.aborted) return;
    pending = true;
    queueMicrotask(run);
  };

  // Values typed into the journal update the checks in the next frame (input events are composed:
  // those from inside shadow roots reach the document too).
  document.addEventListener('input', schedule, { capture: true, signal });
  document.addEventListener('change', schedule, { capture: true, signal });
  // Late rendering, views replaced in place and rows recycled with new text: re-check, ignoring
  // only the insertion and removal of our own badges.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const isOurs = (node: Node) => node instanceof Element && node.localName === BADGE_HOST;
  const observer = new MutationObserver((mutations) => {
    const ours = mutations.every((mutation) => mutation.type === 'childList' && mutation.addedNodes.length + mutation.removedNodes.length > 0 && [...mutation.addedNodes, ...mutation.removedNodes].every(isOurs));
    if (ours) return;
    dropStale();
    clearTimeout(timer);
    timer = setTimeout(schedule, 80);
  });
  const options: MutationObserverInit = { childList: true, subtree: true, characterData: true };
  observer.observe(document.body ?? document.documentElement, options);
  const observedRoots = new WeakSet<ShadowRoot>();
  const observeShadowRoots = () => {
    for (const root of openShadowRoots(document)) {
      if (observedRoots.has(root)) continue;
      observedRoots.add(root);
      observer.observe(root, options);
    }
  };
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
