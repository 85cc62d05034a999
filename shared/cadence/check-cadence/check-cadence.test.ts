import { describe, expect, it } from 'vitest';
import { builtInPacks, checkCadence, type CaseInput } from '../../index.js';

const vejle = builtInPacks['dk-vejle-voksen'];
const alver = builtInPacks['no-alver-vekstbedrift'];
const molde = builtInPacks['no-molde-arbeid-aktivitet'];

const check = (pack: typeof vejle, input: CaseInput, today: string) => checkCadence(pack, input, { today });
const obligation = (result: ReturnType<typeof checkCadence>, id: string) => result.obligations.find((entry) => entry.id === id)!;

describe('checkCadence — Vejle Bilag 4', () => {
  describe('§ 85: first after 3 months, then every 6', () => {
    it('first follow-up 3 months after the grant', () => {
      const result = check(vejle, { service: 'sel85', start: '2025-01-15' }, '2025-03-01');
      expect(obligation(result, 'follow-up')).toMatchObject({ dueDate: '2025-04-15', status: 'ok', daysUntilDue: 45 });
      expect(obligation(result, 'follow-up').source.section).toBe('Bilag 4 – Opfølgningskadence – § 85');
    });

    it('due soon within the pack\'s 30 days, overdue the day after', () => {
      expect(obligation(check(vejle, { service: 'sel85', start: '2025-01-15' }, '2025-03-16'), 'follow-up').status).toBe('due-soon');
      expect(obligation(check(vejle, { service: 'sel85', start: '2025-01-15' }, '2025-04-15'), 'follow-up').status).toBe('due-soon');
      expect(obligation(check(vejle, { service: 'sel85', start: '2025-01-15' }, '2025-04-16'), 'follow-up').status).toBe('overdue');
    });

    it('then 6 months after the last follow-up held (the Nexus case: overdue since 22.10.2025)', () => {
      const result = check(vejle, { service: 'sel85', start: '2025-01-15', levelSince: '2025-01-15', followUps: ['2025-04-22'] }, '2025-11-22');
      expect(result.next).toMatchObject({ id: 'follow-up', dueDate: '2025-10-22', status: 'overdue', daysUntilDue: -31, lastHeld: '2025-04-22' });
      expect(result.next!.summary).toBe('Overdue since 22/10/2025: Follow-up in person or by video; reassess the tier');
    });

    // Bilag 4, § 85: "Når en borger har modtaget § 85 støtte i samme støtte omfang i 12 mdr., skal sagen drøftes i
    // sparringsgruppen. Når en borger har modtaget § 85 støtte ud over 12 mdr., skal sagen drøftes i sparringsgruppen hver 6. mdr."
    it('"ud over 12 mdr. … hver 6. mdr." (the plain reading, in force): 12 months after the grant, then every 6 months', () => {
      expect(obligation(check(vejle, { service: 'sel85', start: '2024-01-15' }, '2025-02-01'), 'sparring-group')).toMatchObject({ dueDate: '2025-01-15', status: 'overdue' });
      expect(obligation(check(vejle, { service: 'sel85', start: '2024-01-15', sparringDiscussions: ['2025-01-20'] }, '2025-02-01'), 'sparring-group').dueDate).toBe('2025-07-20');
      expect(obligation(check(vejle, { service: 'sel85', start: '2024-01-15' }, '2025-02-01'), 'sparring-group').source.note).toMatch(/^Reading in force \(the plain reading\)/);
    });
    it('a changed level does not postpone the six-monthly discussions: support "ud over 12 mdr." at any level counts', () => {
      expect(obligation(check(vejle, { service: 'sel85', start: '2024-01-15', levelSince: '2024-09-01' }, '2025-02-01'), 'sparring-group').dueDate).toBe('2025-01-15');
    });
    it('"i samme støtte omfang i 12 mdr.": 12 months after the current level began, when that date is recorded', () => {
      const result = check(vejle, { service: 'sel85', start: '2024-01-15', levelSince: '2024-09-01', sparringDiscussions: ['2025-01-20'] }, '2025-02-01');
      expect(obligation(result, 'sparring-group-same-level')).toMatchObject({ dueDate: '2025-09-01', completedOn: '2025-01-20' });
      const undiscussed = check(vejle, { service: 'sel85', start: '2024-01-15', levelSince: '2024-09-01' }, '2025-02-01');
      expect(obligation(undiscussed, 'sparring-group-same-level')).toMatchObject({ dueDate: '2025-09-01', status: 'ok' });
      expect(check(vejle, { service: 'sel85', start: '2024-01-15' }, '2025-02-01').obligations.map((entry) => entry.id)).not.toContain('sparring-group-same-level');
    });
    it('the other reading is a pack setting: anchoring the six-monthly rule on levelSince counts from the current level', () => {
      const pack = structuredClone(vejle);
      const rule = pack.cadence!.services.find((service) => service.id === 'sel85')!.obligations.find((entry) => entry.id === 'sparring-group')!;
      rule.anchor = 'levelSince';
      rule.anchorFallback = 'start';
      expect(obligation(check(pack, { service: 'sel85', start: '2024-01-15', levelSince: '2024-09-01' }, '2025-02-01'), 'sparring-group').dueDate).toBe('2025-09-01');
    });
  });

  describe('month ends and leap years', () => {
    it('30 November + 3 months is 28 February; 31 August + 6 months is 28 February', () => {
      expect(obligation(check(vejle, { service: 'sel85', start: '2024-11-30' }, '2025-01-01'), 'follow-up').dueDate).toBe('2025-02-28');
      expect(obligation(check(vejle, { service: 'sel85', start: '2024-11-30', followUps: ['2025-08-31'] }, '2025-09-01'), 'follow-up').dueDate).toBe('2026-02-28');
    });

    it('29 November 2023 + 3 months is 29 February 2024; leap day + 1 year is 28 February', () => {
      expect(obligation(check(vejle, { service: 'sel85', start: '2023-11-29' }, '2024-01-01'), 'follow-up').dueDate).toBe('2024-02-29');
      expect(obligation(check(vejle, { service: 'sel100', start: '2024-02-29' }, '2024-03-01'), 'follow-up').dueDate).toBe('2025-02-28');
    });
  });

  it('§ 82 a/b: 12 weeks, a second follow-up at 24 weeks if extended, at most 6 months', () => {
    const result = check(vejle, { service: 'sel82ab', start: '2025-01-06' }, '2025-02-01');
    expect(obligation(result, 'progress-review').dueDate).toBe('2025-03-31');
    expect(obligation(result, 'latest-end')).toMatchObject({ dueDate: '2025-07-06', milestone: true });
    const extended = check(vejle, { service: 'sel82ab', start: '2025-01-06', followUps: ['2025-03-31'] }, '2025-04-01');
    expect(obligation(extended, 'progress-review').dueDate).toBe('2025-06-23');
    const done = check(vejle, { service: 'sel82ab', start: '2025-01-06', followUps: ['2025-03-31', '2025-06-23'] }, '2025-06-24');
    expect(obligation(done, 'progress-review')).toMatchObject({ ended: true, status: 'ok' });
    expect(done.next?.id).toBe('latest-end');
  });

  it.each([
    ['sel84', '2026-03-01'],
    ['sel97', '2026-03-01'],
    ['sel100', '2026-03-01'],
    ['sel103', '2027-03-01'],
    ['sel104', '2027-03-01'],
    ['sel107', '2025-06-01'],
    ['sel108-dd-own', '2025-06-01'],
    ['sel108-dd-other', '2025-06-01'],
    ['sel108-psych', '2025-06-01'],
  ])('%s: first follow-up for a start on 01.03.2025 is due %s', (service, due) => {
    expect(obligation(check(vejle, { service, start: '2025-03-01' }, '2025-03-02'), 'follow-up').dueDate).toBe(due);
  });

  it('§ 107: after 3 months, then every 6', () => {
    expect(obligation(check(vejle, { service: 'sel107', start: '2025-03-01', followUps: ['2025-06-03'] }, '2025-07-01'), 'follow-up').dueDate).toBe('2025-12-03');
  });

  describe('§ 108 ASF / acquired brain injury: every 6 months until 3 years after move-in, then yearly', () => {
    const moveIn = '2022-01-10';
    it('3 months after move-in first', () => {
      expect(obligation(check(vejle, { service: 'sel108-asf-abi', start: moveIn }, '2022-02-01'), 'follow-up').dueDate).toBe('2022-04-10');
    });
    it('held before the third anniversary: next in 6 months', () => {
      expect(obligation(check(vejle, { service: 'sel108-asf-abi', start: moveIn, followUps: ['2024-10-10'] }, '2024-11-01'), 'follow-up').dueDate).toBe('2025-04-10');
      expect(obligation(check(vejle, { service: 'sel108-asf-abi', start: moveIn, followUps: ['2025-01-09'] }, '2025-02-01'), 'follow-up').dueDate).toBe('2025-07-09');
    });
    it('held on or after the third anniversary: next in 12 months (boundary documented in the pack)', () => {
      expect(obligation(check(vejle, { service: 'sel108-asf-abi', start: moveIn, followUps: ['2025-01-10'] }, '2025-02-01'), 'follow-up').dueDate).toBe('2026-01-10');
      expect(vejle.cadence!.services.find((service) => service.id === 'sel108-asf-abi')!.obligations[0]!.source.note?.en).toMatch(/Boundary choice/);
    });
  });

  // Del 4, § 108: "Som minimum efter 3 måneder fra indflytning og derefter hvert eller hvert andet år,
  // afhængigt af hvilken målgruppe der er tale om jf. opfølgningskadencen, se bilag 4."
  describe('§ 108 developmental disability: "som minimum efter 3 måneder fra indflytning og derefter hvert eller hvert andet år"', () => {
    const moveIn = '2024-09-16';
    it.each([
      ['sel108-dd-own', '2024-12-16'],
      ['sel108-dd-other', '2024-12-16'],
    ])('%s: the first follow-up is due 3 months after moving in (%s)', (service, due) => {
      const first = obligation(check(vejle, { service, start: moveIn }, '2024-10-01'), 'follow-up');
      expect(first.dueDate).toBe(due);
      expect(first.source.note).toContain('efter 3 måneder fra indflytning');
    });
    it('Vejle\'s own housing ("Personlig opfølgning hvert 2. år"): every 2 years after the first', () => {
      expect(obligation(check(vejle, { service: 'sel108-dd-own', start: moveIn, followUps: ['2024-12-10'] }, '2025-01-01'), 'follow-up').dueDate).toBe('2026-12-10');
    });
    it('other municipalities\' and private housing ("Personlig opfølgning 1 x årligt"): yearly after the first', () => {
      expect(obligation(check(vejle, { service: 'sel108-dd-other', start: moveIn, followUps: ['2024-12-10'] }, '2025-01-01'), 'follow-up').dueDate).toBe('2025-12-10');
    });
  });

  describe('§ 108 developmental disability, own housing: rate review yearly for the first 3 years', () => {
    it('due yearly up to the third anniversary, then no longer required', () => {
      const start = '2021-03-01';
      expect(obligation(check(vejle, { service: 'sel108-dd-own', start }, '2021-04-01'), 'rate-review').dueDate).toBe('2022-03-01');
      expect(obligation(check(vejle, { service: 'sel108-dd-own', start, rateReviews: ['2022-03-01', '2023-03-01'] }, '2023-04-01'), 'rate-review').dueDate).toBe('2024-03-01');
      const ended = obligation(check(vejle, { service: 'sel108-dd-own', start, rateReviews: ['2022-03-01', '2023-03-01', '2024-03-01'] }, '2024-04-01'), 'rate-review');
      expect(ended).toMatchObject({ ended: true, status: 'ok' });
      expect(ended.dueDate).toBeUndefined();
    });
  });

  describe('§ 102: follow-up after 6 sessions — a count, not a date', () => {
    it.each([
      [4, 'ok'],
      [5, 'due-soon'],
      [6, 'overdue'],
      [9, 'overdue'],
    ])('%i sessions held → %s', (sessions, status) => {
      const result = check(vejle, { service: 'sel102', start: '2025-01-01', sessions }, '2025-03-01');
      expect(obligation(result, 'follow-up')).toMatchObject({ dueAtSession: 6, status });
      expect(obligation(result, 'follow-up').dueDate).toBeUndefined();
    });
    it('done once a follow-up is held; missing data without a session count', () => {
      expect(obligation(check(vejle, { service: 'sel102', start: '2025-01-01', sessions: 7, followUps: ['2025-02-20'] }, '2025-03-01'), 'follow-up')).toMatchObject({ status: 'ok', completedOn: '2025-02-20' });
      expect(obligation(check(vejle, { service: 'sel102', start: '2025-01-01' }, '2025-03-01'), 'follow-up')).toMatchObject({ status: 'missing-data', missing: ['sessions'] });
    });
  });

  describe('§ 109 women\'s shelter', () => {
    it('informed within 3 working days: an arrival before Easter 2024 skips the Easter holidays', () => {
      const result = check(vejle, { service: 'sel109', arrival: '2024-03-27' }, '2024-03-28');
      expect(obligation(result, 'municipality-informed').dueDate).toBe('2024-04-04');
      expect(obligation(result, 'stay-plan').dueDate).toBe('2024-04-10');
      expect(obligation(result, 'follow-up').dueDate).toBe('2024-04-10');
    });
    it('Store Bededag counts until 2023, not from 2024', () => {
      expect(obligation(check(vejle, { service: 'sel109', arrival: '2023-05-03' }, '2023-05-03'), 'municipality-informed').dueDate).toBe('2023-05-09');
      expect(obligation(check(vejle, { service: 'sel109', arrival: '2024-04-24' }, '2024-04-24'), 'municipality-informed').dueDate).toBe('2024-04-29');
    });
    it('stay plan 14 days after the municipality learns of the stay, then follow-up every 14 days', () => {
      const result = check(vejle, { service: 'sel109', arrival: '2024-03-27', informed: '2024-03-28', stayPlan: '2024-04-05', followUps: ['2024-04-19'] }, '2024-04-20');
      expect(obligation(result, 'municipality-informed')).toMatchObject({ status: 'ok', completedOn: '2024-03-28' });
      expect(obligation(result, 'stay-plan')).toMatchObject({ dueDate: '2024-04-11', completedOn: '2024-04-05' });
      expect(obligation(result, 'follow-up').dueDate).toBe('2024-05-03');
    });
    // Bilag 4, §§ 109 og 110: "Borgerens opholdsplan skal foreligge forud for opfølgning senest 14 dage efter,
    // Vejle Kommune er blevet bekendt med borgerens ophold. Herefter opfølgning minimum hver 14. dag"
    it('"senest 14 dage efter, Vejle Kommune er blevet bekendt med borgerens ophold": the first follow-up is due 14 days after informed', () => {
      const result = check(vejle, { service: 'sel109', arrival: '2024-03-01', informed: '2024-03-10' }, '2024-03-11');
      expect(obligation(result, 'stay-plan').dueDate).toBe('2024-03-24');
      expect(obligation(result, 'follow-up').dueDate).toBe('2024-03-24');
    });
    it.each(['sel109', 'sel110'])('%s: "forud for opfølgning": a stay plan made early never brings the first follow-up before the plan\'s own deadline', (service) => {
      const result = check(vejle, { service, arrival: '2024-03-01', informed: '2024-03-02', stayPlan: '2024-03-04' }, '2024-03-05');
      const deadline = obligation(result, 'stay-plan').dueDate!;
      expect(deadline).toBe('2024-03-16');
      expect(obligation(result, 'follow-up').dueDate).toBe('2024-03-16');
      expect(obligation(result, 'follow-up').dueDate! >= deadline).toBe(true);
    });
    it('"Herefter opfølgning minimum hver 14. dag": each later follow-up 14 days after the last one held', () => {
      const result = check(vejle, { service: 'sel110', arrival: '2024-03-01', informed: '2024-03-02', stayPlan: '2024-03-10', followUps: ['2024-03-15'] }, '2024-03-20');
      expect(obligation(result, 'follow-up').dueDate).toBe('2024-03-29');
    });
    it('informed late is done, but marked late', () => {
      expect(obligation(check(vejle, { service: 'sel109', arrival: '2024-03-27', informed: '2024-04-05' }, '2024-04-06'), 'municipality-informed')).toMatchObject({ completedOn: '2024-04-05', completedLate: true });
    });
  });

  it('§ 110 hostel: "3 dage" read as calendar days, the ambiguity noted', () => {
    const result = check(vejle, { service: 'sel110', arrival: '2024-03-27' }, '2024-03-28');
    expect(obligation(result, 'municipality-informed').dueDate).toBe('2024-03-30');
    expect(obligation(result, 'municipality-informed').source.note).toMatch(/Ambiguous/);
  });
});

describe('checkCadence — Alver vekstbedrift', () => {
  const profilCase: CaseInput = {
    service: 'vekstbedrift',
    start: '2023-03-01',
    evaluationReports: ['2024-03-20'],
    collaborationMeetings: ['2024-02-12'],
    conversations: ['2025-06-01'],
  };

  it('the Profil case: evaluation report overdue, collaboration meeting overdue, too few conversations', () => {
    const result = check(alver, profilCase, '2025-11-22');
    expect(obligation(result, 'evaluation-report')).toMatchObject({ dueDate: '2025-03-20', status: 'overdue' });
    expect(obligation(result, 'collaboration-meeting')).toMatchObject({ dueDate: '2025-02-12', status: 'overdue' });
    expect(obligation(result, 'conversations')).toMatchObject({ status: 'overdue' });
    expect(result.next?.id).toBe('conversations');
  });

  it('at least 2 conversations in every 12 months: the next is due 12 months after the second-latest', () => {
    const result = check(alver, { ...profilCase, conversations: ['2025-01-10', '2025-06-01'] }, '2025-11-22');
    expect(obligation(result, 'conversations')).toMatchObject({ dueDate: '2026-01-10', status: 'ok' });
  });

  it('a count without dates ("Samtalar siste 12 mnd.: 1") is checked against the minimum', () => {
    const short = obligation(check(alver, { service: 'vekstbedrift', start: '2023-03-01', recentCounts: { conversations: 1 } }, '2025-11-22'), 'conversations');
    expect(short).toMatchObject({ status: 'overdue', heldInWindow: 1 });
    expect(short.summary).toBe('Too few in the last 12 months (1 recorded): At least 2 conversations a year (vekstbedrift and participant)');
    expect(obligation(check(alver, { service: 'vekstbedrift', start: '2023-03-01', recentCounts: { conversations: 2 } }, '2025-11-22'), 'conversations')).toMatchObject({ status: 'ok' });
    expect(obligation(check(alver, { service: 'vekstbedrift', start: '2025-06-01', recentCounts: { conversations: 0 } }, '2025-11-22'), 'conversations')).toMatchObject({ dueDate: '2026-06-01', status: 'ok' });
  });

  it('system-level meeting only when its records are given', () => {
    expect(check(alver, profilCase, '2025-11-22').obligations.map((entry) => entry.id)).not.toContain('system-meeting');
    expect(obligation(check(alver, { ...profilCase, systemMeetings: ['2025-05-05'] }, '2025-11-22'), 'system-meeting').dueDate).toBe('2026-05-05');
  });

  it('3 months\' notice: the earliest end, across a month end', () => {
    const result = check(alver, { ...profilCase, noticeGiven: '2025-11-30' }, '2025-12-01');
    expect(obligation(result, 'notice-period-end')).toMatchObject({ dueDate: '2026-02-28', milestone: true });
  });
});

describe('checkCadence — Molde complaint', () => {
  it('written answer within 2 weeks of receipt', () => {
    expect(obligation(check(molde, { service: 'complaint', received: '2025-03-03' }, '2025-03-13'), 'written-answer')).toMatchObject({ dueDate: '2025-03-17', status: 'due-soon' });
    expect(obligation(check(molde, { service: 'complaint', received: '2025-03-03' }, '2025-03-10'), 'written-answer').status).toBe('ok');
    expect(obligation(check(molde, { service: 'complaint', received: '2025-03-03', answered: '2025-03-20' }, '2025-03-21'), 'written-answer')).toMatchObject({ completedOn: '2025-03-20', completedLate: true });
  });
});

describe('checkCadence — overrides', () => {
  const base: CaseInput = { service: 'sel85', start: '2025-01-15', followUps: ['2025-04-22'] };

  it('a recorded override replaces the due date and is shown as one', () => {
    const result = check(vejle, { ...base, overrides: [{ obligation: 'follow-up', date: '2025-12-01', reason: 'Agreed with the consultant: citizen in hospital' }] }, '2025-11-22');
    expect(obligation(result, 'follow-up')).toMatchObject({
      dueDate: '2025-12-01',
      status: 'due-soon',
      override: { originalDueDate: '2025-10-22', reason: 'Agreed with the consultant: citizen in hospital' },
    });
    expect(obligation(result, 'follow-up').summary).toContain('instead of 22/10/2025');
  });

  it('an override tied to a due date lapses once the follow-up is held', () => {
    const overrides = [{ obligation: 'follow-up', date: '2025-12-01', reason: 'Hospital', replaces: '2025-10-22' }];
    const result = check(vejle, { ...base, followUps: ['2025-04-22', '2025-11-28'], overrides }, '2025-12-02');
    expect(obligation(result, 'follow-up')).toMatchObject({ dueDate: '2026-05-28' });
    expect(obligation(result, 'follow-up').override).toBeUndefined();
  });

  it('an override without a reason is refused at the field', () => {
    const result = check(vejle, { ...base, overrides: [{ obligation: 'follow-up', date: '2025-12-01', reason: ' ' }] }, '2025-11-22');
    expect(result.ok).toBe(false);
    expect(result.errors[0]).toMatchObject({ code: 'required', field: 'overrides[0].reason' });
  });
});

describe('edge cases', () => {
  it('missing start date: missing data, nothing next', () => {
    const result = check(vejle, { service: 'sel85' }, '2025-11-22');
    expect(result.ok).toBe(true);
    expect(obligation(result, 'follow-up')).toMatchObject({ status: 'missing-data', missing: ['start'] });
    expect(obligation(result, 'follow-up').summary).toBe('Cannot check "Follow-up in person or by video; reassess the tier": start date missing.');
    expect(result.next).toBeUndefined();
  });

  it('follow-ups recorded before the start are ignored', () => {
    expect(obligation(check(vejle, { service: 'sel85', start: '2025-01-15', followUps: ['2024-12-01'] }, '2025-02-01'), 'follow-up').dueDate).toBe('2025-04-15');
  });

  it('unordered follow-up dates are fine', () => {
    expect(obligation(check(vejle, { service: 'sel85', start: '2025-01-15', followUps: ['2025-10-01', '2025-04-22'] }, '2025-11-01'), 'follow-up').dueDate).toBe('2026-04-01');
  });

  it('unknown service, malformed dates, nonsense today: ok false with errors at the fields', () => {
    expect(check(vejle, { service: 'sel999' }, '2025-11-22').errors[0]).toMatchObject({ code: 'unknown-service', field: 'service' });
    expect(check(vejle, { service: 'sel85', start: '15.01.2025' }, '2025-11-22').errors[0]).toMatchObject({ code: 'invalid-date', field: 'start' });
    expect(check(vejle, { service: 'sel85', start: '2025-01-15', followUps: ['2025-02-30'] }, '2025-11-22').errors[0]!.field).toBe('followUps');
    expect(checkCadence(vejle, { service: 'sel85' }, { today: 'tomorrow' }).errors[0]!.field).toBe('today');
    expect(checkCadence(vejle, null as never, { today: '2025-01-01' }).ok).toBe(false);
  });

  it('a pack without cadence rules says so', () => {
    const noCadence = { ...alver, cadence: undefined };
    expect(checkCadence(noCadence, { service: 'vekstbedrift' }, { today: '2025-01-01' }).errors[0]!.code).toBe('no-cadence');
  });

  it('labels and summaries in each language', () => {
    const input: CaseInput = { service: 'sel85', start: '2025-01-15', followUps: ['2025-04-22'] };
    expect(checkCadence(vejle, input, { today: '2025-11-22', lang: 'da' }).next!.summary).toBe('Overskredet siden 22.10.2025: Opfølgning ved fremmøde eller Teams; trin vurderes');
    expect(checkCadence(alver, { service: 'vekstbedrift', start: '2025-01-01' }, { today: '2025-11-22', lang: 'nn' }).next!.summary).toMatch(/^Forfell 01\.01\.2026 \(om 40 dagar\): /);
  });
});

describe('checkCadence — what the documents add beyond the follow-up tables', () => {
  // Molde 2.3, Smia: "Alle deltakere får sin personlige oppfølgingskontakt på Smia og tilbys ukentlige oppfølgingssamtaler."
  it('Molde Smia "tilbys ukentlige oppfølgingssamtaler": a conversation a week after the last one', () => {
    expect(obligation(check(molde, { service: 'smia', start: '2025-03-03' }, '2025-03-04'), 'weekly-conversation').dueDate).toBe('2025-03-10');
    expect(obligation(check(molde, { service: 'smia', start: '2025-03-03', conversations: ['2025-03-12'] }, '2025-03-13'), 'weekly-conversation').dueDate).toBe('2025-03-19');
  });

  // Vejle § 109, Klagemulighed: "skal modtages senest fire uger fra afgørelsen er modtaget." / "Inden for 4 uger tager Krisecentret stilling"
  it('Vejle § 109 complaint: "senest fire uger fra afgørelsen er modtaget", and the shelter decides "Inden for 4 uger"', () => {
    const result = check(vejle, { service: 'sel109-complaint', decisionReceived: '2024-05-02', received: '2024-05-20' }, '2024-05-21');
    expect(obligation(result, 'complaint-deadline')).toMatchObject({ dueDate: '2024-05-30', milestone: true });
    expect(obligation(result, 'shelter-decides').dueDate).toBe('2024-06-17');
    const decided = check(vejle, { service: 'sel109-complaint', received: '2024-05-20', answered: '2024-06-10' }, '2024-06-11');
    expect(obligation(decided, 'shelter-decides').completedOn).toBe('2024-06-10');
    expect(decided.obligations.map((entry) => entry.id)).not.toContain('complaint-deadline');
  });

  // Vejle Del 3, Afklaringsmodul § 103: "Tidsbegrænset til 6 måneder."
  it('Vejle § 103 assessment module "Tidsbegrænset til 6 måneder.": ends 6 months after the start', () => {
    expect(obligation(check(vejle, { service: 'sel103-assessment', start: '2025-01-31' }, '2025-02-01'), 'module-ends')).toMatchObject({ dueDate: '2025-07-31', milestone: true });
  });

  // Alver guideline 10. Kvalitetssystem: "Kommunal retningsline vert å dokumentere i kommunen sitt kvalitetssystem med årleg evaluering."
  it('Alver "kvalitetssystem med årleg evaluering": listed when evaluations are recorded, due 12 months after the last', () => {
    expect(check(alver, { service: 'vekstbedrift', start: '2023-01-10' }, '2023-02-01').obligations.map((entry) => entry.id)).not.toContain('guideline-evaluation');
    const result = check(alver, { service: 'vekstbedrift', start: '2023-01-10', guidelineEvaluations: ['2024-02-01'] }, '2024-03-01');
    expect(obligation(result, 'guideline-evaluation')).toMatchObject({ dueDate: '2025-02-01', lastHeld: '2024-02-01' });
    expect(obligation(result, 'guideline-evaluation').source.section).toBe('10. Kvalitetssystem');
  });
});

// Molde 2.12: "Ny årsplan utarbeides etter at det er gjennomført en helhetlig evaluering i januar. Arbeid og Aktivitet
// gjennomfører i august en halvårsevaluering av årsplanen."
describe('checkCadence — Molde "helhetlig evaluering i januar" and "i august en halvårsevaluering"', () => {
  const department = (input: Partial<CaseInput>, today: string) => check(molde, { service: 'department', start: '2024-01-01', departmentEvaluations: [], halfYearEvaluations: [], ...input }, today);

  it('due by 31 January and 31 August of this year', () => {
    const result = department({}, '2025-01-10');
    expect(obligation(result, 'overall-evaluation')).toMatchObject({ dueDate: '2025-01-31', status: 'ok' });
    expect(obligation(result, 'half-year-evaluation').dueDate).toBe('2025-08-31');
  });

  it('held this January: the next is next January; not held by February: overdue', () => {
    expect(obligation(department({ departmentEvaluations: ['2025-01-20'] }, '2025-03-01'), 'overall-evaluation').dueDate).toBe('2026-01-31');
    expect(obligation(department({}, '2025-02-03'), 'overall-evaluation')).toMatchObject({ dueDate: '2025-01-31', status: 'overdue' });
  });

  it('an August evaluation held late in the year still counts for that year', () => {
    expect(obligation(department({ halfYearEvaluations: ['2025-09-15'] }, '2025-10-01'), 'half-year-evaluation').dueDate).toBe('2026-08-31');
  });

  describe('edge cases', () => {
    it('a plan starting after this year\'s month: first due next year', () => {
      expect(obligation(department({ start: '2025-02-15' }, '2025-03-01'), 'overall-evaluation').dueDate).toBe('2026-01-31');
    });
    it('an organisation-level duty: not listed for a case without its records', () => {
      expect(check(molde, { service: 'department', start: '2024-01-01' }, '2025-01-10').obligations).toEqual([]);
    });
  });
});
