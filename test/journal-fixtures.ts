import { readFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseHTML } from 'linkedom';

/** The journal page stand-ins kept in test/fixtures/journal (never edited to suit the code). */
export const JOURNAL_FIXTURES = resolve(import.meta.dirname, 'fixtures/journal');

export function journalFixtureHtml(name: string): string {
  const path = resolve(JOURNAL_FIXTURES, name);
  if (!existsSync(path)) throw new Error(`Journal fixture missing: ${path}`);
  return readFileSync(path, 'utf8');
}

/** A fixture parsed into a DOM document (scripts do not run). */
export function journalFixture(name: string): Document {
  return parseHTML(journalFixtureHtml(name)).document as unknown as Document;
}

/**
 * The Nexus stand-in renders its views from templates in its own script after a delay. For
 * offline tests, put the view the page would show for `route` into its `#app` element.
 */
export function nexusView(route: string): Document {
  const html = journalFixtureHtml('nexus-forloeb-85.html');
  const match = new RegExp(`'${route.replace(/\//g, '\\/')}': \\(\\) => \`([\\s\\S]*?)\`,`).exec(html);
  if (!match) throw new Error(`No view ${route} in the Nexus fixture`);
  const document = parseHTML(html).document as unknown as Document;
  document.querySelector('#app')!.innerHTML = match[1]!;
  return document;
}
