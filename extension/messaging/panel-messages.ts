import type { Locale } from '../../shared/index.js';
import type { CaseChecks } from '../checks/run-checks.js';
import type { FieldType, PageKind, PickResult, ReadFormats } from '../picker/pick-answer.js';
import type { FieldName } from '../site-profiles/schema.js';
import type { ListCoverage } from '../overlay/journal-checks.js';

// What travels between the journal tab's content script and its panel (over `panel-channel.ts`).

/** One field of the case as read: its value as understood, or why there is none. */
export type FieldReport = { name: FieldName; word: string; status: 'read' | 'empty' | 'unreadable' | 'not-found'; text?: string; understood?: string; /** The element it was read from, described as the profile check does. */ element?: string };

/**
 * What the panel shows: the current case's checks and the inputs for the full components, each
 * field as read, how much of a list was checked; or that no profile recognises the page.
 */
export type PanelMessage = {
  type: 'saksvakt:case';
  lang: Locale;
  today?: string;
  /** `no-profile`: neither a site profile nor the generic one recognises the page. */
  status: 'checked' | 'no-profile';
  /** The journal's origin, for a profile made by pointing at fields on a page that has none. */
  origin: string;
  profileId?: string;
  pageId?: string;
  cases: CaseChecks[];
  notFound: string[];
  unreadable: string[];
  fields?: FieldReport[];
  list?: ListCoverage;
};

/** The panel asks the page to let the caseworker point at a field; the answer comes back. */
export type PickRequest = { type: 'saksvakt:start-picker'; field: FieldName; fieldType: FieldType; formats: ReadFormats; pageKind: PageKind };
/** The locators that find the picked element again, most stable first with why, and the value each would read. */
export type PickAnswer = ({ type: 'saksvakt:picked'; field: FieldName } & PickResult) | { type: 'saksvakt:pick-cancelled'; field: FieldName };
