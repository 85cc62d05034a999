import { describe, expect, it } from 'vitest';
import { builtInPacks, parseRulePack } from '../../index.js';
import alverJson from '../../rule-packs/no-alver-vekstbedrift.json' with { type: 'json' };
import vejleJson from '../../rule-packs/dk-vejle-voksen.json' with { type: 'json' };

const copy = <T>(value: T): T => structuredClone(value);

describe('parseRulePack', () => {
  it('accepts every built-in pack, as data and as JSON text', () => {
    for (const pack of Object.values(builtInPacks)) {
      expect(parseRulePack(copy(pack)).ok).toBe(true);
      expect(parseRulePack(JSON.stringify(pack)).ok).toBe(true);
    }
  });

  it('loads a custom pack from another municipality through the same path', () => {
    const custom = {
      schemaVersion: 1,
      id: 'no-eksempel-kommune',
      version: '0.1.0',
      name: { en: 'Example municipality', nn: 'Døme kommune' },
      municipality: 'Døme kommune',
      country: 'NO',
      currency: 'NOK',
      language: 'nn',
      publishedAt: '2026-01-15',
      documents: { retningslinje: { title: 'Retningslinje for vekstbedrift', publisher: 'Døme kommune' } },
      cadence: {
        dueSoonDays: 14,
        services: [
          {
            id: 'vekstbedrift',
            label: { en: 'Place', nn: 'Plass' },
            obligations: [
              {
                kind: 'recurring',
                id: 'evaluation-report',
                label: { en: 'Yearly report' },
                anchor: 'start',
                held: 'evaluationReports',
                first: { amount: 12, unit: 'months' },
                every: { amount: 12, unit: 'months' },
                source: { document: 'retningslinje', section: '4' },
              },
            ],
          },
        ],
      },
    };
    const result = parseRulePack(custom);
    expect(result.errors).toEqual([]);
    expect(result.ok && result.pack.municipality).toBe('Døme kommune');
  });

  describe('rejects a corrupted pack with the path and a readable message', () => {
    it('wrong type: a rate written as text', () => {
      const pack = copy(alverJson) as any;
      pack.funding.vekstbedrift.stateRate.rates[2].amount = '14 878';
      const result = parseRulePack(pack, { lang: 'en' });
      expect(result.ok).toBe(false);
      expect(result.errors).toEqual([
        {
          path: ['funding', 'vekstbedrift', 'stateRate', 'rates', 2, 'amount'],
          pathText: 'funding.vekstbedrift.stateRate.rates[2].amount',
          code: 'wrong-type',
          message: 'At funding.vekstbedrift.stateRate.rates[2].amount: expected a number, found text ("14 878").',
        },
      ]);
    });

    it('missing rate: an entry without its amount', () => {
      const pack = copy(alverJson) as any;
      delete pack.funding.vekstbedrift.stateRate.rates[0].amount;
      const [error] = parseRulePack(pack).errors;
      expect(error).toMatchObject({ code: 'missing', pathText: 'funding.vekstbedrift.stateRate.rates[0].amount' });
    });

    it('unknown field: a misspelt key is not silently dropped', () => {
      const pack = copy(vejleJson) as any;
      pack.tiers.sel85.levels[2].grossPerWeak = pack.tiers.sel85.levels[2].grossPerWeek;
      const codes = parseRulePack(pack).errors.map((error) => [error.code, error.pathText]);
      expect(codes).toContainEqual(['unknown-field', 'tiers.sel85.levels[2]']);
    });

    it('a source naming a document the pack does not list', () => {
      const pack = copy(alverJson) as any;
      pack.funding.vekstbedrift.supplementPercent.source.document = 'alver-retningslinjer';
      const [error] = parseRulePack(pack).errors;
      expect(error).toMatchObject({ code: 'unknown-document', pathText: 'funding.vekstbedrift.supplementPercent.source.document' });
    });

    it('the same year twice in a rate table', () => {
      const pack = copy(alverJson) as any;
      pack.funding.vekstbedrift.stateRate.rates.push({ ...pack.funding.vekstbedrift.stateRate.rates[0] });
      expect(parseRulePack(pack).errors.map((error) => error.code)).toContain('duplicate-year');
    });

    it('an obligation of an unknown kind, an invalid date and an unknown tier', () => {
      const pack = copy(vejleJson) as any;
      pack.cadence.services[0].obligations[0].kind = 'monthly';
      pack.publishedAt = '2023-02-29';
      pack.funding.sel85.multipliers[0].tier = 'trin-9';
      const codes = parseRulePack(pack).errors.map((error) => error.code);
      expect(codes).toContain('unknown-kind');
      expect(codes).toContain('not-date');
      const afterSchemaFix = copy(vejleJson) as any;
      afterSchemaFix.funding.sel85.multipliers[0].tier = 'trin-9';
      expect(parseRulePack(afterSchemaFix).errors.map((error) => error.code)).toEqual(['unknown-tier']);
    });

    it('invalid JSON text and values that are no pack at all', () => {
      expect(parseRulePack('{ "id": ').errors[0]!.code).toBe('invalid-json');
      expect(parseRulePack(null).errors[0]!.code).toBe('wrong-type');
      expect(parseRulePack(42).ok).toBe(false);
    });
  });

  describe('speaks the administrator\'s language', () => {
    const pack = copy(alverJson) as any;
    pack.funding.vekstbedrift.stateRate.rates[2].amount = '14 878';
    const path = 'funding.vekstbedrift.stateRate.rates[2].amount';
    it.each([
      ['nn', `Ved ${path}: venta eit tal, fann tekst ("14 878").`],
      ['nb', `Ved ${path}: forventet et tall, fant tekst ("14 878").`],
      ['da', `Ved ${path}: forventede et tal, fandt tekst ("14 878").`],
      ['en', `At ${path}: expected a number, found text ("14 878").`],
      ['nn-NO', `Ved ${path}: venta eit tal, fann tekst ("14 878").`],
    ])('%s', (lang, message) => {
      expect(parseRulePack(pack, { lang }).errors[0]!.message).toBe(message);
    });

    it.each([
      ['nn', 'Ved id: denne verdien må vere med, men manglar.'],
      ['nb', 'Ved id: denne verdien må være med, men mangler.'],
      ['da', 'Ved id: værdien er påkrævet, men mangler.'],
      ['en', 'At id: this value is required but missing.'],
    ])('missing field in %s', (lang, message) => {
      const errors = parseRulePack({ schemaVersion: 1 }, { lang }).errors;
      expect(errors.find((error) => error.pathText === 'id')?.message).toBe(message);
    });

    it.each(['nn', 'nb', 'da', 'en'])('unknown field in %s names the field', (lang) => {
      const withExtra = { ...copy(alverJson), vekstbedrift: {} };
      const [error] = parseRulePack(withExtra, { lang }).errors;
      expect(error!.code).toBe('unknown-field');
      expect(error!.message).toContain('"vekstbedrift"');
    });
  });
});
