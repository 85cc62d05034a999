import { expect } from '@open-wc/testing';
import './tier-selector.js';
import { checkAttributes } from '../internal/attribute-properties.js';

// A third each of the 10 000 generated attribute cases the three elements try together.
const RUNS = 3_334;
const ATTRIBUTES = ['scale', 'weekly-need-hours', 'support-areas', 'support-area-count', 'current-tier', 'service', 'percent', 'days-per-week', 'half-days-per-week', 'step', 'for', 'lang', 'pack', 'name'];

describe('<tier-selector> attributes (property-based)', () => {
  it(`nonsense in any attribute, any language (${RUNS} generated cases): never throws, answered at the field in the element's language, kept`, async function () {
    this.timeout(300_000);
    const tried = await checkAttributes('tier-selector', ATTRIBUTES, { pack: 'dk-vejle-voksen', 'weekly-need-hours': '2,5' }, RUNS);
    expect(tried).to.equal(RUNS);
  });
});
