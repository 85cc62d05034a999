// Engine timings, run in Node by bench/run.mjs (bundled with esbuild). Each target is compared
// with a naive baseline in the same run, so the ratio does not depend on the machine.
import { builtInPacks, checkCaseload, computeFunding, parseRulePack, selectTier, type CaseInput } from '../shared/index.js';
import vejleJson from '../shared/rule-packs/dk-vejle-voksen.json' with { type: 'json' };

const vejle = builtInPacks['dk-vejle-voksen'];
const alver = builtInPacks['no-alver-vekstbedrift'];

function cases(count: number): CaseInput[] {
  const services = ['sel85', 'sel103', 'sel104', 'sel107', 'sel108-asf-abi', 'sel108-psych', 'sel97', 'sel109', 'sel82ab'];
  return Array.from({ length: count }, (_, index) => {
    const year = 2019 + (index % 7);
    const month = String((index % 12) + 1).padStart(2, '0');
    const day = String((index % 28) + 1).padStart(2, '0');
    return {
      id: `k${index}`,
      service: services[index % services.length]!,
      start: `${year}-${month}-${day}`,
      arrival: `${year}-${month}-${day}`,
      followUps: index % 3 === 0 ? [] : [`${Math.min(year + 1, 2025)}-${month}-${day}`],
    };
  });
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
  const caseload = cases(10_000);
  checkCaseload(vejle, caseload, { today: '2025-11-22' }); // warm up
  const fast = time(() => checkCaseload(vejle, caseload, { today: '2025-11-22' }), 7);
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
    checkCaseload10k: { medianMs: fast.medianMs, targetMs: 50, met: fast.medianMs <= 50, naiveBaselineMs: naivePer10k, speedupVsNaive: naivePer10k / fast.medianMs },
    computeFundingPerCall: { medianUs: (funding.medianMs / fundingCalls) * 1000, naiveBaselineUs: (fundingNaive.medianMs / 200) * 1000, speedupVsNaive: fundingNaive.medianMs / 200 / (funding.medianMs / fundingCalls) },
    selectTierPerCall: { medianUs: (tier.medianMs / tierCalls) * 1000 },
  };
}
