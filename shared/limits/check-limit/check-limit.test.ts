import { describe, expect, it } from 'vitest';
import { builtInPacks, checkLimit, parseRulePack } from '../../index.js';

const molde = builtInPacks['no-molde-arbeid-aktivitet'];
const vejle = builtInPacks['dk-vejle-voksen'];

describe('checkLimit', () => {
  // Molde 2.4 Målgrupper: "For personer fra 16 til 67 år."
  it('Molde "For personer fra 16 til 67 år.": 16 and 67 are inside, 15 and 68 outside', () => {
    expect(checkLimit(molde, { limit: 'age', value: 16 }).status).toBe('within');
    expect(checkLimit(molde, { limit: 'age', value: 67 }).status).toBe('within');
    expect(checkLimit(molde, { limit: 'age', value: 15 }, { lang: 'nb' })).toMatchObject({ status: 'below', message: '15 år er under grensen på 16 år: Målgruppe: personer fra 16 til 67 år.' });
    expect(checkLimit(molde, { limit: 'age', value: 68 }).status).toBe('above');
    expect(checkLimit(molde, { limit: 'age', value: 30 }).source).toMatchObject({ documentId: 'molde-virksomhetsbok', section: '2.4 Målgrupper' });
  });

  // Molde 2.3: "Tiltaket har 10 deltakerplasser …" (Smia), "Tiltaket har åtte deltakerplasser." (ATA), "Tiltaket har inntil 9 deltakerplasser." (PRIM)
  it.each([
    ['places-smia', 10],
    ['places-ata', 8],
    ['places-prim', 9],
  ])('Molde %s: %i places, one more is above the limit', (limit, places) => {
    expect(checkLimit(molde, { limit, value: places }).status).toBe('within');
    expect(checkLimit(molde, { limit, value: places + 1 }).status).toBe('above');
  });

  // Vejle § 107: "Akutophold kan vare fra 1-5 døgn. I særlige tilfælde op til 10 døgn."
  it('Vejle "Akutophold kan vare fra 1-5 døgn. I særlige tilfælde op til 10 døgn."', () => {
    expect(checkLimit(vejle, { limit: 'emergency-stay', value: 5 }).status).toBe('within');
    expect(checkLimit(vejle, { limit: 'emergency-stay', value: 7 }, { lang: 'da' })).toMatchObject({ status: 'exception', message: expect.stringContaining('kun tilladt i særlige tilfælde, op til 10 døgn') });
    expect(checkLimit(vejle, { limit: 'emergency-stay', value: 11 }).status).toBe('above');
    expect(checkLimit(vejle, { limit: 'emergency-stay', value: 0 }).status).toBe('below');
  });

  // Vejle § 109: "der gives mellem 4 og 10 timers behandling afhængigt af barnets behov." / "Kvinden tilbydes op til 10 timers psykologbehandling."
  it('Vejle § 109 psychologist hours: 4–10 for a child, up to 10 for the woman', () => {
    expect(checkLimit(vejle, { limit: 'psychologist-hours-child', value: 3 }).status).toBe('below');
    expect(checkLimit(vejle, { limit: 'psychologist-hours-child', value: 10 }).status).toBe('within');
    expect(checkLimit(vejle, { limit: 'psychologist-hours-woman', value: 10 }).status).toBe('within');
    expect(checkLimit(vejle, { limit: 'psychologist-hours-woman', value: 11 }).status).toBe('above');
  });

  // Vejle Del 3, Afklaringsmodul § 103: "Tidsbegrænset til 6 måneder."
  it('Vejle § 103 assessment module "Tidsbegrænset til 6 måneder."', () => {
    expect(checkLimit(vejle, { limit: 'assessment-module', value: 6 }).status).toBe('within');
    expect(checkLimit(vejle, { limit: 'assessment-module', value: 7 }).status).toBe('above');
  });

  it('Vejle "voksne over 18 år": the reading in force (18 and older) is named with the other reading', () => {
    const result = checkLimit(vejle, { limit: 'age', value: 18 }, { lang: 'da' });
    expect(result.status).toBe('within');
    expect(result.source?.note).toMatch(/To læsninger.*Gældende: 18 år og ældre/);
    expect(checkLimit(vejle, { limit: 'age', value: 17 }).status).toBe('below');
  });

  describe('edge cases', () => {
    it('an unknown limit and a value that is not a number are errors naming the field, no exception', () => {
      expect(checkLimit(molde, { limit: 'nope', value: 3 }).errors).toEqual([expect.objectContaining({ code: 'unknown-limit', field: 'limit' })]);
      expect(checkLimit(molde, { limit: 'age', value: 'tjue' }, { lang: 'nn' }).errors).toEqual([expect.objectContaining({ code: 'invalid-number', message: 'Verdi: Skriv eit tal.' })]);
      expect(checkLimit(molde, { limit: 'age', value: '' }).ok).toBe(false);
    });
    it('a pack without limits still validates, and limits validate through parseRulePack', () => {
      expect(parseRulePack(molde).ok).toBe(true);
      expect(parseRulePack({ ...molde, limits: [{ id: 'x', unit: 'furlongs' }] }).ok).toBe(false);
    });
  });
});
