import { describe, expect, it } from 'vitest';
import { journalFixture, nexusView } from '../../test/journal-fixtures.js';
import { BUILT_IN_PROFILES } from '../site-profiles/built-in-profiles.js';
import { parseSiteProfile } from '../site-profiles/schema.js';
import { detectPage, extractCase } from '../extract/extract-case.js';
import { addLocator } from './add-locator.js';
import { suggestLocators, suggestLocatorsWithReasons } from './suggest-locators.js';
import { answerPick, type ReadFormats } from './pick-answer.js';
import { parseHTML } from 'linkedom';

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

const page = (body: string) => parseHTML(`<!DOCTYPE html><html><body>${body}</body></html>`).document as unknown as Document;
const DANISH: ReadFormats = { dateFormats: ['dd-MM-yyyy'], thousandsSeparator: '.', decimalSeparator: ',' };

describe('picking in grids, shadow roots and aria-labelledby', () => {
  it('a table cell: the column header, never the neighbouring cell’s value', () => {
    const document = page(`<table><thead><tr><th>Sag</th><th>Bevilget fra</th><th>Trin</th></tr></thead>
      <tbody><tr><td>Testborger, Jens</td><td>15-01-2025</td><td>Trin 3</td></tr><tr><td>Testborger, Mette</td><td>01-02-2025</td><td>Trin 2</td></tr></tbody></table>`);
    const cell = document.querySelectorAll('tbody td')[4]!;
    // On a list page each row is a case: the column finds the cell in its own row.
    expect(suggestLocatorsWithReasons(cell, 'list')).toEqual([{ locator: { by: 'column', header: ['Bevilget fra'] }, reason: 'column' }]);
    expect(answerPick(cell, 'start', 'date', DANISH, 'list').reading).toEqual({ text: '01-02-2025', status: 'read', value: '2025-02-01' });
    // On a case page the column reads the first row, so it is offered for a cell there only.
    expect(suggestLocators(document.querySelectorAll('tbody td')[1]!, 'case')[0]).toEqual({ by: 'column', header: ['Bevilget fra'] });
    expect(suggestLocators(cell, 'case')).not.toContainEqual({ by: 'column', header: ['Bevilget fra'] });
    expect(suggestLocators(cell, 'case')).not.toContainEqual({ by: 'label', text: ['Testborger, Mette'] });
  });

  it('an ARIA grid with aria-colindex: the header of that column, though the row renders only some columns', () => {
    const document = page(`<div role="grid"><div role="row"><div role="columnheader" aria-colindex="1">Sag</div><div role="columnheader" aria-colindex="4">Seneste opfølgning</div><div role="columnheader" aria-colindex="5">Trin</div></div>
      <div role="row"><div role="gridcell" aria-colindex="4">22-04-2025</div><div role="gridcell" aria-colindex="5">Trin 3</div></div></div>`);
    const cell = document.querySelector('[role="gridcell"][aria-colindex="4"]')!;
    const [first] = suggestLocatorsWithReasons(cell, 'list');
    expect(first).toEqual({ locator: { by: 'column', header: ['Seneste opfølgning'] }, reason: 'column' });
    expect(answerPick(cell, 'lastFollowUp', 'date', DANISH, 'list').reading.value).toBe('2025-04-22');
  });

  it('a value in an open shadow root labelled by aria-labelledby: the label, and the value it reads', () => {
    const document = page('<nx-field></nx-field><nx-field></nx-field>');
    const [one, two] = [...document.querySelectorAll('nx-field')].map((host) => host.attachShadow({ mode: 'open' }));
    one!.innerHTML = '<span id="k">Paragraf</span><span aria-labelledby="k" role="textbox">Serviceloven § 85</span>';
    two!.innerHTML = '<span id="k">Bevilget fra</span><span aria-labelledby="k" role="textbox"><b>15-01-2025</b></span>';
    const picked = two!.querySelector('b')!;
    const answer = answerPick(picked, 'start', 'date', DANISH);
    expect(answer.suggestions[0]).toMatchObject({ locator: { by: 'label', text: ['Bevilget fra'] }, reason: 'labelledby' });
    expect(answer.reading).toEqual({ text: '15-01-2025', status: 'read', value: '2025-01-15' });
  });

  it('an element with nothing to go by gets its position, never an empty answer', () => {
    const document = page('<main><div><span>x</span></div><div><span>4</span><span>17</span></div></main>');
    const picked = document.querySelectorAll('span')[2]!;
    const answer = answerPick(picked, 'places', 'number', DANISH);
    expect(answer.suggestions).toHaveLength(1);
    expect(answer.suggestions[0]!.reason).toBe('structure');
    expect(answer.reading).toEqual({ text: '17', status: 'read', value: 17 });
  });

  it('a locator that would find another element first is not offered', () => {
    const document = page('<p><b>Fra dato</b> <span>01.01.2024</span></p><p><b>Fra dato</b> <span id="second">01.02.2024</span></p>');
    const locators = suggestLocators(document.querySelector('#second')!);
    expect(locators).not.toContainEqual({ by: 'label', text: ['Fra dato'] });
    expect(locators[0]).toEqual({ by: 'css', selector: '#second' });
  });

  it('a citizen name beside the value is offered last and marked; the element’s position comes first', () => {
    const document = page('<div class="borger"><b>Testborger, Mette</b> <span class="fnr">Fnr. 010180 99887</span></div>');
    const suggestions = suggestLocatorsWithReasons(document.querySelector('.fnr')!);
    expect(suggestions.map((suggestion) => [suggestion.reason, suggestion.personal])).toEqual([
      ['structure', undefined],
      ['label', 'name'],
    ]);
    expect(suggestions[1]!.locator).toEqual({ by: 'label', text: ['Testborger, Mette'] });
  });

  it('a value that is no date says so, with the text as read', () => {
    const document = page('<dl><dt>Bevilget fra</dt><dd>snart</dd></dl>');
    expect(answerPick(document.querySelector('dd')!, 'start', 'date', DANISH).reading).toEqual({ text: 'snart', status: 'unreadable' });
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
