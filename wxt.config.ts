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
const testHosts = process.env.SAKSVAKT_TEST_HOSTS?.split(',').filter(Boolean) ?? [];

export default defineConfig({
  srcDir: 'extension',
  outDir: 'dist/extension',
  imports: false,
  manifestVersion: 3,
  manifest: ({ browser }) => ({
    name: 'Saksvakt',
    description: 'Inline checks of funding, support tiers and follow-up deadlines in electronic journals, from municipal rule packs.',
    default_locale: undefined,
    permissions: ['storage', 'scripting'],
    host_permissions: testHosts,
    optional_host_permissions: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'],
    storage: browser === 'firefox' ? undefined : { managed_schema: 'managed-schema.json' },
    browser_specific_settings: browser === 'firefox' ? { gecko: { id: 'saksvakt@saksvakt.no', strict_min_version: '128.0' } } : undefined,
    action: { default_title: 'Saksvakt' },
    web_accessible_resources: [{ resources: ['panel.html', 'chunks/*', 'assets/*'], matches: ['https://*/*', 'http://localhost/*', 'http://127.0.0.1/*'] }],
    content_security_policy: { extension_pages: "script-src 'self'; object-src 'self'; connect-src 'none'" },
  }),
  vite: () => ({ build: { target: 'es2022' } }),
});
