import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../funding-calculator/funding-calculator.js';
import '../tier-selector/tier-selector.js';
import type { FundingCalculator } from '../funding-calculator/funding-calculator.js';
import type { TierSelector } from '../tier-selector/tier-selector.js';
import { normalize } from './test-helpers.js';
import { computeFunding, LOCALES, type Locale, type RulePack } from '../../shared/engines.js';
import type { SaksvaktElement } from './saksvakt-element.js';
// The pack files as written, to know each language's wording; importing them hands nothing to the
// elements (unlike shared/index.ts), so here a built-in pack loads as on a vendor's page.
import alverFile from '../../shared/rule-packs/no-alver-vekstbedrift.json' with { type: 'json' };
import vejleFile from '../../shared/rule-packs/dk-vejle-voksen.json' with { type: 'json' };

type Texts = Record<Locale, string>;
const alverName = alverFile.name as Texts;
// The note on the 2023 state rate (revised in May), shown beside its source.
const alverNote2023 = alverFile.funding.vekstbedrift.stateRate.rates.find((rate) => rate.year === 2023)!.source.note as Texts;
const vejleTierLabels = vejleFile.tiers.sel85.levels.map((level) => level.label as Texts);

const text = (el: HTMLElement) => normalize(el.shadowRoot!.textContent);

/** The pack the element computes and renders with (not public: a vendor reads `pack` as set). */
const packUsed = (el: SaksvaktElement) => (el as unknown as { resolvedPack(): { pack?: RulePack } }).resolvedPack().pack!;

/** Every text the element shows from the moment this is called, one entry per render. */
function recordRenders(el: HTMLElement): { shown: string[]; stop(): void } {
  const shown: string[] = [];
  const observer = new MutationObserver(() => shown.push(text(el)));
  observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
  return { shown, stop: () => observer.disconnect() };
}

/** The element shows the Alver pack's texts in `locale`, and none of another language. */
function expectAlverIn(el: FundingCalculator, locale: Locale) {
  const shown = text(el);
  expect(shown).to.contain(normalize(alverName[locale]));
  expect(shown).to.contain(normalize(alverNote2023[locale]));
  for (const other of LOCALES.filter((entry) => entry !== locale)) {
    expect(shown).not.to.contain(normalize(alverName[other]));
    expect(shown).not.to.contain(normalize(alverNote2023[other]));
  }
}

describe('a built-in pack in the element\'s language', () => {
  for (const locale of LOCALES) {
    it(`in ${locale}: the pack's texts in ${locale}, the amount and sources as from the full pack`, async () => {
      const el = await fixture<FundingCalculator>(html`<funding-calculator pack="no-alver-vekstbedrift" date="2023-03-01" lang=${locale}></funding-calculator>`);
      expectAlverIn(el, locale);
      // It loaded the pack in its language alone, and computes the same as the full pack does.
      expect(packUsed(el).name).to.deep.equal({ [locale]: alverName[locale] });
      expect(el.result).to.deep.equal(computeFunding(alverFile as unknown as RulePack, { scheme: 'vekstbedrift', date: '2023-03-01' }, { lang: locale }));
      // What a vendor set is what a vendor reads.
      expect(el.pack).to.equal('no-alver-vekstbedrift');
    });
  }

  it('a change of lang loads that language\'s pack and renders again; the old language stays whole until then', async () => {
    const el = await fixture<FundingCalculator>(html`<funding-calculator pack="no-alver-vekstbedrift" date="2023-03-01" lang="nn"></funding-calculator>`);
    for (const to of ['en', 'da', 'nb', 'nn'] as const) {
      const before = text(el);
      const renders = recordRenders(el);
      el.lang = to;
      await el.updateComplete;
      renders.stop();
      // Until the new language has loaded, the element shows the old one as it was: no empty moment, no mix.
      for (const shown of renders.shown) expect([before, text(el)]).to.include(shown);
      expectAlverIn(el, to);
      expect(packUsed(el).name).to.deep.equal({ [to]: alverName[to] });
      expect(el.pack).to.equal('no-alver-vekstbedrift');
    }
  });

  it('follows the language of an ancestor when that changes', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div lang="nb"><funding-calculator pack="no-alver-vekstbedrift" date="2023-03-01"></funding-calculator></div>`);
    const el = wrapper.querySelector<FundingCalculator>('funding-calculator')!;
    await el.updateComplete;
    expectAlverIn(el, 'nb');
    wrapper.lang = 'da';
    await waitUntil(() => text(el).includes(normalize(alverName.da)), 'the Danish pack texts are shown');
    expectAlverIn(el, 'da');
  });

  it('another element and pack: the tier selector shows Vejle\'s tier labels in its language', async () => {
    const el = await fixture<TierSelector>(html`<tier-selector pack="dk-vejle-voksen" lang="nn"></tier-selector>`);
    const shows = (locale: Locale) => vejleTierLabels.some((label) => text(el).includes(normalize(label[locale])));
    expect(shows('nn')).to.equal(true);
    el.lang = 'en';
    await el.updateComplete;
    expect(shows('en')).to.equal(true);
    expect(vejleTierLabels.filter((label) => label.nn !== label.en).some((label) => text(el).includes(normalize(label.nn)))).to.equal(false);
  });
});
