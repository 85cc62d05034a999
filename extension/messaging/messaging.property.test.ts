import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NUM_RUNS, PROPERTY_TIMEOUT } from '../../shared/testing/arbitraries.js';
import { asPanelRequest } from './panel-requests.js';
import { asJournalMessage } from './to-panel.js';
import type { PanelMessage } from '../overlay/case-panel.js';

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

/** Objects that look like ours: our types and keys, with anything as values, and extra keys. */
const lookalike = fc.record(
  {
    type: fc.oneof(fc.constantFrom('saksvakt:case', 'saksvakt:picked', 'saksvakt:pick-cancelled', 'saksvakt:start-picker', 'saksvakt:close-panel'), fc.anything()),
    field: fc.oneof(fc.constantFrom('start', 'monthlyCost', 'nonsense', ''), fc.anything()),
    locators: fc.anything(),
    text: fc.anything(),
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
    expect(asPanelRequest({ type: 'saksvakt:start-picker', field: 'start' })).toEqual({ type: 'saksvakt:start-picker', field: 'start' });
    expect(asPanelRequest({ type: 'saksvakt:start-picker', field: 'start', note: 1 })).toBeUndefined();
    expect(asPanelRequest({ type: 'saksvakt:start-picker', field: '__proto__' })).toBeUndefined();
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
    expect(asJournalMessage({ type: 'saksvakt:picked', field: 'start', locators: [{ by: 'css', selector: '.updated' }], text: '01-01-2099' })).toBeDefined();
    expect(asJournalMessage({ type: 'saksvakt:picked', field: 'start', locators: [], text: 'x' })).toBeUndefined();
    expect(asJournalMessage({ type: 'saksvakt:picked', field: 'start', locators: [{ by: 'eval', code: 'x' }], text: 'x' })).toBeUndefined();
  }, PROPERTY_TIMEOUT);
});
