// Component and storage timings in real Chromium, run by bench/run.mjs (bundled with esbuild).
import '../components/index.js';
// Every built-in pack up front, so first renders measure rendering, not a pack loading.
import '../shared/rule-packs/index.js';
import { clearCaseload, listCases, openCaseload, purgeExpired, rememberCase, rememberCases, type CaseloadEntry } from '../extension/storage/caseload-db.js';

type Timed = { medianMs: number; runs: number };

async function time(run: () => Promise<void>, repeat: number): Promise<Timed> {
  const samples: number[] = [];
  for (let index = 0; index < repeat; index += 1) {
    const start = performance.now();
    await run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, runs: repeat };
}

async function firstRender(tag: string, attributes: Record<string, string>, properties: Record<string, unknown> = {}): Promise<void> {
  const element = document.createElement(tag) as HTMLElement & { updateComplete: Promise<unknown> };
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  Object.assign(element, properties);
  document.body.append(element);
  await element.updateComplete;
  element.remove();
}

const many = Array.from({ length: 500 }, (_, index) => ({ id: `k${index}`, service: 'sel85', start: `2024-0${(index % 9) + 1}-15`, followUps: [`2025-0${(index % 9) + 1}-01`] }));

async function components() {
  return {
    fundingCalculator: await time(() => firstRender('funding-calculator', { pack: 'no-alver-vekstbedrift', date: '2023-03-01' }), 15),
    cadenceChecker: await time(() => firstRender('cadence-checker', { pack: 'dk-vejle-voksen', service: 'sel85', start: '2025-01-15', 'follow-ups': '2025-04-22', today: '2025-11-22' }), 15),
    tierSelector: await time(() => firstRender('tier-selector', { pack: 'dk-vejle-voksen', 'weekly-need-hours': '2,5' }), 15),
    cadenceChecker500Rows: await time(() => firstRender('cadence-checker', { pack: 'dk-vejle-voksen', mode: 'caseload', today: '2025-11-22' }, { cases: many }), 5),
  };
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

function caseloadEntries(count: number, from: number): CaseloadEntry[] {
  return Array.from({ length: count }, (_, index) => ({
    key: index.toString(16).padStart(32, '0'),
    packId: 'dk-vejle-voksen',
    service: 'sel85',
    start: '2025-01-15',
    followUps: ['2025-04-22'],
    openedAt: new Date(from + index * 60_000).toISOString(),
    schemaVersion: 2,
  }));
}

/**
 * Writes and reads N cases, then prunes N expired cases from a store holding 2 N (medians over
 * `repeat` rounds, each on an emptied store): the kept half makes the pruning find its cases by
 * the expiry index rather than empty the store.
 */
async function storageAt(count: number, repeat: number) {
  const db = await openCaseload('saksvakt-bench');
  const write: number[] = [];
  const read: number[] = [];
  const prune: number[] = [];
  let entries = 0;
  let pruned = 0;
  for (let round = 0; round < repeat; round += 1) {
    await clearCaseload(db);
    const batch = caseloadEntries(count, Date.UTC(2025, 0, 1));
    let start = performance.now();
    await rememberCases(db, batch);
    write.push(performance.now() - start);
    start = performance.now();
    entries = (await listCases(db)).length;
    read.push(performance.now() - start);
    // The second half was opened from 2026-04-01 on, within the 180 days before 2026-07-01.
    await rememberCases(db, caseloadEntries(count, Date.UTC(2026, 3, 1)).map((entry) => ({ ...entry, key: `f${entry.key.slice(1)}` })));
    start = performance.now();
    pruned = await purgeExpired(db, 180, new Date(Date.UTC(2026, 6, 1)));
    prune.push(performance.now() - start);
  }
  db.close();
  return { cases: count, entries, pruned, writeMs: median(write), readMs: median(read), pruneMs: median(prune), runs: repeat };
}

/**
 * The everyday write: one case opened (or re-opened) into a caseload of `count`, one transaction
 * each, median of `repeat`. It reads every day's key list and rewrites the case's day (and the day
 * a re-opened case leaves), so it is the figure the day layout could make worse.
 */
async function singleWrites(count: number, repeat: number) {
  const db = await openCaseload('saksvakt-bench');
  await clearCaseload(db);
  const stored = caseloadEntries(count, Date.UTC(2025, 0, 1));
  await rememberCases(db, stored);
  const fresh: number[] = [];
  const reopened: number[] = [];
  for (let index = 0; index < repeat; index += 1) {
    const openedAt = new Date(Date.UTC(2025, 2, 1) + index * 60_000).toISOString();
    let start = performance.now();
    await rememberCase(db, { ...stored[0]!, key: `new${index}`, openedAt });
    fresh.push(performance.now() - start);
    start = performance.now();
    await rememberCase(db, { ...stored[index * 97]!, openedAt });
    reopened.push(performance.now() - start);
  }
  const held = (await listCases(db)).length;
  await clearCaseload(db);
  db.close();
  return { cases: count, newCaseMs: median(fresh), reopenedCaseMs: median(reopened), held, runs: repeat };
}

async function storage() {
  const scaling = [await storageAt(1_000, 5), await storageAt(10_000, 5), await storageAt(100_000, 3)];
  const tenThousand = scaling[1]!;
  return {
    write10kMs: tenThousand.writeMs,
    read10kMs: tenThousand.readMs,
    prune10kMs: tenThousand.pruneMs,
    scaling,
    singleWriteInto10k: await singleWrites(10_000, 21),
  };
}

const bench = window as unknown as { runBrowserBench: () => Promise<unknown>; runStorageBench: () => Promise<unknown> };
bench.runBrowserBench = async () => ({ components: await components(), storage: await storage() });
bench.runStorageBench = storage;
