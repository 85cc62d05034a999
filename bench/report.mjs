// Writes a bench report: bench/report.json, bench/report.md and the table in the README.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

export function markdown(report) {
  const { engines, browser, sizes: size, overlay } = report;
  const ok = (met) => (met ? 'met' : '**missed**');
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const rows = [
    ['checkCaseload, 10 000 cases', `${engines.checkCaseload10k.medianMs.toFixed(1)} ms`, '≤ 50 ms', ok(engines.checkCaseload10k.met), `${engines.checkCaseload10k.speedupVsNaive.toFixed(0)}× faster than re-validating the pack per case`],
    ['computeFunding, per call', `${engines.computeFundingPerCall.medianUs.toFixed(1)} µs`, '–', '–', `${engines.computeFundingPerCall.speedupVsNaive.toFixed(0)}× faster than re-validating the pack per call`],
    ['selectTier, per call', `${engines.selectTierPerCall.medianUs.toFixed(1)} µs`, '–', '–', ''],
    ['<funding-calculator> first render', `${browser.components.fundingCalculator.medianMs.toFixed(1)} ms`, '–', '–', ''],
    ['<cadence-checker> first render', `${browser.components.cadenceChecker.medianMs.toFixed(1)} ms`, '–', '–', ''],
    ['<tier-selector> first render', `${browser.components.tierSelector.medianMs.toFixed(1)} ms`, '–', '–', ''],
    ['<cadence-checker>, 500 rows', `${browser.components.cadenceChecker500Rows.medianMs.toFixed(1)} ms`, '–', '–', ''],
    ['idb: write 10 000 cases', `${browser.storage.write10kMs.toFixed(0)} ms`, '–', '–', 'one transaction per case, as the extension writes them'],
    ['idb: read 10 000 cases', `${browser.storage.read10kMs.toFixed(0)} ms`, '–', '–', ''],
    ...Object.values(size.package).map((entry) => [entry.label, kb(entry.gzipBytes), `≤ ${entry.targetBytes / 1024} KB`, ok(entry.met), entry.note]),
    ['Script-tag bundle saksvakt.js, first load (gzip)', kb(size.scriptTagGzipBytes), '–', '–', 'Lit included; packs, the validator and the exports load from cdn/ when first used'],
    ['Content script (gzip)', `${(size.contentScriptGzipBytes / 1024).toFixed(1)} KB`, '–', '–', ''],
    ['Journal load to idle, with / without extension', `${overlay.loadToIdleRatio.toFixed(3)}`, '≤ 1,05', ok(overlay.loadToIdleMet), `${overlay.loadToIdleMsWith.toFixed(0)} / ${overlay.loadToIdleMsWithout.toFixed(0)} ms`],
    ['Long tasks > 50 ms added by the extension', `${overlay.longTasksOver50msAdded}`, '0', ok(overlay.longTasksMet), ''],
    ['Field change → updated inline check', `${overlay.fieldChangeToCheckMs.toFixed(1)} ms`, '≤ 16 ms', ok(overlay.fieldChangeMet), ''],
  ];
  return [
    `Measured ${report.date}${size.measured && size.measured !== report.date ? ` (sizes ${size.measured})` : ''} on ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, ${report.machine.browser}.`,
    '',
    '| measure | result | target | | note |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
  ].join('\n');
}

/** Where each package scenario's first-load bytes go, by source: the part a size cut has to come from. */
export function sizeComposition(report) {
  const scenarios = Object.values(report.sizes?.package ?? {}).filter((entry) => entry.bytesByPart);
  if (scenarios.length === 0) return '';
  const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
  const parts = Object.keys(scenarios[0].bytesByPart);
  const total = (entry) => Object.values(entry.bytesByPart).reduce((sum, bytes) => sum + bytes, 0);
  return [
    '## Where the package\'s first-load bytes go',
    '',
    'Each scenario\'s app built with Vite from the package\'s sources instead of its built files, the chunks it loads up front (no pack, nothing loaded on demand), each module\'s bytes after tree-shaking and before minifying added up by the source they come from. Not gzipped: gzip compresses across parts, so its bytes cannot be split by source; the shares show where a cut has to come from.',
    '',
    `| part | ${scenarios.map((entry) => entry.label.replace(/^Package: | \(gzip, first load\)$/g, '')).join(' | ')} |`,
    `| --- |${scenarios.map(() => ' --- |').join('')}`,
    ...parts.map((part) => `| ${part} | ${scenarios.map((entry) => `${kb(entry.bytesByPart[part])} (${Math.round((100 * entry.bytesByPart[part]) / total(entry))} %)`).join(' | ')} |`),
    `| total, before minifying | ${scenarios.map((entry) => kb(total(entry))).join(' | ')} |`,
    `| first load as measured above, gzip (pack included) | ${scenarios.map((entry) => `${kb(entry.gzipBytes)} of ≤ ${entry.targetBytes / 1024} KB`).join(' | ')} |`,
    `| first load from the sources, gzip, no pack: messages in four languages | ${scenarios.map((entry) => kb(entry.gzipWithoutPack)).join(' | ')} |`,
    `| the same with one language's messages (measured: nn, nb, da dropped, en kept) | ${scenarios.map((entry) => kb(entry.gzipWithoutPackOneLanguage)).join(' | ')} |`,
    '',
    'Why the targets are still missed. The messages of all four languages ship in every entry, because each engine and element imports its catalogue (`shared/i18n/messages/*`, `components/*/*.messages.ts`) statically and `createTranslator` (`shared/i18n/translate.ts`) looks a locale up synchronously. Loading one language\'s catalogue at a time (one module per language, imported when an element\'s or a call\'s language is known, the element rendering once it is there; the eager `shared/index.ts` keeping all four for the demo, the extension and the tests) would remove about three quarters of that part; the last two rows measure what that saves in gzip bytes, and show that it alone does not reach any target (the elements\' first load also adds the pack the page names). Even so the engines (formula code for each funding scheme, tier selection, cadence rules, date arithmetic) and, for the elements, Lit and the elements\' own templates and styles remain. Meeting 30 / 18 / 12 KB takes the per-language split first, then splitting rarely used paths of the elements (export, pack errors) and of the engines (funding schemes other than the pack\'s) behind dynamic imports.',
  ].join('\n');
}

export function writeReport(report) {
  writeFileSync(join(ROOT, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const table = markdown(report);
  const composition = sizeComposition(report);
  writeFileSync(join(ROOT, 'bench/report.md'), `# Benchmark report\n\n${table}\n${composition ? `\n${composition}\n` : ''}`);
  const readmePath = join(ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (readme.includes(start) && readme.includes(end)) {
    writeFileSync(readmePath, `${readme.slice(0, readme.indexOf(start) + start.length)}\n${table}\n${readme.slice(readme.indexOf(end))}`);
  }
  console.log(table);
}
