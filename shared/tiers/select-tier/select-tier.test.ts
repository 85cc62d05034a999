import { describe, expect, it } from 'vitest';
import { builtInPacks, selectTier } from '../../index.js';

const vejle = builtInPacks['dk-vejle-voksen'];
const alver = builtInPacks['no-alver-vekstbedrift'];
const codes = (result: ReturnType<typeof selectTier>) => result.flags.map((entry) => entry.code);

describe('selectTier — Vejle § 85 (Bilag 1)', () => {
  it('proposes the lowest tier whose average face-to-face time covers the need, with its figures', () => {
    const result = selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 2.5 });
    expect(result.tier).toMatchObject({
      id: 'trin-3',
      label: 'Level 3',
      grossPerWeek: { hours: 4.1, asWritten: '4 t og 6 min' },
      faceToFacePerWeek: { hours: 2.8, asWritten: '2 t og 48 min' },
      supportAreas: { min: 3, max: 4 },
    });
    expect(result.tier!.source.section).toMatch(/^Bilag 1/);
    expect(result.levels.map((level) => level.id)).toEqual(['trin-1', 'trin-2', 'trin-3', 'trin-4', 'trin-5']);
  });

  it('keeps both of Trin 1\'s time figures as written', () => {
    expect(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 0.5 }).tier!.grossPerWeek).toEqual({ hours: 1.06, asWritten: '1 t og 2 min' });
  });

  describe('boundaries', () => {
    it('exactly 1,4 h is Trin 2', () => {
      expect(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 1.4 }).tier?.id).toBe('trin-2');
      expect(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: '1,4' }).tier?.id).toBe('trin-2');
      expect(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 1.41 }).tier?.id).toBe('trin-3');
    });
    it('0 h is Trin 1, flagged', () => {
      const result = selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 0 });
      expect(result.tier?.id).toBe('trin-1');
      expect(codes(result)).toContain('zero-need');
    });
    it('5,6 h is Trin 5', () => {
      expect(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 5.6 }).tier?.id).toBe('trin-5');
    });
    it('5,61 h is beyond the package scale', () => {
      const result = selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 5.61 });
      expect(result.ok).toBe(true);
      expect(result.tier).toBeNull();
      expect(result.alternatives.map((tier) => tier.id)).toEqual(['trin-5']);
      expect(result.flags.find((entry) => entry.code === 'beyond-scale')!.message).toContain('§§ 107/108');
    });
  });

  describe('support areas as a second signal', () => {
    it('agreeing signals: no mismatch', () => {
      const result = selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 2.8, supportAreaCount: 4 });
      expect(result.tier?.id).toBe('trin-3');
      expect(codes(result)).not.toContain('hours-areas-mismatch');
    });
    it('disagreeing signals: both returned, mismatch flagged', () => {
      const result = selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 1, supportAreas: ['administration', 'contact-social-life', 'self-care', 'practical-tasks', 'shopping-diet-cooking'] });
      expect(result.tier?.id).toBe('trin-2');
      expect(result.alternatives.map((tier) => tier.id)).toEqual(['trin-4', 'trin-5']);
      expect(result.flags.find((entry) => entry.code === 'hours-areas-mismatch')).toMatchObject({ field: 'supportAreas' });
    });
    it('areas only: the lowest tier covering the count, asked to confirm with hours', () => {
      const result = selectTier(vejle, { scale: 'sel85', supportAreaCount: 2 });
      expect(result.tier?.id).toBe('trin-1');
      expect(result.alternatives.map((tier) => tier.id)).toEqual(['trin-2']);
      expect(codes(result)).toContain('proposed-by-areas');
    });
    it('more areas than any tier covers', () => {
      expect(codes(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 5, supportAreaCount: 7 }))).toContain('areas-beyond-scale');
    });
    it('an area limited to § 85 a is flagged under § 85', () => {
      expect(codes(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 1, supportAreas: ['housing-first'] }))).toContain('area-not-for-service');
      expect(codes(selectTier(vejle, { scale: 'sel85', service: 'sel85a', weeklyNeedHours: 1, supportAreas: ['housing-first'] }))).not.toContain('area-not-for-service');
    });
  });

  it('describes a change of tier: Trin 2 to Trin 3', () => {
    const result = selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 2.2, currentTier: 'trin-2' });
    expect(result.flags.find((entry) => entry.code === 'tier-change')?.message).toBe('Change from Level 2 to Level 3.');
    expect(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 2.2, currentTier: 'trin-2' }, { lang: 'da' }).flags.find((entry) => entry.code === 'tier-change')?.message).toBe('Ændring fra Trin 2 til Trin 3.');
  });

  describe('edge cases', () => {
    it('bad input answered at the field', () => {
      expect(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: -1 }).errors[0]).toMatchObject({ field: 'weeklyNeedHours', code: 'negative' });
      expect(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 'mye' }).errors[0]).toMatchObject({ field: 'weeklyNeedHours', code: 'invalid-number' });
      expect(selectTier(vejle, { scale: 'sel85', supportAreas: ['flying'] }).errors[0]).toMatchObject({ field: 'supportAreas', code: 'unknown-area' });
      expect(selectTier(vejle, { scale: 'sel85' }).errors[0]).toMatchObject({ field: 'weeklyNeedHours', code: 'required' });
      expect(selectTier(vejle, { scale: 'sel85', weeklyNeedHours: 1, currentTier: 'trin-9' }).errors[0]).toMatchObject({ field: 'currentTier', code: 'unknown-tier' });
    });
    it('an unknown scale', () => {
      const result = selectTier(alver, { scale: 'sel85', weeklyNeedHours: 1 });
      expect(result.ok).toBe(false);
      expect(result.errors[0]).toMatchObject({ code: 'unknown-scale', field: 'scale' });
    });
  });
});

describe('selectTier — Vejle day services (Bilag 3)', () => {
  it('§ 104: 80 % is 4 days, full time, no Fridays', () => {
    const result = selectTier(vejle, { scale: 'sel104', percent: 80 });
    expect(result.tier).toMatchObject({ percent: 80, daysPerWeek: 4, fullTime: true, offeredOnFridays: false });
    expect(codes(result)).toEqual(['full-time', 'no-fridays']);
  });

  it.each([
    [40, 2],
    [50, 2.5],
    [60, 3],
    [70, 3.5],
    [80, 4],
  ])('§ 104: %i %% ↔ %d days a week, both ways', (percent, days) => {
    expect(selectTier(vejle, { scale: 'sel104', percent }).tier?.daysPerWeek).toBe(days);
    expect(selectTier(vejle, { scale: 'sel104', daysPerWeek: days }).tier?.percent).toBe(percent);
  });

  it('§ 104: 40 % may be 4 half days', () => {
    expect(selectTier(vejle, { scale: 'sel104', halfDaysPerWeek: 4 }).tier?.percent).toBe(40);
  });

  it('§ 103: 50 % = 2½ days or 5 half days; 100 % = 5 days', () => {
    expect(selectTier(vejle, { scale: 'sel103', percent: 50 }).tier).toMatchObject({ daysPerWeek: 2.5, halfDaysPerWeek: 5 });
    expect(selectTier(vejle, { scale: 'sel103', daysPerWeek: 5 }).tier?.percent).toBe(100);
    expect(selectTier(vejle, { scale: 'sel103', halfDaysPerWeek: 5 }).tier?.percent).toBe(50);
  });

  it('rejects what the standard does not offer, with the reason', () => {
    const percent = selectTier(vejle, { scale: 'sel104', percent: 90 });
    expect(percent.ok).toBe(false);
    expect(percent.errors[0]).toMatchObject({ code: 'not-offered', field: 'percent' });
    expect(percent.errors[0]!.message).toBe('90 % is not offered under the standard. Offered: 40 %, 50 %, 60 %, 70 %, 80 %.');
    expect(selectTier(vejle, { scale: 'sel104', daysPerWeek: 5 }).errors[0]).toMatchObject({ code: 'not-offered', field: 'daysPerWeek' });
    expect(selectTier(vejle, { scale: 'sel103', percent: 75 }).errors[0]!.code).toBe('not-offered');
  });

  it('rejects a percentage and a day count that disagree', () => {
    expect(selectTier(vejle, { scale: 'sel104', percent: 60, daysPerWeek: 4 }).errors[0]!.code).toBe('inconsistent');
    expect(selectTier(vejle, { scale: 'sel104', percent: 60, daysPerWeek: 3 }).ok).toBe(true);
  });
});

describe('selectTier — Alver activity and coping ladder', () => {
  it('a vekstbedrift place is step 4, category 2, with the less intrusive steps below', () => {
    const result = selectTier(alver, { scale: 'ladder', service: 'vekstbedrift' });
    expect(result.tier).toMatchObject({ step: 4, category: { id: 'kategori-2', fromStep: 4, toStep: 7 } });
    expect(result.tier!.source.section).toMatch(/^2\.4/);
    expect(result.alternatives.map((tier) => tier.step)).toEqual([3, 2, 1]);
    expect(codes(result)).toEqual(['less-intrusive-below']);
  });

  it('places any step in its category from the pack\'s ranges', () => {
    expect(selectTier(alver, { scale: 'ladder', step: 13 }).tier?.category?.id).toBe('kategori-4');
    expect(selectTier(alver, { scale: 'ladder', step: 8 }).tier?.category?.id).toBe('kategori-3');
    expect(selectTier(alver, { scale: 'ladder', step: 1 }).alternatives).toEqual([]);
  });

  it('follows changed category ranges in a custom pack', () => {
    const custom = structuredClone(alver);
    custom.tiers!.ladder!.categories[1]!.toStep = 8;
    custom.tiers!.ladder!.categories[2]!.fromStep = 9;
    expect(selectTier(custom, { scale: 'ladder', step: 8 }).tier?.category?.id).toBe('kategori-2');
  });

  it('bad input', () => {
    expect(selectTier(alver, { scale: 'ladder', step: 14 }).errors[0]).toMatchObject({ code: 'unknown-step', field: 'step' });
    expect(selectTier(alver, { scale: 'ladder', service: 'bpa' }).errors[0]).toMatchObject({ code: 'unknown-placement', field: 'service' });
  });
});
