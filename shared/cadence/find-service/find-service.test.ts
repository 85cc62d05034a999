import { describe, expect, it } from 'vitest';
import { builtInPacks } from '../../index.js';
import { findService } from './index.js';

const vejle = builtInPacks['dk-vejle-voksen'];

describe('findService', () => {
  it.each([
    [['Serviceloven § 85', 'Socialpsykiatri'], 'sel85'],
    [['Serviceloven § 108', 'Socialpsykiatri'], 'sel108-psych'],
    [['Serviceloven § 108', 'ASF'], 'sel108-asf-abi'],
    [['Serviceloven § 108', 'Udviklingshæmning, Vejle-tilbud'], 'sel108-dd-own'],
    [['Serviceloven § 104', 'Handicap, i botilbud'], 'sel104'],
    [['Serviceloven § 97', 'Ledsagelse'], 'sel97'],
  ])('%j → %s', (texts, service) => expect(findService(vejle, ...texts)).toBe(service));

  it('finds the Alver vekstbedrift place from the Profil service text', () => {
    expect(findService(builtInPacks['no-alver-vekstbedrift'], 'Velferds- og arbeidsrelatert oppgåve – plass hjå vekstbedrift')).toBe('vekstbedrift');
  });

  describe('edge cases', () => {
    it('a § 108 case without a known target group is not guessed', () => {
      expect(findService(vejle, 'Serviceloven § 108', 'Anden målgruppe')).toBeUndefined();
    });
    it('"§ 10" does not match "§ 108", nor "§ 8" match "§ 85"', () => {
      expect(findService(vejle, 'Serviceloven § 1080')).toBeUndefined();
    });
    it('no text', () => expect(findService(vejle)).toBeUndefined());
  });
});
