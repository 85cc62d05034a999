import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { formatDate, formatNumber, type Locale, type RulePack } from '../../shared/index.js';
import { runChecks, type Badge, type CaseChecks } from '../checks/run-checks.js';
import { candidatePages, dataRows, extractCase, extractRows, hasRequiredFields, listHasCheckableColumn, listTotal, pageScope, readField, type ExtractedCase } from '../extract/extract-case.js';
import { openShadowRoots, textOf } from '../extract/locate.js';
import type { FieldName, PageProfile, SiteProfile } from '../site-profiles/schema.js';
import { BADGE_CSS, renderBadges } from './badge-view.js';
import { scopedContext } from './scoped-context.js';

/** How much of a list was checked: the rows on the page, of how many the list says it has. */
/** `capped`: the list is longer than the checks read (MAX_LIST_ROWS), not merely scrolled out of view. */
export type ListCoverage = { checked: number; total?: number; capped?: true };

export type JournalEnvironment = {
  profiles: SiteProfile[];
  lang: Locale;
  today?: string;
  pack?: RulePack;
  /** Called with each checked case (one per page, or per row of a list) and what was read. */
  onChecked?: (checks: CaseChecks[], page: PageProfile, profile: SiteProfile, read: { cases: ExtractedCase[]; list?: ListCoverage }) => void;
  /** Called when no profile (the generic one included) recognises the page. */
  onNoPage?: () => void;
  /** Read the page first in idle time rather than at once (the content script; tests read at once). */
  firstRunWhenIdle?: boolean;
};

export const BADGE_HOST = 'saksvakt-badge';

/**
 * A mounted badge and what it was computed for: the case (its case number, else its row's text)
 * and the anchor's text. When either changes (a virtual list recycles the row), the badge goes at once.
 */
type Host = { ui: ShadowRootContentScriptUi<void>; key: string; caseKey: string; caseElement: Element; anchorText: string; entry: number };
type Wanted = { badges: Badge[]; caseKey: string; caseElement: Element; anchorText: string; entry: number };
/** What the last reading found: the page kind, its cases (and on a list, how many rows it has), and their checks. */
type Reading = { page: PageProfile; profile: SiteProfile; entries: { row?: Element; extracted: ExtractedCase }[]; listRows?: number; checked: CaseChecks[] };

/**
 * A list is read up to this many rows; the panel says how many of how many were checked. Reading,
 * checking and badging a row costs about a millisecond on a municipal laptop, all on the journal's
 * main thread: a list of 20 000 rows would freeze the journal for many seconds.
 */
export const MAX_LIST_ROWS = 500;
/**
 * Mounting a list's badges yields to the page after this long, so it is no long task. By time, not
 * by count: every slice costs the journal one layout of the table the badges go into, which on a
 * table of 20 000 rows takes longer than the badges themselves.
 */
const BADGE_SLICE_MS = 40;

const squeeze = (text: string) => text.replace(/\s+/g, ' ').trim();
/** Cells and descriptions take the badge inside (a sibling would break a grid's columns). */
const CELL = 'td, th, dd, [role="gridcell"], [role="cell"]';

/**
 * What the page shows, read through the first profile and page kind that recognise it: a case, or
 * a list's cases. Cheap refusals first: a list is probed on its first row for a column to check,
 * and a case page reads its required fields (the service) before any other.
 */
export function readPage(document: Document, profiles: readonly SiteProfile[]): Omit<Reading, 'checked'> | undefined {
  for (const profile of profiles) {
    for (const page of candidatePages(document, profile)) {
      if (page.kind === 'list') {
        const rows = dataRows(document, page);
        if (rows.length === 0 && page.requires) continue;
        // Checked on the first row before every row is read: a list with nothing to check costs one row.
        if (rows[0] && !listHasCheckableColumn(rows[0], page)) continue;
        const entries = extractRows(document, page, profile, rows.length > MAX_LIST_ROWS ? rows.slice(0, MAX_LIST_ROWS) : rows);
        if (page.requires && !entries.some(({ extracted }) => hasRequiredFields(extracted, page))) continue;
        return { page, profile, entries: page.requires ? entries.filter(({ extracted }) => hasRequiredFields(extracted, page)) : entries, listRows: rows.length };
      }
      const scope = pageScope(document, page);
      // The required fields first: a page that names no service is left after reading one field.
      if (page.requires) {
        const required = Object.fromEntries(page.requires.flatMap((name) => (page.fields[name] ? [[name, page.fields[name]]] : [])));
        if (!hasRequiredFields(extractCase(scope, { ...page, fields: required }, profile), page)) continue;
      }
      return { page, profile, entries: [{ extracted: extractCase(scope, page, profile) }] };
    }
  }
  return undefined;
}

/**
 * The inline checks feature: reads the page through its site profile (or the generic one), runs
 * the checks and shows a badge beside each field they concern. Re-runs when the journal
 * re-renders (elements added or removed, text changed in what was read, open shadow roots
 * included); a value typed into a field it read re-checks that case alone, in the same task.
 * Stops (removing every badge) when `signal` aborts, e.g. on SPA navigation.
 * Errors are contained here: the journal page is never broken by us.
 */
export function initJournalChecks(ctx: ContentScriptContext, signal: AbortSignal, env: JournalEnvironment): { run: () => void; passes: () => number } {
  // Badges made in this run are tied to this run's signal, not to the content script's lifetime:
  // a single-page journal restarts the checks a thousand times a day.
  const uiContext = scopedContext(ctx, signal);
  const hosts = new Map<Element, Host>();
  let pending = false;
  let generation = 0;
  let passes = 0;
  let reading: Reading | undefined;
  let rootsMayBeNew = true;
  /** Every element the last reading read (rows, values, case numbers), and which case's field each value is. */
  let readElements = new Set<Element>();
  let fieldAt = new Map<Element, { entry: number; name: FieldName }>();
  const checkOptions = { lang: env.lang, ...(env.today ? { today: env.today } : {}), ...(env.pack ? { pack: env.pack } : {}) };

  const wantedFor = (index: number, extracted: ExtractedCase, checks: CaseChecks, row: Element | undefined, wanted: Map<Element, Wanted>) => {
    const caseElement = extracted.fields.caseNumber?.element ?? row ?? document.body;
    const caseKey = squeeze(extracted.fields.caseNumber ? textOf(caseElement) : row ? textOf(row) : '');
    for (const badge of checks.badges) {
      const anchor = extracted.fields[badge.anchor]?.element;
      if (!anchor) continue;
      const entry = wanted.get(anchor) ?? { badges: [], caseKey, caseElement, anchorText: squeeze(textOf(anchor)), entry: index };
      entry.badges.push(badge);
      wanted.set(anchor, entry);
    }
  };

  const report = () => {
    if (!reading) return;
    const { page, profile, entries, listRows, checked } = reading;
    const list = page.kind === 'list' ? { checked: entries.length, ...totalOf(entries[0]?.row, listRows) } : undefined;
    env.onChecked?.(checked, page, profile, { cases: entries.map((entry) => entry.extracted), ...(list ? { list } : {}) });
  };

  const run = () => {
    if (signal.aborted) return;
    pending = false;
    passes += 1;
    const current = ++generation;
    try {
      const wanted = new Map<Element, Wanted>();
      const found = readPage(document, env.profiles);
      readElements = new Set();
      fieldAt = new Map();
      if (!found) {
        reading = undefined;
        env.onNoPage?.();
      } else {
        const checked = found.entries.map(({ row, extracted }, index) => {
          const checks = runChecks(extracted, found.page, found.profile, checkOptions);
          wantedFor(index, extracted, checks, row, wanted);
          if (row) readElements.add(row);
          for (const [name, field] of Object.entries(extracted.fields) as [FieldName, NonNullable<ExtractedCase['fields'][FieldName]>][]) {
            readElements.add(field.element);
            fieldAt.set(field.element, { entry: index, name });
          }
          return checks;
        });
        reading = { ...found, checked };
        report();
      }
      // New open shadow roots can only come with new elements: the walk for them (every element
      // of the page) is skipped otherwise.
      if (rootsMayBeNew) {
        rootsMayBeNew = false;
        observeShadowRoots();
      }
      void sync(wanted, current).catch(notRun);
    } catch (error) {
      console.warn('[Saksvakt] checks could not run on this page:', error);
    }
  };

  /**
   * A value typed into a field that was read: that field is read again and its case checked
   * again, and only that case's badges are updated (no page reading, no new shadow roots).
   */
  const recheckField = (element: Element, at: { entry: number; name: FieldName }) => {
    if (!reading || pending) return false;
    const { page, profile, entries, checked } = reading;
    const spec = page.fields[at.name];
    const entry = entries[at.entry];
    if (!spec || !entry) return false;
    const field = readField(element, textOf(element), spec.type, profile);
    const unreadable = entry.extracted.unreadable.filter((name) => name !== at.name);
    if (field.value === null) unreadable.push(at.name);
    entry.extracted = { ...entry.extracted, fields: { ...entry.extracted.fields, [at.name]: { ...field, value: field.value ?? undefined } }, unreadable };
    const checks = runChecks(entry.extracted, page, profile, checkOptions);
    checked[at.entry] = checks;
    const wanted = new Map<Element, Wanted>();
    wantedFor(at.entry, entry.extracted, checks, entry.row, wanted);
    void sync(wanted, generation, at.entry).catch(notRun);
    // The panel (and the caseload) follow in the next task: the badge beside the field comes first.
    clearTimeout(reportTimer);
    reportTimer = setTimeout(report, 0);
    return true;
  };

  /** The list's own count (a virtual grid's `aria-rowcount`), or its rows when more than were read. */
  const totalOf = (row: Element | undefined, rows = 0) => {
    const said = listTotal(row);
    const total = rows > MAX_LIST_ROWS ? Math.max(said ?? 0, rows) : said;
    if (total === undefined) return {};
    return rows > MAX_LIST_ROWS ? { total, capped: true as const } : { total };
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

  /** Brings the badges in line with `wanted`: of every case, or of one case (`onlyEntry`) after a typed value. */
  const sync = async (wanted: Map<Element, Wanted>, current: number, onlyEntry?: number) => {
    for (const [anchor, host] of hosts) {
      if (onlyEntry !== undefined && host.entry !== onlyEntry) continue;
      if (!wanted.has(anchor) || !anchor.isConnected || !host.ui.shadowHost.isConnected || wanted.get(anchor)!.caseKey !== host.caseKey) removeHost(anchor, host);
    }
    let sliceStart = performance.now();
    for (const [anchor, entry] of wanted) {
      const key = JSON.stringify(entry.badges);
      const existing = hosts.get(anchor);
      if (existing) {
        // The same shadow root, its content re-rendered (lit updates only the text that changed).
        if (existing.key !== key) {
          renderBadges(existing.ui.uiContainer, entry.badges);
          existing.key = key;
        }
        existing.anchorText = entry.anchorText;
        existing.entry = entry.entry;
        continue;
      }
      // A list's badges in slices: the journal gets its main thread back between them.
      if (performance.now() - sliceStart > BADGE_SLICE_MS) {
        await yieldToPage();
        sliceStart = performance.now();
      }
      if (signal.aborted || current !== generation) return;
      const inCell = anchor.matches(CELL);
      const ui = await createShadowRootUi<void>(uiContext, {
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
      hosts.set(anchor, { ui, key, caseKey: entry.caseKey, caseElement: entry.caseElement, anchorText: entry.anchorText, entry: entry.entry });
    }
  };

  // Coalesce a burst of events into one run, in the same frame (a microtask, not the next
  // animation frame, so a change is checked before the browser paints).
  const schedule = () => {
    if (pending || signal.aborted) return;
    pending = true;
    queueMicrotask(run);
  };

  /**
   * The field (of the last reading) an event's target is: the control itself, or an editable
   * element it is inside. Anything else (a value read as text beside its label) is read again
   * with the whole page.
   */
  const readFieldOf = (target: EventTarget | undefined): [Element, { entry: number; name: FieldName }] | undefined => {
    let node = target instanceof Element ? target : undefined;
    for (let depth = 0; node && depth < 4; depth += 1, node = node.parentElement ?? undefined) {
      const at = fieldAt.get(node);
      if (at) return node === target || (node as HTMLElement).isContentEditable ? [node, at] : undefined;
    }
    return undefined;
  };

  // Values typed into the journal are checked before the next frame (input events are composed:
  // those from inside shadow roots reach the document too).
  const onInput = (event: Event) => {
    if (signal.aborted) return;
    const hit = readFieldOf(event.composedPath()[0]);
    try {
      if (hit && recheckField(...hit)) {
        // The whole page is read again once typing pauses, in idle time: a script of the journal
        // may have changed more than the value (renamed a label, moved the control).
        clearTimeout(settleTimer);
        settleTimer = setTimeout(() => whenIdle(schedule), SETTLE_AFTER_TYPING_MS);
        return;
      }
    } catch (error) {
      console.warn('[Saksvakt] checks could not run on this page:', error);
    }
    schedule();
  };
  let settleTimer: ReturnType<typeof setTimeout> | undefined;
  let reportTimer: ReturnType<typeof setTimeout> | undefined;
  document.addEventListener('input', onInput, { capture: true, signal });
  document.addEventListener('change', onInput, { capture: true, signal });

  // Late rendering, views replaced in place and rows recycled with new text re-check the page.
  // Text that changes outside what was read (a clock, a status line) does not, nor do our own badges.
  let timer: ReturnType<typeof setTimeout> | undefined;
  let firstWaiting = 0;
  const observer = new MutationObserver((mutations) => {
    if (!mutations.some((mutation) => mutationMatters(mutation, readElements))) return;
    if (mutations.some((mutation) => [...mutation.addedNodes].some((node) => node.nodeType === 1 && !isOurs(node)))) rootsMayBeNew = true;
    dropStale();
    clearTimeout(timer);
    // Debounced, but a page that never stops changing is still re-checked twice a second.
    const now = Date.now();
    if (!firstWaiting) firstWaiting = now;
    const wait = now - firstWaiting >= RECHECK_MAX_WAIT_MS ? 0 : RECHECK_DEBOUNCE_MS;
    timer = setTimeout(() => {
      firstWaiting = 0;
      schedule();
    }, wait);
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
  signal.addEventListener(
    'abort',
    () => {
      observer.disconnect();
      clearTimeout(timer);
      clearTimeout(settleTimer);
      clearTimeout(reportTimer);
      for (const host of hosts.values()) host.ui.remove();
      hosts.clear();
      reading = undefined;
      readElements = new Set();
      fieldAt = new Map();
    },
    { once: true },
  );
  // The first reading in a task of its own, when the journal is idle: the script that was just
  // injected and the panel button do not add up to one long task with it.
  // The formatters' locale data and the walk for open shadow roots each take a task of their
  // own; the roots are watched before the first reading, so no change between the two is missed.
  if (env.firstRunWhenIdle) {
    pending = true;
    whenIdle(() => {
      warmFormatters(env.lang);
      whenIdle(() => {
        if (signal.aborted) return;
        rootsMayBeNew = false;
        observeShadowRoots();
        whenIdle(run);
      });
    });
  } else run();
  return { run, passes: () => passes };
}

const RECHECK_DEBOUNCE_MS = 80;
const RECHECK_MAX_WAIT_MS = 500;
const SETTLE_AFTER_TYPING_MS = 300;

/** Lets the page run (input, rendering) before we continue: `scheduler.yield` where there is one, else a task. */
const yieldToPage = (): Promise<void> => {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((done) => setTimeout(done, 0));
};

const notRun = (error: unknown) => console.warn('[Saksvakt] checks could not run on this page:', error);

const whenIdle = (callback: () => void) => (typeof requestIdleCallback === 'function' ? requestIdleCallback(callback, { timeout: 1000 }) : setTimeout(callback, 0));

/** The number and date formatters badges use: the first of a locale loads its data (milliseconds). */
function warmFormatters(lang: Locale): void {
  formatNumber(1.5, lang);
  formatDate('2024-01-31', lang);
}

const isOurs = (node: Node) => node.nodeType === 1 && (node as Element).localName.startsWith('saksvakt-');

/** True when `node` is, or is inside, one of `elements` (across open shadow roots). */
function within(node: Node | null, elements: ReadonlySet<Element>): boolean {
  if (elements.size === 0) return false;
  for (let current: Node | null = node; current; current = current.parentNode ?? (current as ShadowRoot).host ?? null) {
    if (elements.has(current as Element)) return true;
  }
  return false;
}

/**
 * Whether a change to the page can change what the checks read: elements of the journal added
 * or removed (a view rendered or replaced), or text changed inside an element that was read
 * (a recycled row, a value filled in late). Our own badges coming and going, and text changing
 * elsewhere (a clock, a status line), do not.
 */
export function mutationMatters(mutation: MutationRecord, readElements: ReadonlySet<Element>): boolean {
  if (mutation.type === 'childList') {
    for (const nodes of [mutation.addedNodes, mutation.removedNodes]) {
      for (const node of nodes) if (node.nodeType === 1 && !isOurs(node)) return true;
    }
    if (mutation.addedNodes.length + mutation.removedNodes.length === 0) return false;
    const onlyOurs = [...mutation.addedNodes, ...mutation.removedNodes].every(isOurs);
    return !onlyOurs && within(mutation.target, readElements);
  }
  if (mutation.type === 'characterData') return within(mutation.target.parentNode, readElements);
  return false;
}
