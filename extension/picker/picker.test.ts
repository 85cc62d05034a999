import { describe, expect, it } from 'vitest';
import { journalFixture, nexusView } from '../../test/journal-fixtures.js';
import { BUILT_IN_PROFILES } from '../site-profiles/built-in-profiles.js';
import { parseSiteProfile } from '../site-profiles/schema.js';
import { detectPage, extractCase } from '../extract/extract-case.js';
import { addLocator } from './add-locator.js';
import { suggestLocators } from './suggest-locators.js';

describe('suggestLocators', () => {
  it('Profil: the label beside an input, then its name; never the generated id', () => {
    const document = journalFixture('profil-vedtak-vekstbedrift.html');
    const input = document.querySelector('[name="ctl00$MainContent$txtKostnad"]')!;
    expect(suggestLocators(input)).toEqual([
      { by: 'label', text: ['Månadleg kostnad (kr)'] },
      { by: 'name', name: 'ctl00$MainContent$txtKostnad' },
    ]);
  });

  it('Nexus: the <dt> before a <dd>, and a stable data attribute', () => {
    const document = nexusView('/forloeb/85');
    expect(suggestLocators(document.querySelector('[data-field="niveau"]')!)).toEqual([
      { by: 'label', text: ['Støtteniveau'] },
      { by: 'css', selector: '[data-field="niveau"]' },
    ]);
  });
});

describe('suggestLocators in a web-component journal', () => {
  it('the label an element is aria-labelledby, inside its shadow root', async () => {
    const { parseHTML } = await import('linkedom');
    const document = parseHTML('<!DOCTYPE html><html><body><nx-field></nx-field></body></html>').document as unknown as Document;
    const root = document.querySelector('nx-field')!.attachShadow({ mode: 'open' });
    root.innerHTML = '<span id="k">Bevilget fra</span><span aria-labelledby="k">15-01-2025</span>';
    expect(suggestLocators(root.querySelector('[aria-labelledby]')!)).toEqual([{ by: 'label', text: ['Bevilget fra'] }]);
  });
});

describe('addLocator', () => {
  it('puts the picked locator first, keeps the others, and the profile still validates and reads the page', () => {
    const profil = BUILT_IN_PROFILES.find((profile) => profile.id === 'profil-vedtak')!;
    const picked = { by: 'label' as const, text: ['Månadleg kostnad (kr)'] };
    const updated = addLocator(profil, 'vedtak-vekstbedrift', 'monthlyCost', { by: 'css', selector: '#ctl00_MainContent_txtKostnad' }, 'number');
    const again = addLocator(updated, 'vedtak-vekstbedrift', 'monthlyCost', picked, 'number');
    expect(again.pages[0]!.fields.monthlyCost!.locators[0]).toEqual(picked);
    expect(again.pages[0]!.fields.monthlyCost!.locators.filter((entry) => JSON.stringify(entry) === JSON.stringify(picked))).toHaveLength(1);
    expect(parseSiteProfile(again).ok).toBe(true);
    const document = journalFixture('profil-vedtak-vekstbedrift.html');
    expect(extractCase(document, detectPage(document, again)!, again).fields.monthlyCost!.value).toBe(22317);
    expect(profil.pages[0]!.fields.monthlyCost!.locators[0]).not.toEqual({ by: 'css', selector: '#ctl00_MainContent_txtKostnad' });
  });
});
