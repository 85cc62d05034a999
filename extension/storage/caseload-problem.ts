import type { CaseloadErrorKind } from './caseload-db.js';

/** The part of `browser.storage.local` the problem record needs (so tests and pages pass their own). */
export type ProblemStorage = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(key: string): Promise<void>;
};

export const CASELOAD_PROBLEM_KEY = 'caseloadProblem';

/** Cases the background could not store, since when and why; shown on the options page until a write succeeds. */
export type CaseloadProblem = { kind: CaseloadErrorKind; cases: number; since: string };

export async function readCaseloadProblem(storage: ProblemStorage): Promise<CaseloadProblem | undefined> {
  const value = (await storage.get(CASELOAD_PROBLEM_KEY))[CASELOAD_PROBLEM_KEY] as Partial<CaseloadProblem> | undefined;
  if (!value || typeof value.cases !== 'number' || typeof value.since !== 'string' || !['unavailable', 'quota', 'failed'].includes(String(value.kind))) return undefined;
  return value as CaseloadProblem;
}

/** Adds a failed batch to the record: the count grows, `since` stays the first failure's time, the kind is the latest. */
export async function recordCaseloadProblem(storage: ProblemStorage, kind: CaseloadErrorKind, cases: number, now = new Date()): Promise<void> {
  const earlier = await readCaseloadProblem(storage);
  const problem: CaseloadProblem = { kind, cases: (earlier?.cases ?? 0) + cases, since: earlier?.since ?? now.toISOString() };
  await storage.set({ [CASELOAD_PROBLEM_KEY]: problem });
}

export async function clearCaseloadProblem(storage: ProblemStorage): Promise<void> {
  if (await readCaseloadProblem(storage)) await storage.remove(CASELOAD_PROBLEM_KEY);
}
