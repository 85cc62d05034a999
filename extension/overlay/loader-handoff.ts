/**
 * What the journal loader tells the checks it has loaded. Both run in the extension's isolated
 * world of the same frame (a script injected by `scripting.executeScript` shares it with the
 * registered one in Chrome and Firefox), so a property of that world's global carries it; the page
 * cannot see it.
 */
export type LoaderHandoff = {
  /** The checks were asked for (they run once per frame, however often the loader asks). */
  requested?: boolean;
  /** The caseworker pressed the loader's button: open the panel as soon as the checks start. */
  openPanel?: boolean;
  /** Set by the checks when they start: a second injection into the frame does nothing. */
  checksStarted?: boolean;
};

const KEY = '__saksvaktJournal';

export function loaderHandoff(): LoaderHandoff {
  const global = globalThis as unknown as Record<string, LoaderHandoff | undefined>;
  return (global[KEY] ??= {});
}

/** Asks the background to inject the checks into this frame (see background/start-background.ts). */
export const LOAD_CHECKS_MESSAGE = 'saksvakt:load-checks';
/** The checks' content script, as built (entrypoints/journal-checks.content). */
export const CHECKS_SCRIPT_FILE = 'content-scripts/journal-checks.js';
