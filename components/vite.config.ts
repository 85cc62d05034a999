import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import { LOCALES } from '../shared/i18n/locale.js';
import { rulePackJsonSchema } from '../shared/rule-pack/json-schema.js';
import type { RulePack } from '../shared/rule-pack/schema.js';
import { packInLanguage } from '../shared/rule-packs/in-language.js';
import { BUILT_IN_PACK_IDS } from '../shared/rule-packs/load.js';

const ROOT = resolve(import.meta.dirname, '..');
const OUT = resolve(ROOT, 'dist/components');

/** Package entries: the whole set, one per element (each registers only itself), and the engines. */
const ENTRIES = {
  index: 'components/index.ts',
  'funding-calculator': 'components/funding-calculator/funding-calculator.ts',
  'cadence-checker': 'components/cadence-checker/cadence-checker.ts',
  'tier-selector': 'components/tier-selector/tier-selector.ts',
  engines: 'shared/engines.ts',
} as const;

/** Where a built-in pack in one language is imported from (a module `packsPerLanguage` makes). */
const PACK_IN_LANGUAGE = 'virtual:saksvakt-pack-in-language/';

/**
 * Chunk names that say what a chunk is: a language's messages (`messages-nn-…` for the engines',
 * `messages-nn-validation-…` for the validator's,
 * `funding-calculator-messages-nn-…` for an element's), a funding scheme's formulas
 * (`funding-scheme-sel85-…`), a built-in pack in one language (`pack-no-alver-vekstbedrift-nn-…`;
 * the full pack is `no-alver-vekstbedrift-…`), an element's part loaded when first used
 * (`cadence-checker-caseload-view-…`), so a vendor, and the size bench, can tell which chunks a
 * page of one language and pack loads.
 */
function chunkFileName(chunk: { facadeModuleId: string | null }, folder: string): string {
  const id = chunk.facadeModuleId ?? '';
  const packInOneLanguage = new RegExp(`${PACK_IN_LANGUAGE}([\\w-]+)/(\\w+)$`).exec(id);
  if (packInOneLanguage) return `${folder}/pack-${packInOneLanguage[1]}-${packInOneLanguage[2]}-[hash].js`;
  const shared = /\/shared\/i18n\/messages\/(\w+)\/(engines|validation)\.ts$/.exec(id);
  if (shared) return `${folder}/messages-${shared[1]}${shared[2] === 'validation' ? '-validation' : ''}-[hash].js`;
  const element = /\/components\/([\w-]+)\/messages\/(\w+)\.ts$/.exec(id);
  if (element) return `${folder}/${element[1]}-messages-${element[2]}-[hash].js`;
  const scheme = /\/shared\/funding\/compute-funding\/(\w+)\.ts$/.exec(id);
  if (scheme) return `${folder}/funding-scheme-${scheme[1]}-[hash].js`;
  const part = /\/components\/(cadence-checker|funding-calculator|tier-selector)\/([\w-]+)\.ts$/.exec(id);
  if (part && part[2] !== part[1]) return `${folder}/${part[1]}-${part[2]}-[hash].js`;
  return `${folder}/[name]-[hash].js`;
}

/** The package's dependencies stay imports, so a vendor's bundler shares one Lit with the portal. */
const DEPENDENCIES = Object.keys(JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).dependencies ?? {});
const isDependency = (id: string) => DEPENDENCIES.some((name) => id === name || id.startsWith(`${name}/`));

/**
 * What a vendor needs besides the modules: type entry points (pointing at the declarations tsc
 * emits into types/), the built-in packs as JSON, the rule-pack JSON Schema (generated from the
 * zod schema, the one source), and a Custom Elements Manifest whose paths name files in the package.
 */
function packageFiles(): Plugin {
  return {
    name: 'saksvakt-package-files',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: 'rule-pack.schema.json', source: `${JSON.stringify(rulePackJsonSchema(), null, 2)}\n` });
      // The extension's schema, as committed (test/json-schemas.test.ts keeps it equal to the generator):
      // components import nothing from the extension.
      this.emitFile({ type: 'asset', fileName: 'site-profile.schema.json', source: readFileSync(resolve(ROOT, 'schemas/site-profile.schema.json'), 'utf8') });
      for (const id of BUILT_IN_PACK_IDS) {
        // In the repository a pack points at schemas/; in the package the schema sits one folder up.
        const source = readFileSync(resolve(ROOT, `shared/rule-packs/${id}.json`), 'utf8').replace('"../../schemas/rule-pack.schema.json"', '"../rule-pack.schema.json"');
        this.emitFile({ type: 'asset', fileName: `packs/${id}.json`, source });
      }
      this.emitFile({ type: 'asset', fileName: 'custom-elements.json', source: `${JSON.stringify(packageManifest(), null, 2)}\n` });
    },
    writeBundle() {
      for (const [name, source] of Object.entries(ENTRIES)) {
        writeFileSync(resolve(OUT, `${name}.d.ts`), `export * from './types/${source.replace(/\.ts$/, '.js')}';\n`);
      }
    },
  };
}

/**
 * The built-in packs for the elements, one chunk per pack and language, every text in that
 * language alone (`packInLanguage`, at build time): a page downloads its own language's texts of
 * the pack it names, not all four. This replaces shared/rule-packs/import-in-language.ts, which in
 * the repository makes them from the full pack. The full packs stay as they are for
 * `loadBuiltInPack` and `saksvakt/packs/*.json`.
 */
function packsPerLanguage(): Plugin {
  const importer = resolve(ROOT, 'shared/rule-packs/import-in-language.ts');
  return {
    name: 'saksvakt-packs-per-language',
    enforce: 'pre',
    resolveId(source) {
      return source.startsWith(PACK_IN_LANGUAGE) ? `\0${source}` : null;
    },
    load(id) {
      if (id === importer) {
        const importers = BUILT_IN_PACK_IDS.map((pack) => `  ${JSON.stringify(pack)}: {\n${LOCALES.map((locale) => `    ${locale}: () => import(${JSON.stringify(`${PACK_IN_LANGUAGE}${pack}/${locale}`)}),`).join('\n')}\n  },`);
        return `const importers = {\n${importers.join('\n')}\n};\nexport function importPackInLanguage(id, locale) {\n  return importers[id][locale]().then((module) => module.default);\n}\nexport const fromFullPack = undefined;\n`;
      }
      if (!id.startsWith(`\0${PACK_IN_LANGUAGE}`)) return null;
      const [pack, locale] = id.slice(PACK_IN_LANGUAGE.length + 1).split('/') as [string, (typeof LOCALES)[number]];
      const full = JSON.parse(readFileSync(resolve(ROOT, `shared/rule-packs/${pack}.json`), 'utf8')) as RulePack;
      return `export default ${JSON.stringify(packInLanguage(full, locale))};\n`;
    },
  };
}

/** Node types of the little of the ESTree a template walk needs. */
type Node = { type: string; start: number; end: number; [key: string]: unknown };
type TemplateElement = Node & { value: { raw: string } };

/**
 * Lit's `css` and `html` templates as the browser needs them: a bundler's minifier keeps template
 * text as written, indentation and line breaks included. CSS loses comments and the white space
 * around its punctuation (not inside quoted strings); in HTML each run of white space that
 * holds a line break becomes one space (where a space shows, it still shows; no element of ours
 * keeps white space, no <pre>, no <textarea>).
 */
function minifyLitTemplates(): Plugin {
  // Quoted strings (`content: ': '`) keep every space.
  const minifyCss = (text: string) =>
    text
      .replace(/\/\*[\s\S]*?\*\//g, '')
      .split(/('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/)
      .map((part, index) => (index % 2 ? part : part.replace(/\s+/g, ' ').replace(/\s*([{};>])\s*/g, '$1').replace(/([,:])\s+/g, '$1')))
      .join('');
  const minifyHtml = (text: string) => text.replace(/\s*\n\s*/g, ' ');
  return {
    name: 'saksvakt-minify-lit-templates',
    transform(code, id) {
      if (!id.startsWith(resolve(ROOT, 'components')) || !/\b(css|html)`/.test(code)) return null;
      const edits: { start: number; end: number; text: string }[] = [];
      const walk = (node: unknown): void => {
        if (Array.isArray(node)) return node.forEach(walk);
        if (!node || typeof node !== 'object' || typeof (node as Node).type !== 'string') return;
        const current = node as Node;
        const tag = current.type === 'TaggedTemplateExpression' ? (current.tag as Node & { name?: string }).name : undefined;
        if (tag === 'css' || tag === 'html') {
          for (const quasi of (current.quasi as Node & { quasis: TemplateElement[] }).quasis) {
            const text = tag === 'css' ? minifyCss(quasi.value.raw) : minifyHtml(quasi.value.raw);
            if (text !== quasi.value.raw) edits.push({ start: quasi.start, end: quasi.end, text });
          }
        }
        for (const [key, value] of Object.entries(current)) if (key !== 'type' && value && typeof value === 'object') walk(value);
      };
      walk(this.parse(code));
      if (edits.length === 0) return null;
      let out = code;
      for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
      return { code: out, map: null };
    },
  };
}

/**
 * The committed manifest (kept current by the test suite) with its paths moved to the built files:
 * only the element modules, as `dist/components/<tag>.js`; references to internal modules keep
 * their names and drop a path that would not exist in the package.
 */
function packageManifest() {
  const manifest = JSON.parse(readFileSync(resolve(ROOT, 'components/custom-elements.json'), 'utf8'));
  const builtPath = (path: string) => {
    const entry = Object.entries(ENTRIES).find(([, source]) => source === path);
    return entry ? `dist/components/${entry[0]}.js` : undefined;
  };
  const rewrite = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(rewrite);
    if (!value || typeof value !== 'object') return value;
    const copy: Record<string, unknown> = {};
    for (const [key, inner] of Object.entries(value)) {
      if (key === 'module' || key === 'path') {
        const path = builtPath(String(inner));
        if (path) copy[key] = path;
      } else copy[key] = rewrite(inner);
    }
    return copy;
  };
  const modules = manifest.modules.filter((module: { path: string }) => builtPath(module.path));
  return { ...manifest, modules: rewrite(modules) };
}

// `vite build` builds the npm package: ES modules with the dependencies as imports, one chunk per
// built-in pack (and per pack and language, for the elements), per language's messages and for
// the validator, loaded when first used. `--mode cdn` adds the bundle for
// a plain <script type="module"> from any web server or CDN, as Shoelace's CDN build: one file to
// name (saksvakt.js, Lit included, minified) that loads the pack it is given, the page's language,
// the validator and the exports from cdn/ beside it when first used, so a page does not download them up front.
export default defineConfig(({ mode }) =>
  mode === 'cdn'
    ? {
        plugins: [minifyLitTemplates(), packsPerLanguage()],
        // Not lib mode: Vite leaves whitespace in lib-mode ES output, and this file is shipped as is.
        build: {
          outDir: OUT,
          emptyOutDir: false,
          copyPublicDir: false,
          target: 'es2022',
          modulePreload: false,
          minify: 'esbuild',
          rollupOptions: {
            input: { saksvakt: resolve(ROOT, 'components/cdn.ts') },
            preserveEntrySignatures: 'strict',
            output: { entryFileNames: '[name].js', chunkFileNames: (chunk) => chunkFileName(chunk, 'cdn') },
          },
        },
        esbuild: { legalComments: 'none' },
      }
    : {
        plugins: [minifyLitTemplates(), packsPerLanguage(), packageFiles()],
        build: {
          outDir: OUT,
          emptyOutDir: true,
          target: 'es2022',
          minify: false,
          lib: { entry: Object.fromEntries(Object.entries(ENTRIES).map(([name, source]) => [name, resolve(ROOT, source)])), formats: ['es'] },
          rollupOptions: {
            external: isDependency,
            output: { entryFileNames: '[name].js', chunkFileNames: (chunk) => chunkFileName(chunk, 'chunks') },
          },
        },
      },
);
