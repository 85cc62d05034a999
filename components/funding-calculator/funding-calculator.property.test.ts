import { expect } from '@open-wc/testing';
import './funding-calculator.js';
import { checkAttributes } from '../internal/attribute-properties.js';

// A third each of the 10 000 generated attribute cases the three elements try together.
const RUNS = 3_334;
const ATTRIBUTES = ['scheme', 'date', 'places', 'months', 'place-start', 'individual-supplement', 'budget-frame', 'notice-given', 'state-rates', 'tier', 'day-rate', 'day-rate-kind', 'grant-start', 'hours-used', 'basis', 'arrival', 'days', 'departure', 'has-income', 'rates-per-day', 'lang', 'pack', 'name'];

describe('<funding-calculator> attributes (property-based)', () => {
  it(`nonsense in any attribute, any language (${RUNS} generated cases): never throws, answered at the field in the element's language, kept`, async function () {
    this.timeout(300_000);
    const tried = await checkAttributes('funding-calculator', ATTRIBUTES, { pack: 'no-alver-vekstbedrift', date: '2022-06-01' }, RUNS);
    expect(tried).to.equal(RUNS);
  });
});
