import { resolveLocale } from '../../i18n/locale.js';
import type { RulePack } from '../../rule-pack/schema.js';
import { FundingContext } from './context.js';
import { fundingFormulas } from './schemes.js';
import type { FundingInput, FundingOptions, FundingResult } from './types.js';
import { showValue } from '../../rule-pack/input-checks.js';

export type * from './types.js';
export { FUNDING_SCHEMES, FundingSchemeNotLoadedError, loadFundingSchemes } from './schemes.js';

/**
 * Computes a price or amount under one funding scheme of a rule pack, with the explanation a
 * person reads: every line names the document and section its figure comes from.
 *
 * Invalid-input policy: never throws. A bad field gives `ok: false` and an error naming the field;
 * a year the pack has no rate for gives `rate-missing`, never an invented number. A failed result
 * carries no amounts, with one exception: an Alver period reaching into a year without a rate keeps
 * the date's own month (`monthlyPerPlace`, its lines) and has no `total`. Amounts keep øre (full
 * precision); only display rounds. The scheme's formulas must be loaded (`loadFundingSchemes(pack)`,
 * done by `loadBuiltInPack` and by `shared/index.ts` for every scheme); else it throws
 * `FundingSchemeNotLoadedError`, as it throws `MessagesNotLoadedError` before the language is loaded.
 *
 * @example
 * computeFunding(builtInPacks['no-alver-vekstbedrift'], { scheme: 'vekstbedrift', date: '2022-06-01' }).amounts.monthlyPerPlace
 * //=> 22317
 */
export function computeFunding(pack: RulePack, input: FundingInput, options: FundingOptions = {}): FundingResult {
  const locale = resolveLocale(options.lang ?? 'en');
  const scheme = (input as { scheme?: unknown } | null)?.scheme;
  const ctx = new FundingContext(pack, locale, typeof scheme === 'string' ? scheme : '');
  const funding = pack.funding ?? {};
  const packName = pack.id;

  switch (scheme) {
    case 'vekstbedrift':
    case 'sel85':
    case 'sel97':
    case 'sel109': {
      const rules = funding[scheme];
      if (!rules) {
        ctx.error('scheme-not-in-pack', ctx.m('schemeNotInPack', { scheme, pack: packName }), 'scheme');
        break;
      }
      fundingFormulas(scheme)(ctx, rules, input);
      break;
    }
    default:
      ctx.error('unknown-scheme', ctx.m('unknownScheme', { scheme: showValue(scheme ?? '') }), 'scheme');
  }
  return ctx.finish();
}
