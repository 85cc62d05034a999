import type { CaseInput } from '../shared/index.js';

/**
 * A caseload with dates spread over seven years (a fixed pseudo-random sequence, so every run
 * checks the same cases): a repeating pattern would let caches answer for most cases and flatter
 * the figure. The engine bench and the caseload view's bench use the same cases.
 */
export function generatedCaseload(count: number): CaseInput[] {
  const services = ['sel85', 'sel103', 'sel104', 'sel107', 'sel108-asf-abi', 'sel108-psych', 'sel97', 'sel109', 'sel82ab'];
  let seed = 17;
  const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
  const day = (offset: number) => new Date(Date.UTC(2019, 0, 1) + Math.floor(offset) * 86_400_000).toISOString().slice(0, 10);
  return Array.from({ length: count }, (_, index) => {
    const start = random() * 2500;
    return {
      id: `k${index}`,
      service: services[index % services.length]!,
      start: day(start),
      arrival: day(start),
      followUps: index % 3 === 0 ? [] : [day(start + random() * 400)],
    };
  });
}
