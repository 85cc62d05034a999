import { readFileSync } from 'node:fs';
// A command line answers in any language at once: every language's messages, not one loaded on demand.
import '../shared/i18n/messages/all.js';
import { resolveLocale, type Locale } from '../shared/i18n/locale.js';
import { parseSiteProfile } from '../extension/site-profiles/schema.js';
import { checkProfile } from '../extension/site-profiles/profile-check.js';
import type { CliOutput } from './saksvakt.js';

type Words = {
  usage: string;
  headers: [string, string, string, string, string];
  found: string;
  notFound: string;
  unreadable: string;
  noPage: (profile: string) => string;
  page: (page: string, rows?: number) => string;
  missing: (count: number) => string;
  allFound: string;
  invalidProfile: string;
  unreadableFile: (file: string, detail: string) => string;
};

const WORDS: Record<Locale, Words> = {
  en: {
    usage: 'Usage: npm run profile:check -- [--lang nn|nb|da|en] <profile.json> <saved-page.html>',
    headers: ['field', 'found', 'element', 'value as read', 'as understood'],
    found: 'found', notFound: 'not found', unreadable: '(could not be read)',
    noPage: (profile) => `No page of the profile ${profile} matches this page.`,
    page: (page, rows) => `Page: ${page}${rows === undefined ? '' : ` (${rows} rows, first row shown)`}`,
    missing: (count) => `${count} ${count === 1 ? 'field' : 'fields'} not found.`,
    allFound: 'Every field was found.',
    invalidProfile: 'The profile is not valid:',
    unreadableFile: (file, detail) => `Could not read ${file}: ${detail}`,
  },
  nb: {
    usage: 'Bruk: npm run profile:check -- [--lang nn|nb|da|en] <profil.json> <lagret-side.html>',
    headers: ['felt', 'funnet', 'element', 'verdi som lest', 'som forstått'],
    found: 'funnet', notFound: 'ikke funnet', unreadable: '(kunne ikke leses)',
    noPage: (profile) => `Ingen side i profilen ${profile} passer med denne siden.`,
    page: (page, rows) => `Side: ${page}${rows === undefined ? '' : ` (${rows} rader, første rad vist)`}`,
    missing: (count) => `${count} felt ikke funnet.`,
    allFound: 'Alle felt ble funnet.',
    invalidProfile: 'Profilen er ikke gyldig:',
    unreadableFile: (file, detail) => `Kunne ikke lese ${file}: ${detail}`,
  },
  nn: {
    usage: 'Bruk: npm run profile:check -- [--lang nn|nb|da|en] <profil.json> <lagra-side.html>',
    headers: ['felt', 'funne', 'element', 'verdi som lesen', 'som forstått'],
    found: 'funne', notFound: 'ikkje funne', unreadable: '(kunne ikkje lesast)',
    noPage: (profile) => `Inga side i profilen ${profile} passar med denne sida.`,
    page: (page, rows) => `Side: ${page}${rows === undefined ? '' : ` (${rows} rader, første rad vist)`}`,
    missing: (count) => `${count} felt ikkje funne.`,
    allFound: 'Alle felt vart funne.',
    invalidProfile: 'Profilen er ikkje gyldig:',
    unreadableFile: (file, detail) => `Kunne ikkje lese ${file}: ${detail}`,
  },
  da: {
    usage: 'Brug: npm run profile:check -- [--lang nn|nb|da|en] <profil.json> <gemt-side.html>',
    headers: ['felt', 'fundet', 'element', 'værdi som læst', 'som forstået'],
    found: 'fundet', notFound: 'ikke fundet', unreadable: '(kunne ikke læses)',
    noPage: (profile) => `Ingen side i profilen ${profile} passer til denne side.`,
    page: (page, rows) => `Side: ${page}${rows === undefined ? '' : ` (${rows} rækker, første række vist)`}`,
    missing: (count) => `${count} felt${count === 1 ? '' : 'er'} ikke fundet.`,
    allFound: 'Alle felter blev fundet.',
    invalidProfile: 'Profilen er ikke gyldig:',
    unreadableFile: (file, detail) => `Kunne ikke læse ${file}: ${detail}`,
  },
};

function table(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ').trimEnd());
}

/**
 * Runs a site profile over a saved journal page with the extension's own extraction code and prints,
 * per field, whether it was found, the element, the text as read and the value as understood.
 * 0 when every field the profile names is found; 1 when one is missing or no page kind matches;
 * 2 on wrong use, an unreadable file or an invalid profile. `parseHtml` is linkedom's in Node.
 */
export function runProfileCheck(args: readonly string[], env: Record<string, string | undefined>, io: CliOutput, parseHtml: (html: string) => Document): number {
  let lang = env.LANG?.split('.')[0]?.replace('_', '-') ?? 'en';
  const files: string[] = [];
  for (let index = 0; index < args.length; index++) {
    const arg = args[index]!;
    if (arg === '--lang') lang = args[++index] ?? lang;
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else files.push(arg);
  }
  const locale = resolveLocale(lang);
  const words = WORDS[locale];
  if (files.length !== 2) {
    io.err(words.usage);
    return 2;
  }
  const [profileFile, pageFile] = files as [string, string];
  const texts: string[] = [];
  for (const file of [profileFile, pageFile]) {
    try {
      texts.push(readFileSync(file, 'utf8'));
    } catch (error) {
      io.err(words.unreadableFile(file, error instanceof Error ? error.message : String(error)));
      return 2;
    }
  }
  let data: unknown;
  try {
    data = JSON.parse(texts[0]!);
  } catch (error) {
    io.err(`${words.invalidProfile} ${error instanceof Error ? error.message : String(error)}`);
    return 2;
  }
  const parsed = parseSiteProfile(data);
  if (!parsed.ok) {
    io.err(words.invalidProfile);
    for (const error of parsed.errors) io.err(`  ${error.text[locale]}`);
    return 2;
  }
  const { profile } = parsed;
  const result = checkProfile(parseHtml(texts[1]!), profile);
  if (result.status === 'no-page') {
    io.err(words.noPage(profile.id));
    return 1;
  }
  io.out(words.page(result.pageId, result.rowCount));
  const lines = [words.headers as string[]];
  for (const field of result.fields) {
    if (!field.found) lines.push([field.name, words.notFound, '', '', '']);
    else lines.push([field.name, words.found, field.element!, field.text!, field.status === 'unreadable' ? words.unreadable : field.value === undefined ? '' : String(field.value)]);
  }
  for (const line of table(lines)) io.out(line);
  if (result.missing.length > 0) {
    io.err(words.missing(result.missing.length));
    return 1;
  }
  io.out(words.allFound);
  return 0;
}
