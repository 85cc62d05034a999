/** The heavy journal page of the overhead benchmark (the Profil form, a 2 000-row table, filler, a ticking clock). */
export function heavyJournalHtml(): string;
/** The same weight on a page no profile matches. */
export function unmatchedPageHtml(): string;
