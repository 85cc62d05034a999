import { localize, type Locale } from '../i18n/locale.js';
import type { RulePack, SourceRef } from './schema.js';

/** A source as a reader sees it: the document's title, the section, and any note. */
export type ResolvedSource = {
  documentId: string;
  document: string;
  section: string;
  /** The language the document and section are quoted in (the pack's own), for `lang` markup. */
  lang: Locale;
  note?: string;
};

const resolved = new WeakMap<SourceRef, Partial<Record<Locale, ResolvedSource>>>();

/**
 * Resolves a pack's source reference for display in `locale`. The result is shared between
 * calls (a caseload resolves the same sources thousands of times): treat it as read-only.
 */
export function describeSource(pack: RulePack, source: SourceRef, locale: Locale): ResolvedSource {
  let byLocale = resolved.get(source);
  if (!byLocale) resolved.set(source, (byLocale = {}));
  return (byLocale[locale] ??= resolve(pack, source, locale));
}

function resolve(pack: RulePack, source: SourceRef, locale: Locale): ResolvedSource {
  const document = pack.documents[source.document];
  return {
    documentId: source.document,
    document: document ? `${document.title} (${document.publisher})` : source.document,
    section: source.section,
    lang: pack.language,
    ...(source.note ? { note: localize(source.note, locale) } : {}),
  };
}
