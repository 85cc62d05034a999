// The npm package as a vendor meets it: built, packed with `npm pack`, installed from the tarball
// into a fresh app with no network (its dependencies come from the npm cache that the project's own
// `npm ci` filled), type-checked, built for production with Vite and run in Chromium.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { launchChromium, shadowText } from './browser.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const PACKAGE = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
const FRAMEWORKS = ['react', 'react-dom', 'vue'];
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.json': 'application/json' };

/**
 * A lockfile for the app: the tarball plus the package's dependencies, at the versions and
 * integrities of the project's own lockfile, so `npm ci --offline` takes every one from the cache.
 */
function appLockfile(tarballName, frameworks) {
  const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8'));
  const packages = {};
  const locate = (name, from) => {
    for (let base = from; ; base = base.includes('/node_modules/') ? base.slice(0, base.lastIndexOf('/node_modules/')) : '') {
      const path = `${base ? `${base}/` : ''}node_modules/${name}`;
      if (lock.packages[path]) return path;
      if (!base) throw new Error(`${name} is not in package-lock.json`);
    }
  };
  const add = (name, from) => {
    const path = locate(name, from);
    if (packages[path]) return;
    const { dev, devOptional, ...entry } = lock.packages[path];
    packages[path] = entry;
    for (const dependency of Object.keys(entry.dependencies ?? {})) add(dependency, path);
  };
  for (const name of [...Object.keys(PACKAGE.dependencies), ...frameworks]) add(name, '');
  const versions = Object.fromEntries(frameworks.map((name) => [name, lock.packages[`node_modules/${name}`].version]));
  return {
    name: 'vendor-portal',
    lockfileVersion: 3,
    requires: true,
    packages: {
      '': { name: 'vendor-portal', dependencies: { saksvakt: `file:${tarballName}`, ...versions } },
      'node_modules/saksvakt': { version: PACKAGE.version, resolved: `file:${tarballName}`, license: PACKAGE.license, dependencies: PACKAGE.dependencies, engines: PACKAGE.engines, bin: PACKAGE.bin },
      ...packages,
    },
  };
}

function serve(dir) {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    const file = join(dir, path.endsWith('/') ? `${path}index.html` : path);
    if (!file.startsWith(dir) || !existsSync(file)) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` })));
}

const ALL_PAGE = `<!doctype html>
<html lang="nn"><head><meta charset="utf-8"><title>Portal</title></head><body>
<funding-calculator id="alver" pack="no-alver-vekstbedrift" date="2023-03-01"></funding-calculator>
<cadence-checker id="cadence" pack="dk-vejle-voksen" service="sel85" start="15.01.2025" follow-ups="22.04.2025" today="2025-11-22"></cadence-checker>
<tier-selector id="tiers" pack="dk-vejle-voksen" for="price" weekly-need-hours="2,5"></tier-selector>
<funding-calculator id="price" pack="dk-vejle-voksen" scheme="sel85" day-rate="1000"></funding-calculator>
<script type="module" src="./all.js"></script>
</body></html>`;

const SINGLE_PAGE = `<!doctype html>
<html lang="nn"><head><meta charset="utf-8"><title>Portal</title></head><body>
<funding-calculator id="alver" pack="no-alver-vekstbedrift" date="2023-03-01"></funding-calculator>
<tier-selector id="tiers" pack="dk-vejle-voksen"></tier-selector>
<script type="module" src="./single.js"></script>
</body></html>`;

// A vendor's TypeScript: events typed through HTMLElementEventMap, elements through HTMLElementTagNameMap.
const TYPED_USE = `import 'saksvakt';
import { computeFunding, loadBuiltInPack, loadLocale, type FundingResult } from 'saksvakt/engines';
const calculator = document.createElement('funding-calculator');
calculator.addEventListener('funding-change', (event) => {
  const total: number | undefined = event.detail.amounts.total;
  console.log(total);
});
document.querySelector('cadence-checker')?.addEventListener('cadence-change', (event) => console.log('obligations' in event.detail ? event.detail.next?.dueDate : event.detail.rows.length));
document.querySelector('tier-selector')?.addEventListener('tier-change', (event) => console.log(event.detail.tier?.id));
export const price = async (): Promise<FundingResult> => {
  await loadLocale('nb');
  return computeFunding(await loadBuiltInPack('no-alver-vekstbedrift'), { scheme: 'vekstbedrift', date: '2023-03-01' }, { lang: 'nb' });
};
`;

describe('the npm package in a vendor app', () => {
  let work;
  let app;
  let files;
  let server;
  let origin;
  let browser;

  before(async () => {
    execFileSync('npm', ['run', 'build:components', '--silent'], { cwd: ROOT, stdio: 'pipe' });
    work = mkdtempSync(join(tmpdir(), 'saksvakt-package-'));
    app = join(work, 'vendor-portal');
    mkdirSync(app);
    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }));
    files = packed.files.map((file) => file.path);
    // The portal also uses React 19 and Vue 3 (for the framework examples), at the project's versions.
    const lockfile = appLockfile(packed.filename, FRAMEWORKS);
    writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'vendor-portal', private: true, type: 'module', dependencies: lockfile.packages[''].dependencies }, null, 2));
    writeFileSync(join(app, 'package-lock.json'), JSON.stringify(lockfile, null, 2));
    // --offline: the tarball and the npm cache only; no registry, no other network.
    execFileSync('npm', ['ci', '--offline', '--no-audit', '--no-fund', '--ignore-scripts'], { cwd: app, stdio: 'pipe' });
    writeFileSync(join(app, 'index.html'), ALL_PAGE);
    writeFileSync(join(app, 'single.html'), SINGLE_PAGE);
    writeFileSync(join(app, 'all.js'), `import 'saksvakt';\n`);
    writeFileSync(join(app, 'single.js'), `import 'saksvakt/funding-calculator';\n`);
    // The React and Vue examples exactly as the repository shows them.
    for (const name of ['react', 'vue']) cpSync(join(ROOT, 'demo/examples', name), join(app, name), { recursive: true });
    const { build } = await import(pathToFileURL(join(ROOT, 'node_modules/vite/dist/node/index.js')).href);
    await build({
      root: app,
      configFile: false,
      logLevel: 'error',
      esbuild: { jsx: 'automatic' },
      define: { __VUE_OPTIONS_API__: 'true', __VUE_PROD_DEVTOOLS__: 'false', __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false' },
      build: { outDir: 'dist', rollupOptions: { input: Object.fromEntries(['index', 'single', 'react/index', 'vue/index'].map((page) => [page, join(app, `${page}.html`)])) } },
    });
    ({ server, origin } = await serve(join(app, 'dist')));
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    server?.close();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it('the tarball ships the built package only', () => {
    for (const file of ['package.json', 'README.md', 'dist/components/index.js', 'dist/components/index.d.ts', 'dist/components/engines.js', 'dist/components/funding-calculator.js', 'dist/components/saksvakt.js', 'dist/components/custom-elements.json', 'dist/components/rule-pack.schema.json', 'dist/components/site-profile.schema.json', 'dist/components/cli.js', 'dist/components/packs/no-alver-vekstbedrift.json']) {
      assert.ok(files.includes(file), `${file} is in the tarball`);
    }
    assert.ok(files.some((file) => file.startsWith('dist/components/cdn/')), 'the script-tag bundle\'s chunks are in the tarball');
    const strays = files.filter((file) => !file.startsWith('dist/components/') && !['package.json', 'README.md'].includes(file));
    assert.deepEqual(strays, []);
    assert.deepEqual(files.filter((file) => /test-helpers|\.test\.|^tmp\/|\.ts$/.test(file.replace(/\.d\.ts$/, ''))), []);
  });

  it('package.json names files that exist: exports, customElements, sideEffects', () => {
    const installed = join(app, 'node_modules/saksvakt');
    const manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
    assert.equal(manifest.private, undefined);
    for (const target of Object.values(manifest.exports).flatMap((entry) => (typeof entry === 'string' ? [entry] : Object.values(entry)))) {
      if (!target.includes('*')) assert.ok(existsSync(join(installed, target)), target);
    }
    assert.ok(existsSync(join(installed, manifest.customElements)), manifest.customElements);
    const shipped = manifest.sideEffects.filter((pattern) => pattern.startsWith('./dist/'));
    assert.deepEqual(shipped.sort(), ['./dist/components/cadence-checker.js', './dist/components/funding-calculator.js', './dist/components/index.js', './dist/components/saksvakt.js', './dist/components/tier-selector.js']);
    for (const path of shipped) assert.ok(existsSync(join(installed, path)), path);
  });

  it('custom-elements.json describes the three elements with paths inside the package', () => {
    const installed = join(app, 'node_modules/saksvakt');
    const manifest = JSON.parse(readFileSync(join(installed, 'dist/components/custom-elements.json'), 'utf8'));
    const tags = manifest.modules.flatMap((module) => module.declarations.filter((declaration) => declaration.tagName).map((declaration) => declaration.tagName));
    assert.deepEqual(tags.sort(), ['cadence-checker', 'funding-calculator', 'tier-selector']);
    const paths = JSON.stringify(manifest).match(/"(?:path|module)":\s*"[^"]+"/g).map((entry) => JSON.parse(`{${entry}}`)).map((entry) => entry.path ?? entry.module);
    for (const path of paths) assert.ok(existsSync(join(installed, path)), `${path} exists in the package`);
  });

  it('types: custom events are typed for a vendor TypeScript build', () => {
    writeFileSync(join(app, 'typed-use.ts'), TYPED_USE);
    writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'ESNext', moduleResolution: 'bundler', lib: ['ES2023', 'DOM', 'DOM.Iterable'], strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['typed-use.ts'] }));
    const typeCheck = () => execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', app], { stdio: 'pipe', encoding: 'utf8' });
    try {
      typeCheck();
    } catch (error) {
      assert.fail(`the vendor's TypeScript does not type-check:\n${error.stdout}`);
    }
    // And the check can fail: a wrong use of `detail` is an error.
    writeFileSync(join(app, 'typed-use.ts'), `${TYPED_USE}calculator.addEventListener('funding-change', (event) => event.detail.noSuchField);\n`);
    assert.throws(typeCheck, (error) => /TS2339/.test(error.stdout));
  });

  it('the engines run in Node from the installed package, packs and languages loading on demand', async () => {
    const engines = await import(pathToFileURL(join(app, 'node_modules/saksvakt/dist/components/engines.js')).href);
    const alver = await engines.loadBuiltInPack('no-alver-vekstbedrift');
    // No language loaded yet: the engines say so instead of answering in another language.
    assert.throws(() => engines.computeFunding(alver, { scheme: 'vekstbedrift', date: '2023-03-01' }, { lang: 'da' }), (error) => error.name === 'MessagesNotLoadedError' && /loadLocale\('da'\)/.test(error.message));
    await engines.loadLocale('en');
    await engines.loadLocale('nn');
    const labels = (lang) => engines.computeFunding(alver, { scheme: 'vekstbedrift', date: '2023-03-01' }, { lang }).lines.map((line) => line.label);
    assert.ok(labels('nn').includes('Grunnfinansiering per plass per månad'));
    assert.ok(labels('en').includes('Base per place per month'));
    assert.equal(engines.computeFunding(alver, { scheme: 'vekstbedrift', date: '2023-03-01' }).amounts.monthlyPerPlace, 23500.5);
    // A pack object of the vendor's own: its funding schemes' formulas (Vejle's § 85, not loaded by Alver's pack) load on demand too.
    const own = JSON.parse(readFileSync(join(app, 'node_modules/saksvakt/dist/components/packs/dk-vejle-voksen.json'), 'utf8'));
    const sel85 = { scheme: 'sel85', tier: own.funding.sel85.multipliers[0].tier, dayRate: '1000' };
    assert.throws(() => engines.computeFunding(own, sel85, { lang: 'en' }), (error) => error.name === 'FundingSchemeNotLoadedError' && /loadFundingSchemes\(pack\)/.test(error.message));
    await engines.loadFundingSchemes(own);
    assert.equal(engines.computeFunding(own, sel85, { lang: 'en' }).ok, true);
    const parse = await engines.loadRulePackParser();
    assert.equal(parse('{"id": 1}', { lang: 'en' }).ok, false);
    const schema = JSON.parse(readFileSync(join(app, 'node_modules/saksvakt/dist/components/rule-pack.schema.json'), 'utf8'));
    assert.equal(schema.type, 'object');
    assert.ok(schema.required.includes('funding') || Object.keys(schema.properties).includes('funding'));
  });

  it('npx saksvakt validate runs from the installed package: a shipped pack is valid, a broken one exits 1 with errors at their paths', () => {
    const npx = (args) => execFileSync('npx', ['--offline', '--no-install', 'saksvakt', ...args], { cwd: app, stdio: 'pipe', encoding: 'utf8' });
    const pack = join(app, 'node_modules/saksvakt/dist/components/packs/dk-vejle-voksen.json');
    assert.match(npx(['validate', '--lang', 'en', pack]), /valid/);
    const broken = join(app, 'broken-pack.json');
    writeFileSync(broken, JSON.stringify({ ...JSON.parse(readFileSync(pack, 'utf8')), version: '2' }));
    assert.throws(() => npx(['validate', '--lang', 'nb', broken]), (error) => error.status === 1 && /Ved version/.test(error.stderr));
    const profileSchema = JSON.parse(readFileSync(join(app, 'node_modules/saksvakt/dist/components/site-profile.schema.json'), 'utf8'));
    assert.equal(profileSchema.type, 'object');
  });

  it('the whole set: all three register and compute in the production build; for= prices right on first render', async () => {
    const engines = await import(pathToFileURL(join(app, 'node_modules/saksvakt/dist/components/engines.js')).href);
    const vejle = await engines.loadBuiltInPack('dk-vejle-voksen');
    await engines.loadLocale('en');
    const tier = engines.selectTier(vejle, { scale: 'sel85', weeklyNeedHours: '2,5' }).tier.id;
    const expected = engines.computeFunding(vejle, { scheme: 'sel85', tier, dayRate: '1000' }).amounts.weekly;
    const unlinked = engines.computeFunding(vejle, { scheme: 'sel85', tier: vejle.funding.sel85.multipliers[0].tier, dayRate: '1000' }).amounts.weekly;
    assert.notEqual(expected, unlinked, 'the linked tier changes the price, so this check can fail');

    const page = await browser.newPage();
    const errors = [];
    const scripts = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    page.on('request', (request) => scripts.push(new URL(request.url()).pathname.split('/').pop()));
    await page.goto(`${origin}/index.html`);
    await page.waitForFunction(() => /\d/.test(document.querySelector('#alver')?.shadowRoot?.querySelector('[part=amount]')?.textContent ?? ''));
    assert.match(await shadowText(page, '#alver', '[part=amount]'), /^23 500,50/);
    await page.waitForFunction(() => document.querySelector('#cadence')?.result?.next && document.querySelector('#tiers')?.result?.tier && document.querySelector('#price')?.result?.ok);
    const state = await page.evaluate(() => ({
      defined: ['funding-calculator', 'cadence-checker', 'tier-selector'].map((tag) => Boolean(customElements.get(tag))),
      next: document.querySelector('#cadence').result.next.dueDate,
      tier: document.querySelector('#tiers').result.tier.id,
      priceTier: document.querySelector('#price').tier,
      weekly: document.querySelector('#price').result.amounts.weekly,
    }));
    assert.deepEqual(state, { defined: [true, true, true], next: '2025-10-22', tier, priceTier: tier, weekly: expected });
    // The nynorsk page loads its packs in nynorsk alone (the package's pack-<id>-nn chunks), no full pack, no other language.
    const packChunks = scripts.filter((file) => /(no-alver-vekstbedrift|dk-vejle-voksen)/.test(file));
    assert.ok(packChunks.some((file) => file.startsWith('pack-no-alver-vekstbedrift-nn-')) && packChunks.some((file) => file.startsWith('pack-dk-vejle-voksen-nn-')), packChunks.join(', '));
    assert.deepEqual(packChunks.filter((file) => !/^pack-[\w-]+-nn-/.test(file)), []);
    assert.match(await shadowText(page, '#alver', 'h2'), /Alver kommune – plass hjå vekstbedrift/);
    assert.deepEqual(errors, []);
    await page.close();
  });

  it('one element alone: registers only itself and computes', async () => {
    const page = await browser.newPage();
    const errors = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${origin}/single.html`);
    await page.waitForFunction(() => /\d/.test(document.querySelector('#alver')?.shadowRoot?.querySelector('[part=amount]')?.textContent ?? ''));
    assert.match(await shadowText(page, '#alver', '[part=amount]'), /^23 500,50/);
    const defined = await page.evaluate(() => ['funding-calculator', 'cadence-checker', 'tier-selector'].map((tag) => Boolean(customElements.get(tag))));
    assert.deepEqual(defined, [true, false, false]);
    // A vendor's own pack object whose scheme (§ 85) no built-in pack on the page has loaded: the
    // element loads the validator and the scheme's formulas, then computes what the engines compute.
    const ownPack = JSON.parse(readFileSync(join(app, 'node_modules/saksvakt/dist/components/packs/dk-vejle-voksen.json'), 'utf8'));
    const engines = await import(pathToFileURL(join(app, 'node_modules/saksvakt/dist/components/engines.js')).href);
    await engines.loadLocale('en');
    await engines.loadFundingSchemes(ownPack);
    const expectedWeekly = engines.computeFunding(ownPack, { scheme: 'sel85', tier: ownPack.funding.sel85.multipliers[0].tier, dayRate: '1000' }).amounts.weekly;
    await page.evaluate((pack) => {
      const element = document.createElement('funding-calculator');
      element.id = 'own';
      element.setAttribute('scheme', 'sel85');
      element.setAttribute('day-rate', '1000');
      element.pack = pack;
      document.body.append(element);
    }, ownPack);
    await page.waitForFunction(() => document.querySelector('#own')?.result?.ok);
    assert.equal(await page.evaluate(() => document.querySelector('#own').result.amounts.weekly), expectedWeekly);
    assert.match(await shadowText(page, '#own', '[part=amount]'), /\d/);
    assert.deepEqual(errors, []);
    await page.close();
  });
  it('React 19 example on the installed package: properties and events of the custom element', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/react/index.html`);
    await page.waitForFunction(() => document.querySelector('#funding')?.result?.amounts?.total === 7 * 22317 + 5 * 23500.5);
    // June 2022 + 12 months: each month at its own year's rate (7 × 22 317 + 5 × 23 500,50).
    await page.click('#more');
    await page.waitForFunction(() => document.querySelector('#funding')?.result?.amounts?.total === 2 * (7 * 22317 + 5 * 23500.5));
    // The element's own input fires funding-change, which React hears.
    await page.evaluate(() => {
      const input = document.querySelector('#funding').shadowRoot.querySelector('#months');
      input.value = '6';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    await page.waitForFunction(() => document.querySelector('#total').textContent === String(22317 * 2 * 6));
    await page.close();
  });

  it('Vue 3 example on the installed package: properties and events of the custom element', async () => {
    const page = await browser.newPage();
    await page.goto(`${origin}/vue/index.html`);
    await page.waitForFunction(() => document.querySelector('#cadence')?.result?.next?.dueDate === '2025-10-22');
    await page.evaluate(() => {
      const input = document.querySelector('#cadence').shadowRoot.querySelector('#followUps');
      input.value = '22.04.2025, 01.11.2025';
      input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    });
    await page.waitForFunction(() => /sparring/.test(document.querySelector('#next').textContent));
    await page.close();
  });
});
