import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

// Playwright cannot drive Firefox extensions, so the Firefox build is checked with Mozilla's
// linter; docs/firefox-checklist.md lists what a person checks by hand.
describe('Firefox build', () => {
  it('builds as MV3 and passes web-ext lint with no errors', () => {
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox', '--mv3'], { stdio: 'pipe' });
    const manifest = JSON.parse(readFileSync('dist/extension/firefox-mv3/manifest.json', 'utf8'));
    assert.equal(manifest.manifest_version, 3);
    assert.equal(manifest.host_permissions, undefined, 'no host access up front');
    assert.deepEqual(manifest.browser_specific_settings.gecko.data_collection_permissions, { required: ['none'] });
    let output = '';
    try {
      output = execFileSync('npx', ['web-ext', 'lint', '--source-dir', 'dist/extension/firefox-mv3', '--self-hosted', '--output', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (error) {
      output = error.stdout;
    }
    const report = JSON.parse(output.slice(output.indexOf('{')));
    assert.equal(report.summary.errors, 0, JSON.stringify(report.errors, null, 2));
  });
});
