import { describe, expect, it } from 'vitest';
import { LOCALES } from '../../shared/index.js';
import type { PolicyProblem } from '../storage/policy.js';
import { validatePolicy } from '../storage/policy.js';
import { describePolicyProblem } from './policy-messages.js';

describe('policy errors, as IT reads them', () => {
  it('name the key and the place of a JSON syntax error, in each language', () => {
    const [problem] = validatePolicy({ customPack: '{\n "id": x }' }).problems;
    expect(describePolicyProblem(problem!, 'en').headline).toBe('Policy "customPack": not valid JSON – syntax error at line 2, column 8.');
    expect(describePolicyProblem(problem!, 'nn').headline).toBe('Policy «customPack»: ikkje gyldig JSON – syntaksfeil på linje 2, kolonne 8.');
    expect(describePolicyProblem(problem!, 'nb').headline).toBe('Policy «customPack»: ikke gyldig JSON – syntaksfeil på linje 2, kolonne 8.');
    expect(describePolicyProblem(problem!, 'da').headline).toBe('Politik »customPack«: ikke gyldig JSON – syntaksfejl i linje 2, kolonne 8.');
  });

  it('list a pack\'s validation errors at their paths in the reader\'s language', () => {
    const [problem] = validatePolicy({ customPack: '{"schemaVersion": 1, "id": "dk-x"}' }).problems;
    const da = describePolicyProblem(problem!, 'da');
    const en = describePolicyProblem(problem!, 'en');
    expect(da.details.some((line) => /version/.test(line))).toBe(true);
    expect(da.details).not.toEqual(en.details);
  });

  describe('edge cases', () => {
    it('every kind and every fallback has its own text in all four languages', () => {
      const kinds: PolicyProblem[] = [
        { key: 'lang', kind: 'invalid-value', value: 'tysk', fallback: 'default' },
        { key: 'retentionDays', kind: 'invalid-value', value: '0', fallback: 'caseworker' },
        { key: 'packId', kind: 'unknown-pack', value: 'dk-aarhus', fallback: 'policy-custom-pack' },
        { key: 'customPack', kind: 'json-syntax', line: 1, column: 1, fallback: 'policy-pack-id' },
        { key: 'profiles', kind: 'invalid-profiles', errors: [{ path: '[0].id', text: { en: 'x', nn: 'x', nb: 'x', da: 'x' } }], fallback: 'last-good' },
      ];
      for (const lang of LOCALES) {
        const texts = kinds.map((problem) => describePolicyProblem(problem, lang));
        for (const [index, text] of texts.entries()) {
          expect(text.headline).toContain(kinds[index]!.key);
          expect(text.fallback).toBeTruthy();
        }
        expect(new Set(texts.map((text) => text.fallback)).size).toBe(kinds.length);
        expect(texts[0]!.headline).toContain('tysk');
        expect(texts[2]!.headline).toContain('dk-vejle-voksen');
      }
    });
  });
});
