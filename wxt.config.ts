import { defineConfig } from 'wxt';

/**
 * The browser extension (Manifest V3, Chrome/Edge and Firefox). Sources live in extension/,
 * builds in dist/extension/<browser>-mv3.
 *
 * Permissions are the narrowest that work: `storage` for settings, `scripting` to register the
 * journal content script, and host access only as *optional* permissions the caseworker (or
 * municipal IT by policy) grants for the journal's own origin. No network access is requested
 * or made. SAKSVAKT_TEST_HOSTS (end-to-end tests only) grants localhost up front, because a
 * headless browser cannot answer a permission prompt.
 */
const testHosts = () => process.env.SAKSVAKT_TEST_HOSTS?.split(',').filter(Boolean) ?? [];

/** Hosts the journal content script may be granted for (optional permissions). */
const JOURNAL_HOSTS = ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'];

/**
 * What a journal page may load from the extension, in one place: only the side panel's page, for
 * its frame (the panel's own scripts and styles load from the extension's origin and need no
 * entry). Chrome serves them under a per-session URL (`use_dynamic_url`), so a page cannot probe
 * for the extension by a fixed address. Add an entry here only for what a page itself must load.
 */
const WEB_ACCESSIBLE_RESOURCES = ['panel.html'];

/**
 * Extension pages (panel, options): our own scripts only, no network, and Trusted Types, so no
 * string reaches an HTML sink unless it went through a policy we name. Lit's templates use the
 * one policy listed (`lit-html`). The only other is `saksvakt-inert-page`: the options page's profile
 * check parses a saved journal page with `DOMParser` into a document that runs no script and is
 * never shown (`extension/options/profile-tools.ts`).
 */
const TRUSTED_TYPE_POLICIES = ['lit-html', 'saksvakt-inert-page'];
const EXTENSION_PAGES_CSP = [
  "script-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "connect-src 'none'",
  "require-trusted-types-for 'script'",
  `trusted-types ${TRUSTED_TYPE_POLICIES.join(' ')}`,
].join('; ');

export default defineConfig({
  srcDir: 'extension',
  // End-to-end tests build apart, so a test build never ships by mistake.
  outDir: process.env.SAKSVAKT_TEST_HOSTS ? 'dist/extension-e2e' : 'dist/extension',
  publicDir: 'extension/public',
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Saksvakt',
    description: 'Inline checks of funding, support tiers and follow-up deadlines in electronic journals, from municipal rule packs.',
    default_locale: undefined,
    permissions: ['storage', 'scripting'],
    optional_host_permissions: JOURNAL_HOSTS,
    storage: browser === 'firefox' ? undefined : { managed_schema: 'managed-schema.json' },
    browser_specific_settings: browser === 'firefox' ? { gecko: { id: 'saksvakt@saksvakt.no', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } : undefined,
    action: { default_title: 'Saksvakt' },
    web_accessible_resources: [{ resources: WEB_ACCESSIBLE_RESOURCES, matches: JOURNAL_HOSTS, ...(browser === 'firefox' ? {} : { use_dynamic_url: true }) }],
    content_security_policy: { extension_pages: EXTENSION_PAGES_CSP },
  }),
  vite: () => ({ build: { target: 'es2022' } }),
  hooks: {
    // WXT adds a runtime content script's matches to host_permissions; ours are optional, granted
    // per journal origin, so only the test hosts (if any) stay.
    'build:manifestGenerated': (_wxt, manifest) => {
      const hosts = testHosts();
      if (hosts.length > 0) manifest.host_permissions = hosts;
      else delete manifest.host_permissions;
    },
  },
});
