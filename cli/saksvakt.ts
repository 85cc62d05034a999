import { readFileSync } from 'node:fs';
// A command line answers in any language at once: every language's messages, not one loaded on demand.
import '../shared/i18n/messages/all.js';
import { parseRulePack } from '../shared/rule-pack/parse-rule-pack/index.js';
import { resolveLocale, type Locale } from '../shared/i18n/locale.js';
import { parseSiteProfile } from '../extension/site-profiles/schema.js';

/** The command line's own words; error texts come from the validators, in the same language. */
const MESSAGES: Record<Locale, { usage: string; valid: (file: string) => string; invalid: (file: string, count: number) => string; unreadable: (file: string, detail: string) => string; notJson: (detail: string) => string }> = {
  en: {
    usage: 'Usage: saksvakt validate [--profile] [--lang nn|nb|da|en] <file.json>\n  Checks a rule pack (or, with --profile, a site profile) and lists every error at its path.',
    valid: (file) => `${file}: valid`,
    invalid: (file, count) => `${file}: ${count} ${count === 1 ? 'error' : 'errors'}`,
    unreadable: (file, detail) => `Could not read ${file}: ${detail}`,
    notJson: (detail) => `The file is not valid JSON: ${detail}`,
  },
  nb: {
    usage: 'Bruk: saksvakt validate [--profile] [--lang nn|nb|da|en] <fil.json>\n  Kontrollerer en regelpakke (eller, med --profile, en nettstedsprofil) og viser hver feil der den står.',
    valid: (file) => `${file}: gyldig`,
    invalid: (file, count) => `${file}: ${count} ${count === 1 ? 'feil' : 'feil'}`,
    unreadable: (file, detail) => `Kunne ikke lese ${file}: ${detail}`,
    notJson: (detail) => `Filen er ikke gyldig JSON: ${detail}`,
  },
  nn: {
    usage: 'Bruk: saksvakt validate [--profile] [--lang nn|nb|da|en] <fil.json>\n  Kontrollerer ei regelpakke (eller, med --profile, ein nettstadprofil) og viser kvar feil der han står.',
    valid: (file) => `${file}: gyldig`,
    invalid: (file, count) => `${file}: ${count} feil`,
    unreadable: (file, detail) => `Kunne ikkje lese ${file}: ${detail}`,
    notJson: (detail) => `Fila er ikkje gyldig JSON: ${detail}`,
  },
  da: {
    usage: 'Brug: saksvakt validate [--profile] [--lang nn|nb|da|en] <fil.json>\n  Kontrollerer en regelpakke (eller, med --profile, en webstedsprofil) og viser hver fejl, hvor den står.',
    valid: (file) => `${file}: gyldig`,
    invalid: (file, count) => `${file}: ${count} ${count === 1 ? 'fejl' : 'fejl'}`,
    unreadable: (file, detail) => `Kunne ikke læse ${file}: ${detail}`,
    notJson: (detail) => `Filen er ikke gyldig JSON: ${detail}`,
  },
};


export type CliOutput = { out: (line: string) => void; err: (line: string) => void };

/**
 * `saksvakt validate [--profile] [--lang <tag>] <file>`: 0 when valid, 1 when the file has errors,
 * 2 when the command is used wrongly or the file cannot be read. The language defaults from `LANG`.
 */
export function runCli(args: readonly string[], env: Record<string, string | undefined>, io: CliOutput): number {
  let lang = env.LANG?.split('.')[0]?.replace('_', '-') ?? 'en';
  let profile = false;
  const files: string[] = [];
  const rest = [...args];
  const command = rest.shift();
  while (rest.length > 0) {
    const arg = rest.shift()!;
    if (arg === '--profile') profile = true;
    else if (arg === '--lang') lang = rest.shift() ?? lang;
    else if (arg.startsWith('--lang=')) lang = arg.slice('--lang='.length);
    else files.push(arg);
  }
  const locale = resolveLocale(lang);
  const words = MESSAGES[locale];
  if (command !== 'validate' || files.length !== 1) {
    io.err(words.usage);
    return 2;
  }
  const [file] = files as [string];
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    io.err(words.unreadable(file, error instanceof Error ? error.message : String(error)));
    return 2;
  }
  const errors = profile ? validateProfile(text, locale, words.notJson) : parseRulePack(text, { lang: locale }).errors.map((error) => error.message);
  if (errors.length === 0) {
    io.out(words.valid(file));
    return 0;
  }
  io.err(words.invalid(file, errors.length));
  for (const message of errors) io.err(`  ${message}`);
  return 1;
}

function validateProfile(text: string, locale: Locale, notJson: (detail: string) => string): string[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return [notJson(error instanceof Error ? error.message : String(error))];
  }
  const parsed = parseSiteProfile(data);
  return parsed.ok ? [] : parsed.errors.map((error) => error.text[locale]);
}
