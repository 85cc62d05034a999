import { describe, expect, it } from 'vitest';
import { addLocator } from '../picker/add-locator.js';
import { profilesFor } from '../overlay/start-journal-overlay.js';
import { ownProfile } from './own-profile.js';
import { parseSiteProfile } from './schema.js';

describe('a profile made by pointing at fields on a page no profile knows', () => {
  it('is valid, matches the journal address (any port) and comes before the generic profile', () => {
    const profile = addLocator(ownProfile('http://127.0.0.1:4321', []), 'generic-case', 'start', { by: 'css', selector: '#fra' }, 'date');
    expect(parseSiteProfile(profile).ok).toBe(true);
    expect(profile.pages[1]!.fields.start!.locators[0]).toEqual({ by: 'css', selector: '#fra' });
    expect(profile.pages[1]!.requires).toEqual(['service']);
    const ids = profilesFor('http://127.0.0.1:4321/nx/oversigt', [profile]).map((entry) => entry.id);
    expect(ids.indexOf(profile.id)).toBeGreaterThanOrEqual(0);
    expect(ids.at(-1)).toBe('generic');
    expect(profilesFor('https://other.example/', [profile]).map((entry) => entry.id)).toEqual(['generic']);
  });

  describe('edge cases', () => {
    it('a second field goes into the same profile', () => {
      const first = ownProfile('https://journal.example.no', []);
      expect(ownProfile('https://journal.example.no', [first])).toBe(first);
    });
  });
});
