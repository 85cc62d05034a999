// Engine timings, run in Node by bench/run.mjs (bundled with esbuild). Each target is compared
// with a naive baseline in the same run, so the ratio does not depend on the machine.
import { builtInPacks, checkCaseload, computeFunding, parseRulePack, selectTier, type CaseInput } from '../shared/index.js';
import vejleJson from '../shared/rule-packs/dk-vejle-voksen.json' with { type: 'json' };
import { generatedCaseload } from './generated-caseload.js';

const vejle = builtInPacks['dk-vejle-voksen'];
const alver = builtInPacks['no-alver-vekstbedrift'];


const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
/** The floor of a caseload check: read and parse every date of every case to a day number, nothing else. */
function parseDatesOnly(caseload: readonly CaseInput[]): number {
  let sum = 0;
  const parse = (value: string | undefined) => {
    const match = value === undefined ? null : DATE.exec(value);
    if (match) sum += Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / 86_400_000;
  };
  for (const input of caseload) {
    parse(input.start);
    parse(input.arrival);
    for (const followUp of input.followUps ?? []) parse(followUp);
  }
  return sum;
}

/**
 * The same floor written for speed: each date read from its character codes into a day number, as
 * the caseload checker's own fast path reads dates. The lowest a loop over the dates can go here;
 * reported beside the regular-expression floor so neither flatters the ratio.
 */
function parseDatesByCharacters(caseload: readonly CaseInput[]): number {
  let sum = 0;
  const digit = (text: string, at: number) => text.charCodeAt(at) - 48;
  const parse = (value: string | undefined) => {
    if (value === undefined || value.length !== 10) return;
    const year = digit(value, 0) * 1000 + digit(value, 1) * 100 + digit(value, 2) * 10 + digit(value, 3);
    const month = digit(value, 5) * 10 + digit(value, 6);
    const day = digit(value, 8) * 10 + digit(value, 9);
    const y = month <= 2 ? year - 1 : year;
    sum += y * 365 + Math.floor(y / 4) - Math.floor(y / 100) + Math.floor(y / 400) + Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day;
  };
  for (const input of caseload) {
    parse(input.start);
    parse(input.arrival);
    const followUps = input.followUps;
    if (followUps) for (let index = 0; index < followUps.length; index += 1) parse(followUps[index]);
  }
  return sum;
}

/** checkCaseload at one size beside the floor loop, each a median over runs interleaved in time. */
function caseloadAt(count: number, repeat: number) {
  const caseload = generatedCaseload(count);
  checkCaseload(vejle, caseload, { today: '2025-11-22' }); // warm up
  parseDatesOnly(caseload);
  parseDatesByCharacters(caseload);
  const check: number[] = [];
  const floor: number[] = [];
  const characterFloor: number[] = [];
  for (let index = 0; index < repeat; index += 1) {
    // Fresh case objects each run: nothing is answered from a previous run's objects.
    const fresh = structuredClone(caseload);
    let start = performance.now();
    checkCaseload(vejle, fresh, { today: '2025-11-22' });
    check.push(performance.now() - start);
    start = performance.now();
    parseDatesOnly(fresh);
    floor.push(performance.now() - start);
    start = performance.now();
    parseDatesByCharacters(fresh);
    characterFloor.push(performance.now() - start);
  }
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
  const ratios = check.map((value, index) => value / floor[index]!);
  return { cases: count, medianMs: median(check), fastestMs: Math.min(...check), slowestMs: Math.max(...check), floorMedianMs: median(floor), characterFloorMedianMs: median(characterFloor), ratioToFloor: median(ratios), runs: repeat };
}

function time(run: () => void, repeat: number): { medianMs: number; runs: number } {
  const samples: number[] = [];
  for (let index = 0; index < repeat; index += 1) {
    const start = performance.now();
    run();
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return { medianMs: samples[Math.floor(samples.length / 2)]!, runs: repeat };
}

export function runEngineBench() {
  const scaling = [caseloadAt(1_000, 21), caseloadAt(10_000, 11), caseloadAt(100_000, 5)];
  const tenThousand = scaling[1]!;
  const caseload = generatedCaseload(10_000);
  // Naive baseline: a caller that validates the pack again for every case.
  const naive = time(() => {
    for (const input of caseload.slice(0, 1000)) {
      const pack = parseRulePack(vejleJson);
      if (pack.ok) checkCaseload(pack.pack, [input], { today: '2025-11-22' });
    }
  }, 3);
  const naivePer10k = naive.medianMs * 10;

  const fundingCalls = 2000;
  const funding = time(() => {
    for (let index = 0; index < fundingCalls; index += 1) computeFunding(alver, { scheme: 'vekstbedrift', date: '2023-03-01', places: (index % 5) + 1 });
  }, 5);
  const fundingNaive = time(() => {
    for (let index = 0; index < 200; index += 1) {
      const pack = parseRulePack(builtInPacks['no-alver-vekstbedrift']);
      if (pack.ok) computeFunding(pack.pack, { scheme: 'vekstbedrift', date: '2023-03-01', places: (index % 5) + 1 });
    }
  }, 3);
  const tierCalls = 2000;
  const tier = time(() => {
    for (let index = 0; index < tierCalls; index += 1) selectTier(vejle, { scale: 'sel85', weeklyNeedHours: (index % 60) / 10, supportAreaCount: (index % 6) + 1 });
  }, 5);

  return {
    checkCaseload10k: { medianMs: tenThousand.medianMs, fastestMs: tenThousand.fastestMs, slowestMs: tenThousand.slowestMs, runs: tenThousand.runs, targetMs: 10, met: tenThousand.medianMs <= 10, floorMedianMs: tenThousand.floorMedianMs, characterFloorMedianMs: tenThousand.characterFloorMedianMs, ratioToFloor: tenThousand.ratioToFloor, ratioTarget: 3, ratioMet: tenThousand.ratioToFloor <= 3, naiveBaselineMs: naivePer10k, speedupVsNaive: naivePer10k / tenThousand.medianMs },
    checkCaseloadScaling: scaling,
    computeFundingPerCall: { medianUs: (funding.medianMs / fundingCalls) * 1000, naiveBaselineUs: (fundingNaive.medianMs / 200) * 1000, speedupVsNaive: fundingNaive.medianMs / 200 / (funding.medianMs / fundingCalls) },
    selectTierPerCall: { medianUs: (tier.medianMs / tierCalls) * 1000 },
  };
}
