import type { ResolvedSource } from './describe-source.js';

/** A warning or error of an engine result: a stable code, a message in the user's language,
 * the input field it concerns (so a form can show it at the field) and where the rule comes from. */
export type RuleIssue = {
  code: string;
  message: string;
  field?: string;
  /** The field in words, as the message names it ("Døgnsats"): a form showing the message beside its own label may strip `${fieldLabel}: `. */
  fieldLabel?: string;
  source?: ResolvedSource;
};
