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
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    storage: browser === 'firefox' ? undefined : { managed_schema: 'managed-schema.json' },
    browser_specific_settings: browser === 'firefox' ? { gecko: { id: 'saksvakt@saksvakt.no', strict_min_version: '142.0', data_collection_permissions: { required: ['none'] } } } : undefined,
    action: { default_title: 'Saksvakt' },
    web_accessible_resources: [{ resources: ['panel.html', 'chunks/*', 'assets/*'], matches: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] }],
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'" },
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
