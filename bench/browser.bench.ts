// Component and storage timings in real Chromium, run by bench/run.mjs (bundled with esbuild).
import '../components/index.js';
// Every built-in pack up front, so first renders measure rendering, not a pack loading.
import '../shared/rule-packs/index.js';
import { clearCaseload, listCases, openCaseload, rememberCase, type CaseloadEntry } from '../extension/storage/caseload-db.js';

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

async function storage() {
  const db = await openCaseload('saksvakt-bench');
  await clearCaseload(db);
  const entries: CaseloadEntry[] = Array.from({ length: 10_000 }, (_, index) => ({
    key: index.toString(16).padStart(32, '0'),
    packId: 'dk-vejle-voksen',
    service: 'sel85',
    start: '2025-01-15',
    followUps: ['2025-04-22'],
    openedAt: new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString(),
    schemaVersion: 2,
  }));
  const writeStart = performance.now();
  for (const entry of entries) await rememberCase(db, entry);
  const writeMs = performance.now() - writeStart;
  const readStart = performance.now();
  const read = await listCases(db);
  const readMs = performance.now() - readStart;
  await clearCaseload(db);
  db.close();
  return { entries: read.length, write10kMs: writeMs, read10kMs: readMs };
}

(window as unknown as { runBrowserBench: () => Promise<unknown> }).runBrowserBench = async () => ({ components: await components(), storage: await storage() });
