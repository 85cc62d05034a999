import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { browser as browserApi } from 'wxt/browser';
import { readSettingsInForce, SETTINGS_IN_FORCE_KEY } from '../storage/settings-in-force.js';
import { LOAD_CHECKS_MESSAGE, loaderHandoff } from './loader-handoff.js';
import { collectPageFacts, labelWords, mightBeOurs, quickPageFacts, type PageFacts } from './might-be-ours.js';
import { profilesFor } from './profiles-for.js';

type Browser = typeof browserApi;

/** Waits this long after the last element the page added before looking again (late-rendered views). */
const SETTLE_MS = 250;
/** A page that keeps adding elements is looked at again at least this often. */
const SETTLE_MAX_MS = 2000;

type IdleDeadline = { timeRemaining(): number };
const idle = (callback: (deadline: IdleDeadline) => void) =>
  typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout: 1000 }) : setTimeout(() => callback({ timeRemaining: () => 8 }), 1);

/**
 * The journal loader: the only script on every page of a granted origin. It decides, in idle time
 * and from the page's labels and headers, whether any profile could read a case here; only then
 * does it have the background inject the checks (the readers, the engines, the packs, Lit).
 * Elsewhere it shows the panel button alone, which loads the checks when pressed (the panel then
 * says whether a profile recognises the page, and lets the caseworker point at its fields). It
 * looks again when the page adds elements (a late view), on single-page navigation and when the
 * settings change; text the page changes (a clock, a status line) costs nothing.
 */
export async function startJournalLoader(ctx: ContentScriptContext, browser: Browser): Promise<void> {
  const handoff = loaderHandoff();
  let stopped = false;
  let looking = false;
  let again = false;
  let button: HTMLElement | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let waitingSince = 0;

  const stop = () => {
    stopped = true;
    observer.disconnect();
    clearTimeout(timer);
    browser.storage.onChanged.removeListener(onSettingsChanged);
  };

  const loadChecks = async (openPanel: boolean) => {
    if (handoff.requested) return;
    handoff.requested = true;
    handoff.openPanel = openPanel;
    stop();
    try {
      const answer = (await browser.runtime.sendMessage({ type: LOAD_CHECKS_MESSAGE })) as { ok?: boolean; error?: string } | undefined;
      if (!answer?.ok) throw new Error(answer?.error ?? 'no answer');
      button?.remove();
    } catch (error) {
      // The background may be restarting: the next change to the page (or a press) asks again.
      console.warn('[Saksvakt] the checks could not be loaded:', error);
      handoff.requested = false;
      stopped = false;
      observe();
      browser.storage.onChanged.addListener(onSettingsChanged);
    }
  };

  const look = async () => {
    if (stopped || ctx.isInvalid) return;
    if (looking) {
      again = true;
      return;
    }
    looking = true;
    try {
      const settings = await readSettingsInForce(browser);
      const profiles = profilesFor(location.href, settings.profiles);
      if (profiles.length === 0 || stopped) return;
      const words = labelWords(profiles);
      // A site profile that knows the page by a selector decides at once, without the walk.
      if (mightBeOurs(quickPageFacts(document, words), profiles)) return void loadChecks(false);
      const facts = await inIdleSlices(collectPageFacts(document, words));
      if (stopped) return;
      // Web-component journals render their views inside open shadow roots: watch those too.
      for (const root of facts.roots) observeRoot(root);
      if (mightBeOurs(facts, profiles)) void loadChecks(false);
      else showButton();
    } catch (error) {
      console.warn('[Saksvakt] could not look at this page:', error);
    } finally {
      looking = false;
      if (again && !stopped) {
        again = false;
        void look();
      }
    }
  };

  /** Walks the page in slices of idle time, so the journal's own work always comes first. */
  const inIdleSlices = (walk: Generator<void, PageFacts>) =>
    new Promise<PageFacts>((resolve) => {
      const slice = (deadline: IdleDeadline) => {
        do {
          const step = walk.next();
          if (step.done) return resolve(step.value);
        } while (deadline.timeRemaining() > 1);
        idle(slice);
      };
      idle(slice);
    });

  /**
   * The panel button on a page no profile is expected to read, in the top frame only (a frame
   * shell shows its case in a frame, where this runs too). Plain DOM: Lit loads with the checks.
   */
  const showButton = () => {
    if (button?.isConnected || window !== window.top || !document.body || document.body.localName === 'frameset') return;
    if (document.querySelector('frame, iframe:not([src^="chrome-extension:"]):not([src^="moz-extension:"])')) return;
    button = document.createElement('saksvakt-panel-button');
    const shadow = button.attachShadow({ mode: 'open' });
    const style = document.createElement('style');
    style.textContent = BUTTON_CSS;
    const press = document.createElement('button');
    press.type = 'button';
    press.setAttribute('aria-haspopup', 'dialog');
    press.textContent = 'Saksvakt';
    press.addEventListener('click', () => void loadChecks(true));
    shadow.append(style, press);
    document.body.append(button);
  };

  // Elements the journal adds (a view rendered late, or replaced in place) are looked at again,
  // once the page has settled; our own button and text-only changes are not.
  const observer = new MutationObserver((mutations) => {
    const added = mutations.some((mutation) => [...mutation.addedNodes].some((node) => node.nodeType === 1 && !(node as Element).localName.startsWith('saksvakt-')));
    if (!added) return;
    clearTimeout(timer);
    const now = Date.now();
    if (!waitingSince) waitingSince = now;
    timer = setTimeout(
      () => {
        waitingSince = 0;
        void look();
      },
      now - waitingSince >= SETTLE_MAX_MS ? 0 : SETTLE_MS,
    );
  });
  let observedRoots = new WeakSet<Node>();
  const observeRoot = (root: Document | ShadowRoot) => {
    const target = root === document ? (document.body ?? document.documentElement) : root;
    if (observedRoots.has(target)) return;
    observedRoots.add(target);
    observer.observe(target, { childList: true, subtree: true });
  };
  const observe = () => {
    observedRoots = new WeakSet();
    observeRoot(document);
  };

  const onSettingsChanged = (changes: Record<string, unknown>, area: string) => {
    if (area === 'local' && SETTINGS_IN_FORCE_KEY in changes) void look();
  };
  browser.storage.onChanged.addListener(onSettingsChanged);
  ctx.addEventListener(window, 'wxt:locationchange', () => void look());
  ctx.onInvalidated(() => {
    stop();
    button?.remove();
  });
  observe();
  // The journal's own loading comes first: nothing is looked at before its load event.
  if (document.readyState !== 'complete') await new Promise((done) => window.addEventListener('load', done, { once: true }));
  await look();
}

/** As the checks' own panel button (overlay/case-panel.ts), which replaces this one when they load. */
const BUTTON_CSS = `
  :host { all: initial; position: fixed; right: 16px; bottom: 16px; z-index: 2147483646; }
  button { font: 600 13px system-ui, sans-serif; padding: 8px 12px; border-radius: 999px; border: 2px solid #fff; background: #0b3c5d; color: #fff; cursor: pointer; box-shadow: 0 2px 6px #0005; }
  button:focus-visible { outline: 3px solid #1a73e8; outline-offset: 2px; }
`;
