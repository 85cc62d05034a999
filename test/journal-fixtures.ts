import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';

/** The journal page stand-ins provided beside the repository (never edited to suit the code). */
export const JOURNAL_FIXTURES = resolve(import.meta.dirname, '../../shared/fixtures/journal');

export function journalFixtureHtml(name: string): string {
  const path = resolve(JOURNAL_FIXTURES, name);
  if (!existsSync(path)) throw new Error(`Journal fixture missing: ${path} (the shared/ folder beside the repository)`);
  return readFileSync(path, 'utf8');
}

/** A fixture parsed into a DOM document (scripts do not run). */
export function journalFixture(name: string): Document {
  return parseHTML(journalFixtureHtml(name)).document as unknown as Document;
}
