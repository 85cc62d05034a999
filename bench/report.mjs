// Writes a bench report: bench/report.json, bench/report.md and the table in the README.
import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '..');

const fixed = (value, digits = 1) => value.toFixed(digits);
const ok = (met) => (met ? 'met' : '**missed**');

export function markdown(report) {
  const { engines, browser, sizes: size, overlay } = report;
  const caseload = engines.checkCaseload10k;
  const storage = browser.storage;
  const rows = [
    ['checkCaseload, 10 000 cases (median)', `${fixed(caseload.medianMs)} ms`, '≤ 10 ms', ok(caseload.met), `${caseload.fastestMs !== undefined ? `${caseload.runs} runs from ${fixed(caseload.fastestMs)} to ${fixed(caseload.slowestMs)} ms (a run in which a minor garbage collection falls takes several ms more); ` : ''}${caseload.speedupVsNaive.toFixed(0)}× faster than re-validating the pack per case; on this machine the floor loop alone (parsing each case's dates, nothing else) takes ${fixed(caseload.floorMedianMs)} ms${caseload.characterFloorMedianMs !== undefined ? `, the same written for speed (character codes) ${fixed(caseload.characterFloorMedianMs)} ms` : ''}`],
    ['checkCaseload ÷ floor loop (parse the dates only)', `${fixed(caseload.ratioToFloor)}×`, '≤ 3×', ok(caseload.ratioMet), `floor ${fixed(caseload.floorMedianMs)} ms (regular expression and Date.UTC per date); ratio is the median of per-run ratios${caseload.characterFloorMedianMs !== undefined ? `; to the character-code floor ${fixed(caseload.medianMs / caseload.characterFloorMedianMs)}×` : ''}`],
    ['computeFunding, per call', `${fixed(engines.computeFundingPerCall.medianUs)} µs`, '–', '–', `${engines.computeFundingPerCall.speedupVsNaive.toFixed(0)}× faster than re-validating the pack per call`],
    ['selectTier, per call', `${fixed(engines.selectTierPerCall.medianUs)} µs`, '–', '–', ''],
    ['<funding-calculator> first render', `${fixed(browser.components.fundingCalculator.medianMs)} ms`, '–', '–', ''],
    ['<cadence-checker> first render', `${fixed(browser.components.cadenceChecker.medianMs)} ms`, '–', '–', ''],
    ['<tier-selector> first render', `${fixed(browser.components.tierSelector.medianMs)} ms`, '–', '–', ''],
    ['<cadence-checker>, 500 rows', `${fixed(browser.components.cadenceChecker500Rows.medianMs)} ms`, '–', '–', 'over 100 rows only the rows in view are in the DOM'],
    ...caseloadViewRows(browser.caseloadView),
    ['Local caseload: write 10 000 cases', `${storage.write10kMs.toFixed(0)} ms`, '≤ 300 ms', ok(storage.write10kMs <= 300), 'one transaction; one record per day the cases were opened'],
    ['Local caseload: read 10 000 cases', `${storage.read10kMs.toFixed(0)} ms`, '≤ 50 ms', ok(storage.read10kMs <= 50), 'every case checked as it is read (format, personal-data guard)'],
    ['Local caseload: prune 10 000 expired cases', `${storage.prune10kMs.toFixed(0)} ms`, '≤ 200 ms', ok(storage.prune10kMs <= 200), 'among 20 000; whole days by one key range, the cutoff\'s day case by case'],
    storage.singleWriteInto10k
      ? ['Local caseload: one case opened, into 10 000', `${fixed(storage.singleWriteInto10k.newCaseMs)} ms`, '–', '–', `re-opened (moves to a later day): ${fixed(storage.singleWriteInto10k.reopenedCaseMs)} ms; median of ${storage.singleWriteInto10k.runs}`]
      : ['Local caseload: one case opened, into 10 000', 'not measured', '–', '–', 'not in the last full run'],
    ...Object.values(size.package).map((entry) => [entry.label, `${fixed(entry.gzipBytes / 1024)} KB`, `≤ ${entry.targetBytes / 1024} KB`, ok(entry.met), entry.note]),
    ['Script-tag bundle saksvakt.js, first load (gzip)', `${fixed(size.scriptTagGzipBytes / 1024)} KB`, '–', '–', 'Lit included; packs, the validator and the exports load from cdn/ when first used'],
    ['Content script, first load (gzip)', `${fixed(size.contentScriptGzipBytes / 1024)} KB`, '≤ 8 KB', ok(size.contentScriptGzipBytes <= 8 * 1024), size.checksScriptGzipBytes ? `the loader; the checks (${fixed(size.checksScriptGzipBytes / 1024)} KB: readers, engines, packs, Lit, messages) are injected only where a profile could read a case` : ''],
    ['Journal load to idle, with / without extension (heavy page)', `${overlay.loadToIdleRatio.toFixed(3)}`, '≤ 1,02', ok(overlay.loadToIdleMet), `${overlay.loadToIdleMsWith.toFixed(0)} / ${overlay.loadToIdleMsWithout.toFixed(0)} ms`],
    ['Load to idle, with / without extension, page no profile matches', `${overlay.unmatchedLoadToIdleRatio.toFixed(3)}`, '≤ 1,005', ok(overlay.unmatchedLoadToIdleMet), `${overlay.unmatchedLoadToIdleMsWith.toFixed(0)} / ${overlay.unmatchedLoadToIdleMsWithout.toFixed(0)} ms`],
    ...(overlay.scriptMsAddedHeavy === undefined ? [] : [['Script time added on the journal tab (heavy page / page no profile matches)', `${fixed(overlay.scriptMsAddedHeavy)} / ${fixed(overlay.scriptMsAddedUnmatched)} ms`, '–', '–', 'main-thread script time (CDP ScriptDuration, medians) from navigation to the idle measurement, with minus without; less swayed than time to idle by other load on the machine']]),
    ['Long tasks > 50 ms added by the extension', `${overlay.longTasksOver50msAdded}`, '0', ok(overlay.longTasksMet), ''],
    ['Field change → updated badge (95th percentile)', `${fixed(overlay.fieldChangeToCheckP95Ms)} ms`, '≤ 4 ms', ok(overlay.fieldChangeMet), `median ${fixed(overlay.fieldChangeToCheckMs)} ms`],
    ['Heap growth added by the extension, 1 000 SPA navigations', `${fixed(overlay.heapGrowthAddedBytes / 1024)} KB`, '≤ 1 MB', ok(overlay.heapGrowthMet), `used heap after forced GC grew ${fixed(overlay.heapGrowthBytesWith / 1024)} KB with, ${fixed(overlay.heapGrowthBytesWithout / 1024)} KB without`],
  ];
  return [
    `Measured ${report.date}${size.measured && size.measured !== report.date ? ` (sizes ${size.measured})` : ''} on ${report.machine.cpus} × ${report.machine.cpuModel}, ${report.machine.memoryGiB} GiB, Node ${report.machine.node}, ${report.machine.browser}.`,
    '',
    '| measure | result | target | | note |',
    '| --- | --- | --- | --- | --- |',
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
    scalingTable(engines.checkCaseloadScaling, storage.scaling, browser.caseloadView?.firstScreen ?? []),
  ].join('\n');
}

/** The caseload view's rows: first screen, sort, filter, scrolling (absent from reports made before it was measured). */
function caseloadViewRows(view) {
  if (!view) return [['<cadence-checker>, 10 000 cases', 'not measured', '–', '–', 'this report predates the caseload view bench']];
  const ms = (value) => `${fixed(value)} ms`;
  const sorts = view.sortMs;
  const firstScreenAt = (count) => view.firstScreen.find((entry) => entry.cases === count);
  return [
    ['<cadence-checker>, 10 000 cases, first screen', ms(view.firstScreen10kMs), `≤ ${view.firstScreenTargetMs} ms`, ok(view.firstScreen10kMs <= view.firstScreenTargetMs), `cases handed over to the first rows in the DOM and laid out, checkCaseload included; of it the element's own update (check and render) ${firstScreenAt(10_000).updatedMedianMs === undefined ? '–' : ms(firstScreenAt(10_000).updatedMedianMs)}, the rest waiting for the frame in which the virtualizer places its rows; 1 000 cases ${ms(firstScreenAt(1_000).medianMs)}, 100 000 cases ${ms(firstScreenAt(100_000).medianMs)}; the first caseload on a page ${ms(view.firstScreenFirstOnPageMs)} (loads the virtualizer, here from the same bundle)`],
    ['<cadence-checker>, sort 10 000 rows (slowest column, first sort)', ms(view.sort10kWorstMs), `≤ ${view.sortFilterTargetMs} ms`, ok(view.sort10kWorstMs <= view.sortFilterTargetMs), `click to the first row updated, 1 s after the first screen (column orders prepared in idle time): case ${ms(sorts.case)}, service ${ms(sorts.service)}, due ${ms(sorts.due)}, status ${ms(sorts.status)}, status again (other direction) ${ms(sorts.statusDescending)}${view.coldOrderMs ? `; the orders worked out cold, on arrays: case ${ms(view.coldOrderMs.case)}, service ${ms(view.coldOrderMs.service)}, due ${ms(view.coldOrderMs.due)}, status ${ms(view.coldOrderMs.status)}` : ''}`],
    ['<cadence-checker>, filter 10 000 rows (slower way)', ms(view.filter10kMs), `≤ ${view.sortFilterTargetMs} ms`, ok(view.filter10kMs <= view.sortFilterTargetMs), `"only overdue" on ${ms(view.filterToggleMs[0])}, off ${ms(view.filterToggleMs[1])} (medians of five toggles each way; slowest single toggle ${ms(Math.max(...view.filterToggleSamplesMs.on, ...view.filterToggleSamplesMs.off))})`],
    ['<cadence-checker>, scrolling 10 000 rows (frame interval, 95th percentile)', ms(view.scrollFrameP95Ms), '≤ 16,7 ms (60 fps) + 1 ms for rAF timestamp jitter', ok(view.scrollFrameP95Ms <= 1000 / 60 + 1), `median ${ms(view.scrollFrameMedianMs)}; ${view.scrollFramesSlowerThan60fps} of ${view.scrollFrames} frames over 20,7 ms; rAF intervals while the list scrolls 2 000 px/s programmatically`],
  ];
}

/** The scaling figures at 1 000, 10 000 and 100 000 cases, with time per case to show the curve stays linear. */
function scalingTable(caseload, storage, firstScreen) {
  const perCase = (ms, count) => `${fixed((ms / count) * 1000, 2)} µs`;
  const lines = ['| cases | checkCaseload | per case | floor loop | write | read | prune | prune per case | <cadence-checker> first screen |', '| --- | --- | --- | --- | --- | --- | --- | --- | --- |'];
  for (const check of caseload) {
    const store = storage.find((entry) => entry.cases === check.cases);
    const view = firstScreen.find((entry) => entry.cases === check.cases);
    lines.push(`| ${check.cases.toLocaleString('en').replace(/,/g, ' ')} | ${fixed(check.medianMs)} ms | ${perCase(check.medianMs, check.cases)} | ${fixed(check.floorMedianMs)} ms | ${store ? `${store.writeMs.toFixed(0)} ms` : '–'} | ${store ? `${store.readMs.toFixed(0)} ms` : '–'} | ${store ? `${store.pruneMs.toFixed(0)} ms` : '–'} | ${store ? perCase(store.pruneMs, store.cases) : '–'} | ${view ? `${fixed(view.medianMs)} ms` : '–'} |`);
  }
  return lines.join('\n');
}

export const WHAT_CHANGED = `## What changed and why it is faster

- **Local caseload (writes, reads, pruning)**: one record per day on which cases were last opened,
  holding that day's cases as JSON text, plus a list of the day's case keys in a second store,
  instead of one record per case with an index on \`openedAt\`. 10 000 cases opened over a week
  are now 8 records, not 10 000 records and 10 000 index entries: a write puts 8 values in one
  transaction, a read is one \`getAll\` of 8 values, and pruning deletes whole days by one key range
  (only the cutoff's own day is read and rewritten). The cases are stored as a string because the
  browser copies a string whole when it structured-clones a record, where an array of objects is
  walked field by field; JSON.parse then builds the objects faster than the clone would. Reading
  checks every case (format and the personal-data guard) in one pass that searches only free-text
  fields for a national id, since dates and keys are already held to their formats. A writer finds
  where a re-opened case was from the key lists alone, so one case opened into a caseload reads
  key lists, not every case. The background still gathers the cases journal tabs send in the same
  moment into one write and one retention pass.
- **checkCaseload**: rows are ordered without an object comparator called n log n times, which
  took about a fifth of a 10 000-case check in a CPU profile (the per-case checks: next bullet):
  first by one number each sorted natively, now counted into a bucket per due day and then per
  status (below). The figure is measured on dates spread over seven years and fresh case objects each
  run (the old bench repeated 252 distinct cases, which let the date caches answer for most of
  them), beside a floor loop that only parses each case's dates.
- **checkCaseload, per case**: a CPU profile put the rest of the time in the per-case checks. The
  caseload now goes through a checker made once per call (\`createCadenceChecker\`): today and
  the options are read once, each service's labels and sources resolved once; a well-formed case
  is validated from its characters (no regular expression, no error collector), its fields read by
  name rather than in a loop over the vocabulary (generic keyed lookups), its date lists used as
  they are when already sorted; calendar periods are added on day numbers (integers, a table of
  ISO strings) instead of date-fns and string-keyed caches; one context object serves every
  case. Anything unusual (a malformed
  field, counts, overrides) goes through \`checkCadence\` itself, and a property suite checks that
  both give the same result, bit for bit, on generated caseloads.
- **checkCaseload, this round** (a profile again, and the bytes allocated per case: 1 236 before):
  the rules of a pack came from JSON in a dozen shapes (optional keys, five kinds), so every read
  of a rule's field took V8's slow lookup for many shapes; the checks now read each rule through one
  uniform copy (every key, one order). Both paths count due dates on day numbers (so a date past
  9999 compares as a date, not as text) and build each usual obligation in one object literal
  instead of growing it key by key. The translator no longer builds rest arrays per text and the
  date formatter no longer builds a string key per call (1 061 bytes per case). What is left is
  mostly the result itself (about 550 bytes a case stay alive: the result, its obligations and
  their summaries, the row) and its garbage collection, and the summaries (a due date is rarely
  shared in a real caseload, so most cases write their own).
- **checkCaseload, the round after** (a line-level profile, bytes allocated per case, and the
  garbage collector's trace): a 10 000-case check allocated about 880 bytes a case, and whether a
  minor collection fell inside the check decided much of the figure. Now 480 bytes:
  - the checker's scratch list was emptied with \`length = 0\`, which gives its storage back, so
    every case allocated it anew (150 bytes);
  - a clean case shares one frozen empty list of issues instead of two new ones (results are
    read-only);
  - an overdue text, most of a caseload's texts, is no longer a message call per case (a parameter
    object and three joined strings): the text up to the date is written once per due day and
    shared by every rule (the label comes after the date in all four languages), and each case
    joins its rule's ending to it. The per-rule cache of whole texts went: a quarter of its lookups
    found a text, and it held more memory than it saved. The first record since an anchor is found
    by a loop, not a callback made per rule and case.
  - Rows are counted into a bucket per due day and then per status, two stable linear passes, as a
    caseload's due dates lie within a few years (dates centuries apart still sort by key); the
    native sort was 6 % of a check. Counts are kept as numbers, and each row's place is noted as the
    row is made.
  - A date is validated with one unsigned comparison per digit, and days up to the 28th need no
    year.
  What is left is the result itself (row, result, obligations and their texts, about 450 bytes a
  case stay alive until the check returns) and the minor collection that copies it when one falls
  inside the check. On this VM such a collection took 7 to 14 ms over one afternoon (the same code,
  the machine's memory speed changing), so the median moves with whether the collections fall
  inside the checks, and with the machine. Paired with the code before this round, in the same
  runs, the check is about twice as fast.
- **Caseload view, filter (measured differently)**: the filter was one toggle each way, the slower
  of the two the figure; a single toggle on this shared machine swings by a third between runs.
  It is now five toggles each way, each way's median, the slower way the figure, with the slowest
  single toggle shown beside it.
- **Caseload view, first screen**: over 100 rows, \`<cadence-checker>\` renders through
  \`@lit-labs/virtualizer\`, so only the rows in view (about 25) are in the DOM instead of all of
  them; the virtualizer is imported when a long list first needs it, and the first 40 rows render
  at once meanwhile. What remains of the first screen is mostly checkCaseload itself.
- **Caseload view, sort and filter**: the element no longer checks the caseload again when only
  the view changes (every sort click and filter used to re-run checkCaseload). Each column's order
  is worked out once per result on arrays (typed-array keys; one shared \`Intl.Collator\` for case
  keys instead of \`localeCompare\`, which builds one per call); a change of direction or filter is
  one pass over it, and only the rows in view re-render. For a long list the column orders are
  prepared in idle time after the first screen (case keys merge-sorted a few merges per idle
  period), so a sort click finds them ready; the report also gives each order worked out cold.
- **Caseload view, scrolling**: only the rows entering the view are rendered as it scrolls.
- **Measured now as well**: the overhead on a page no profile matches, field change to badge at
  the 95th percentile, and heap growth over 1 000 single-page navigations.
- **Journal content script**: what every page of a granted origin parses is now a loader of a
  few KB. After the journal's load event, a site profile's selector decides at once; otherwise it
  walks the page's text once, in idle slices, for the labels and column headers the profiles
  name. Only where a profile could read a case does the background inject the checks
  (\`scripting.executeScript\`); elsewhere the loader shows the panel button alone. Once
  injected, the checks load their locale data, look for open shadow roots and read the page in
  three idle tasks rather than one long one.
- **Page no profile matches** (94 s to idle before): its table names a legal basis
  ("Serviceloven § 85" under "Paragraf"), so the generic profile read its 2 000 rows as a
  caseload, put a badge on each, and did it all again on every tick of the page's clock. A list
  now counts only with a column a check computes from; the loader does not load the checks there.
- **Re-checks**: text the page changes outside what was read (a clock, a status line) no longer
  re-reads the page; elements added or removed, and text changed in what was read, still do
  (debounced, at least twice a second on a page that never settles).
- **Field change → badge**: a value typed into a field that was read re-reads that field only,
  checks that case again and re-renders its badge in the same shadow root, in the same task;
  the whole page is read again once typing pauses, in idle time. Label texts are normalised once
  per element per reading instead of once per field.
- **Heap over navigations**: WXT's UI helpers register each badge's and the panel button's
  \`remove\` on the content script's context and never take it back, so every single-page
  navigation left its detached shadow roots reachable. They now hang on the run's own signal.
`;


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
    'Each scenario\'s app built with Vite from the package\'s sources instead of its built files, the chunks it loads up front and the messages of the page\'s language (no pack, nothing else loaded on demand), each module\'s bytes after tree-shaking and before minifying added up by the source they come from. Not gzipped: gzip compresses across parts, so its bytes cannot be split by source; the shares show where a cut has to come from.',
    '',
    `| part | ${scenarios.map((entry) => entry.label.replace(/^Package: | \(gzip, first load\)$/g, '')).join(' | ')} |`,
    `| --- |${scenarios.map(() => ' --- |').join('')}`,
    ...parts.map((part) => `| ${part} | ${scenarios.map((entry) => `${kb(entry.bytesByPart[part])} (${Math.round((100 * entry.bytesByPart[part]) / total(entry))} %)`).join(' | ')} |`),
    `| total, before minifying | ${scenarios.map((entry) => kb(total(entry))).join(' | ')} |`,
    `| first load as measured above, gzip (pack included) | ${scenarios.map((entry) => `${kb(entry.gzipBytes)} of ≤ ${entry.targetBytes / 1024} KB`).join(' | ')} |`,
    `| first load from the sources, gzip, no pack (the page's language included) | ${scenarios.map((entry) => kb(entry.gzipWithoutPack)).join(' | ')} |`,
    '',
    'Why the targets are still missed. Done: the messages load one language at a time (the elements wait for their page\'s language before they render, the engines answer once `loadLocale` has loaded one); the engines\' calendar arithmetic is a small helper instead of date-fns; a funding scheme\'s formulas load with the first pack that has it (`loadBuiltInPack`, or `loadFundingSchemes(pack)` for a pack of one\'s own), so a page with Alver\'s pack no longer carries Vejle\'s §§ 85, 97 and 109 (the bench counts the named pack\'s schemes with it), and the engines alone load none before a pack; the validator\'s texts load with the validator (an element with a built-in pack never loads them; `loadLocale` still loads them for `parseRulePack`); the package build strips the indentation and comments Lit\'s `css` and `html` templates kept through a bundler\'s minifier; built-in packs are shipped per language for the elements (the other three languages\' texts were over 40 % of a pack: Alver\'s 5.3 KB gzip, 3.0 KB with nynorsk alone); the caseload view of `<cadence-checker>` (checkCaseload, its ordering, table and exports) loads with the first caseload. Tried and dropped: minifying the package with terser or esbuild before the vendor\'s bundler does (no gain: the vendor\'s minifier does the same), and the engines\' messages split per engine (seven small chunks per language gzip worse than one: a lone calculator saved 0.5 KB, all three elements lost 1.5 KB and the engines alone 1.7 KB; only the validator\'s texts are worth their own chunk). What remains, by the table: Lit (about 7 KB gzip, shared with a portal that uses Lit), the elements\' own templates and styles, the engines\' code for cadence and tiers, one pack with every text in four languages and a source for every figure (about 5 KB for Alver\'s), and the page\'s language. A further cut would be the calculator\'s forms and result lines per scheme, loaded with the scheme (about 0.6 KB, for one more round trip). By the table, no cut brings a lone calculator to 18 KB: Lit, the element, its engine, the pack and the page\'s language alone add up to more, which is why the size targets wait on a decision by the client (issue 14).',
  ].join('\n');
}

export function writeReport(report) {
  writeFileSync(join(ROOT, 'bench/report.json'), `${JSON.stringify(report, null, 2)}\n`);
  const table = markdown(report);
  const composition = sizeComposition(report);
  writeFileSync(join(ROOT, 'bench/report.md'), `# Benchmark report\n\n${table}\n${composition ? `\n${composition}\n` : ''}\n${WHAT_CHANGED}`);
  const readmePath = join(ROOT, 'README.md');
  const readme = readFileSync(readmePath, 'utf8');
  const start = '<!-- bench:start -->';
  const end = '<!-- bench:end -->';
  if (readme.includes(start) && readme.includes(end)) {
    writeFileSync(readmePath, `${readme.slice(0, readme.indexOf(start) + start.length)}\n${table}\n${readme.slice(readme.indexOf(end))}`);
  }
  console.log(table);
}
