#!/usr/bin/env node
// Sizes of the npm package as a vendor's bundler ships it: small apps that import the built
// package (dist/components, through its package.json exports) are built for production with Vite,
// and what the browser loads up front — the entry, every chunk it imports statically, the built-in
// pack the page names in the page's language (the chunk an element loads: every text in that
// language alone) with the formulas of its funding schemes, and the messages of the page's
// language (loaded on demand, but needed before anything shows) — is gzipped and added up. Chunks
// loaded on demand and not needed to show the page (other packs and languages, the full packs
// `loadBuiltInPack` gives engine users, the rule-pack validator, the calendar/CSV export) are not counted.
// Run alone: `node bench/package-size.mjs` (builds the package first unless --no-build).
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const KB = 1024;

/** The vendor apps measured: what they import, the pack their page names, and the target. */
export const SCENARIOS = [
  {
    id: 'allThreeOnePack',
    label: 'Package: all three elements, one built-in pack (gzip, first load)',
    code: `import 'saksvakt';\ndocument.body.innerHTML = '<funding-calculator pack="no-alver-vekstbedrift"></funding-calculator>';\n`,
    pack: 'no-alver-vekstbedrift',
    language: 'nn',
    source: 'components/index.ts',
    targetBytes: 30 * KB,
    note: 'Lit, the three elements, the engines, one pack in the page\'s language (nn) and that language\'s messages; other packs and languages, the validator and the exports load on demand',
  },
  {
    id: 'oneElement',
    label: 'Package: one element alone, one built-in pack (gzip, first load)',
    code: `import 'saksvakt/funding-calculator';\ndocument.body.innerHTML = '<funding-calculator pack="no-alver-vekstbedrift"></funding-calculator>';\n`,
    pack: 'no-alver-vekstbedrift',
    language: 'nn',
    source: 'components/funding-calculator/funding-calculator.ts',
    targetBytes: 18 * KB,
    note: 'saksvakt/funding-calculator: Lit, one element, the engines it uses, one pack in the page\'s language (nn) and that language\'s messages',
  },
  {
    id: 'engines',
    label: 'Package: the engines alone, validator on demand (gzip, first load)',
    code: [
      `import { computeFunding, checkCadence, checkCaseload, selectTier, loadBuiltInPack, loadRulePackParser, loadLocale } from 'saksvakt/engines';`,
      `export const engines = { computeFunding, checkCadence, checkCaseload, selectTier, loadBuiltInPack, loadRulePackParser, loadLocale };`,
      `console.log(Object.keys(engines).length);`,
      '',
    ].join('\n'),
    language: 'en',
    source: 'shared/engines.ts',
    targetBytes: 12 * KB,
    note: 'saksvakt/engines: computeFunding, checkCadence, checkCaseload, selectTier, loadBuiltInPack, one language\'s messages (en, loadLocale); no pack',
  },
];

/** Builds one vendor app with Vite (production) in `dir`, where node_modules/saksvakt links to the repository. */
async function buildApp(dir, scenario) {
  const { build } = await import(pathToFileURL(join(ROOT, 'node_modules/vite/dist/node/index.js')).href);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  symlinkSync(ROOT, join(dir, 'node_modules/saksvakt'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: `size-${scenario.id}`, private: true, type: 'module' }));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><html lang="nn"><body><script type="module" src="./main.js"></script></body></html>');
  writeFileSync(join(dir, 'main.js'), scenario.code);
  await build({ root: dir, configFile: false, logLevel: 'error', build: { outDir: 'dist', manifest: true, target: 'es2022', modulePreload: false } });
  return JSON.parse(readFileSync(join(dir, 'dist/.vite/manifest.json'), 'utf8'));
}

/** Whether a chunk holds the messages of `language` (chunk names from components/vite.config.ts). */
const isLanguageChunk = (name, language) => new RegExp(`(^|[/-])messages-${language}-`).test(name);

/** The funding schemes a built-in pack has: their formulas load with it (chunks `funding-scheme-<scheme>-…`). */
const schemesOf = (pack) => Object.keys(JSON.parse(readFileSync(join(ROOT, `shared/rule-packs/${pack}.json`), 'utf8')).funding ?? {});

/** Gzipped bytes of the entry, its static imports, the named pack in the page's language and its schemes' chunks, and the page's messages. */
function firstLoad(dir, manifest, pack, language) {
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
  visit(entry);
  if (pack) {
    // The pack as an element loads it: in the page's language alone (`pack-<id>-<language>-…`, see components/vite.config.ts), not the full pack.
    const packChunk = Object.keys(manifest).find((key) => key.split('/').pop().startsWith(`pack-${pack}-${language}-`));
    if (!packChunk) throw new Error(`no chunk for pack ${pack} in ${language}`);
    visit(packChunk);
    for (const scheme of schemesOf(pack)) {
      const schemeChunk = Object.keys(manifest).find((key) => key.split('/').pop().startsWith(`funding-scheme-${scheme}-`));
      if (!schemeChunk) throw new Error(`no chunk for the funding scheme ${scheme} of pack ${pack}`);
      visit(schemeChunk);
    }
  }
  if (language) {
    // The page's language in the catalogues the loaded code loads (an element its own and the
    // engines' texts, loadLocale the engines'), found through the dynamic imports of what is loaded;
    // a catalogue reached only through a chunk loaded on demand (the validator's texts, which load
    // with the validator) is not.
    let added = 0;
    for (let more = true; more; ) {
      more = false;
      for (const file of [...files]) {
        const key = Object.keys(manifest).find((name) => manifest[name].file === file);
        for (const next of manifest[key].dynamicImports ?? []) {
          if (isLanguageChunk(next.split('/').pop(), language) && !files.has(manifest[next].file)) {
            visit(next);
            added += 1;
            more = true;
          }
        }
      }
    }
    if (added === 0) throw new Error(`no chunk for the messages of ${language}`);
  }
  return [...files].reduce((sum, file) => sum + gzipSync(readFileSync(join(dir, 'dist', file)), { level: 9 }).length, 0);
}

/** Gzipped bytes the script-tag bundle loads up front: saksvakt.js and the chunks it imports statically (not those it loads on demand). */
export function scriptTagFirstLoad(file = join(ROOT, 'dist/components/saksvakt.js'), seen = new Set()) {
  if (seen.has(file)) return 0;
  seen.add(file);
  const code = readFileSync(file, 'utf8');
  let bytes = gzipSync(code, { level: 9 }).length;
  for (const match of code.matchAll(/(?:^|[;}\s])(?:import|export)\s*(?:[^'"();]*?from\s*)?["'](\.\/[^"']+)["']/g)) bytes += scriptTagFirstLoad(join(file, '..', match[1]), seen);
  return bytes;
}

/** What a first-load byte belongs to, by source path: the part a size cut would have to come from. */
const PARTS = [
  ['messages (the page\'s language)', (path) => path.includes('/i18n/messages/') || /\/messages\/|\.messages\.ts$/.test(path)],
  ['Lit', (path) => /node_modules\/(lit|lit-html|lit-element|@lit)\//.test(path)],
  ['other dependencies', (path) => path.includes('node_modules/')],
  ['elements (components/)', (path) => path.startsWith('components/')],
  ['engines and helpers (shared/)', () => true],
];

/**
 * Where a scenario's up-front bytes go: the same app, importing the package's sources, built with Vite (Rollup's tree-shaking,
 * as a vendor's build), the entry chunk, every chunk it imports statically and the page's language taken, and each
 * module's rendered bytes (after tree-shaking, before minifying) added to its part. Not gzipped:
 * gzip compresses across parts, so its bytes cannot be split by source; the shares are what matters.
 */
async function composition(scenario, dir) {
  const { build } = await import(pathToFileURL(join(ROOT, 'node_modules/vite/dist/node/index.js')).href);
  mkdirSync(dir, { recursive: true });
  const main = join(dir, 'main.js');
  writeFileSync(main, scenario.code.replace(/(['"])saksvakt(\/[\w-]+)?\1/g, JSON.stringify(join(ROOT, scenario.source))));
  const firstLoadChunks = async ({ minify }) => {
    const [{ output }] = [await build({ root: ROOT, configFile: false, logLevel: 'error', build: { write: false, minify, target: 'es2022', modulePreload: false, rollupOptions: { input: main } } })].flat();
    const chunks = new Map(output.filter((item) => item.type === 'chunk').map((chunk) => [chunk.fileName, chunk]));
    const seen = new Map();
    const visit = (chunk) => {
      if (seen.has(chunk.fileName)) return;
      seen.set(chunk.fileName, chunk);
      for (const next of chunk.imports) visit(chunks.get(next));
    };
    visit([...chunks.values()].find((chunk) => chunk.isEntry));
    // The messages of the page's language that the loaded code loads: on demand, but before anything is shown.
    const languageModule = new RegExp(`/messages/${scenario.language}(/\\w+)?\\.ts$`);
    for (let before = -1; scenario.language && before !== seen.size; ) {
      before = seen.size;
      for (const chunk of [...seen.values()]) for (const next of chunk.dynamicImports) if (languageModule.test(chunks.get(next).facadeModuleId ?? '')) visit(chunks.get(next));
    }
    // The formulas of the named pack's funding schemes: they load with the pack.
    const schemeModules = scenario.pack ? schemesOf(scenario.pack).map((scheme) => `/funding/compute-funding/${scheme}.ts`) : [];
    for (const chunk of chunks.values()) if (schemeModules.some((end) => (chunk.facadeModuleId ?? '').endsWith(end))) visit(chunk);
    return [...seen.values()];
  };
  const parts = Object.fromEntries(PARTS.map(([name]) => [name, 0]));
  for (const chunk of await firstLoadChunks({ minify: false })) {
    for (const [id, module] of Object.entries(chunk.modules)) {
      const path = id.startsWith(ROOT) ? id.slice(ROOT.length + 1) : id;
      parts[PARTS.find(([, test]) => test(path))[0]] += module.renderedLength;
    }
  }
  const gzipOf = (chunks) => chunks.reduce((sum, chunk) => sum + gzipSync(chunk.code, { level: 9 }).length, 0);
  return {
    bytesByPart: parts,
    gzipWithoutPack: gzipOf(await firstLoadChunks({ minify: 'esbuild' })),
  };
}

/** Measures every scenario on the built package (dist/components must exist). */
export async function packageSizes(workDir = join(ROOT, 'bench/out/package-size')) {
  const results = {};
  for (const scenario of SCENARIOS) {
    const dir = join(workDir, scenario.id);
    const manifest = await buildApp(dir, scenario);
    const bytes = firstLoad(dir, manifest, scenario.pack, scenario.language);
    results[scenario.id] = { label: scenario.label, gzipBytes: bytes, targetBytes: scenario.targetBytes, met: bytes <= scenario.targetBytes, note: scenario.note, ...(await composition(scenario, join(workDir, `${scenario.id}-source`))) };
  }
  return results;
}

// Alone, it measures the sizes and writes them into the last bench report (the other measures stay as they were).
if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!process.argv.includes('--no-build')) execFileSync('npm', ['run', 'build:components', '--silent'], { cwd: ROOT, stdio: 'inherit' });
  const report = JSON.parse(readFileSync(join(ROOT, 'bench/report.json'), 'utf8'));
  const { componentsBundleGzipBytes, componentsBundleTargetBytes, componentsBundleMet, ...kept } = report.sizes ?? {};
  report.sizes = { ...kept, measured: new Date().toISOString().slice(0, 10), package: await packageSizes(), scriptTagGzipBytes: scriptTagFirstLoad() };
  const { writeReport } = await import('./report.mjs');
  writeReport(report);
}
