import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUM_RUNS, PROPERTY_TIMEOUT } from '../../shared/testing/arbitraries.js';
import { asPanelRequest } from './panel-requests.js';
import { asJournalMessage } from './to-panel.js';
import type { PanelMessage } from './panel-messages.js';

const REAL_CASE: PanelMessage = {
  type: 'saksvakt:case',
  lang: 'nn',
  status: 'checked',
  origin: 'https://journal.example.no',
  profileId: 'profil-vedtak',
  pageId: 'vedtak',
  cases: [{ packId: 'no-alver-vekstbedrift', serviceId: 'vekstbedrift', badges: [{ check: 'funding', anchor: 'monthlyCost', tone: 'warn', text: 'Månadleg kostnad avvik', fields: ['monthlyCost'] }], caseInput: { service: 'vekstbedrift', start: '2023-03-01' }, notFound: [], unreadable: [] }],
  notFound: [],
  unreadable: ['start'],
  fields: [{ name: 'monthlyCost', word: 'Månadleg kostnad', status: 'read', text: '22 317', understood: '22 317 kr' }],
  list: { checked: 1 },
};

const FORMATS = { dateFormats: ['dd.MM.yyyy'], thousandsSeparator: ' ', decimalSeparator: ',' };
const PICK_REQUEST = { type: 'saksvakt:start-picker', field: 'start', fieldType: 'date', formats: FORMATS, pageKind: 'case' };
const READING = { text: '01-01-2099', status: 'read', value: '2099-01-01' };

/** Objects that look like ours: our types and keys, with anything as values, and extra keys. */
const lookalike = fc.record(
  {
    type: fc.oneof(fc.constantFrom('saksvakt:case', 'saksvakt:picked', 'saksvakt:pick-cancelled', 'saksvakt:start-picker', 'saksvakt:close-panel'), fc.anything()),
    field: fc.oneof(fc.constantFrom('start', 'monthlyCost', 'nonsense', ''), fc.anything()),
    fieldType: fc.oneof(fc.constantFrom('date', 'number', 'text'), fc.anything()),
    formats: fc.oneof(fc.constant(FORMATS), fc.record({ dateFormats: fc.anything(), thousandsSeparator: fc.anything(), decimalSeparator: fc.anything() }), fc.anything()),
    pageKind: fc.oneof(fc.constantFrom('case', 'list'), fc.anything()),
    suggestions: fc.anything(),
    reading: fc.anything(),
    lang: fc.anything(),
    cases: fc.anything(),
    extra: fc.anything(),
  },
  { requiredKeys: ['type'] },
);

describe('the channel between content script and panel drops whatever is not exactly ours', () => {
  it(`panel requests (${NUM_RUNS} generated): only close-panel and start-picker for a known field, with nothing else`, () => {
    fc.assert(
      fc.property(fc.oneof(lookalike, fc.anything()), (value) => {
        const request = asPanelRequest(value);
        if (!request) return;
        // Accepted only if it is exactly one of the two shapes, and it comes back as a fresh copy.
        expect(Object.keys(value as object).sort()).toEqual(Object.keys(request).sort());
        expect(request).toEqual(value);
        expect(request).not.toBe(value);
      }),
      { numRuns: NUM_RUNS },
    );
    expect(asPanelRequest(PICK_REQUEST)).toEqual(PICK_REQUEST);
    expect(asPanelRequest({ ...PICK_REQUEST, note: 1 })).toBeUndefined();
    expect(asPanelRequest({ ...PICK_REQUEST, field: '__proto__' })).toBeUndefined();
    expect(asPanelRequest({ ...PICK_REQUEST, formats: { ...FORMATS, decimalSeparator: ';' } })).toBeUndefined();
    expect(asPanelRequest({ ...PICK_REQUEST, formats: { ...FORMATS, extra: 1 } })).toBeUndefined();
  }, PROPERTY_TIMEOUT);

  it(`journal messages (${NUM_RUNS} generated): a real case passes; anything changed into a wrong shape is dropped`, () => {
    expect(asJournalMessage(REAL_CASE)).toEqual(REAL_CASE);
    fc.assert(
      fc.property(fc.constantFrom(...(Object.keys(REAL_CASE) as (keyof PanelMessage)[])), fc.anything(), (key, value) => {
        const changed = { ...REAL_CASE, [key]: value };
        const accepted = asJournalMessage(changed);
        // Either still a valid case (the value happened to fit) or dropped: never a throw.
        if (accepted) expect(accepted.type).toBe('saksvakt:case');
      }),
      { numRuns: NUM_RUNS },
    );
    expect(asJournalMessage({ ...REAL_CASE, injected: '<img src=x>' })).toBeUndefined();
    expect(asJournalMessage({ ...REAL_CASE, lang: 'sv' })).toBeUndefined();
    const suggestion = { locator: { by: 'css', selector: '.updated' }, reason: 'structure', reading: READING };
    expect(asJournalMessage({ type: 'saksvakt:picked', field: 'start', suggestions: [suggestion], reading: READING })).toBeDefined();
    expect(asJournalMessage({ type: 'saksvakt:picked', field: 'start', suggestions: [], reading: READING })).toBeUndefined();
    expect(asJournalMessage({ type: 'saksvakt:picked', field: 'start', suggestions: [{ ...suggestion, locator: { by: 'eval', code: 'x' } }], reading: READING })).toBeUndefined();
    expect(asJournalMessage({ type: 'saksvakt:picked', field: 'start', suggestions: [{ ...suggestion, reason: 'trust me' }], reading: READING })).toBeUndefined();
  }, PROPERTY_TIMEOUT);
});
