import { expect } from '@open-wc/testing';
import './cadence-checker.js';
import { checkAttributes } from '../internal/attribute-properties.js';

// A third each of the 10 000 generated attribute cases the three elements try together.
const RUNS = 3_334;
const ATTRIBUTES = ['mode', 'service', 'today', 'start', 'level-since', 'arrival', 'informed', 'stay-plan', 'notice-given', 'decision-received', 'received', 'answered', 'follow-ups', 'sparring-discussions', 'rate-reviews', 'evaluation-reports', 'collaboration-meetings', 'conversations', 'system-meetings', 'guideline-evaluations', 'department-evaluations', 'half-year-evaluations', 'sessions', 'overrides', 'cases', 'filter', 'lang', 'pack', 'name'];

describe('<cadence-checker> attributes (property-based)', () => {
  it(`nonsense in any attribute, any language (${RUNS} generated cases): never throws, answered at the field in the element's language, kept`, async function () {
    this.timeout(300_000);
    const tried = await checkAttributes('cadence-checker', ATTRIBUTES, { pack: 'dk-vejle-voksen', service: 'sel85', start: '15.01.2025', 'follow-ups': '22.04.2025', today: '2025-11-22' }, RUNS);
    expect(tried).to.equal(RUNS);
  });
});
