import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './tier-selector.js';
import '../funding-calculator/funding-calculator.js';
import type { TierSelector } from './tier-selector.js';
import { normalize, shadow, typeInto } from '../internal/test-helpers.js';
import type { FundingCalculator } from '../funding-calculator/funding-calculator.js';
import { builtInPacks, selectTier, type TierResult } from '../../shared/index.js';


describe('<tier-selector>', () => {
  it('is accessible', async () => {
    const el = await fixture<TierSelector>(html`<tier-selector pack="dk-vejle-voksen" weekly-need-hours="2,5" lang="da"></tier-selector>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible on the ladder and with a mismatch flagged', async () => {
    const ladder = await fixture<TierSelector>(html`<tier-selector pack="no-alver-vekstbedrift" service="vekstbedrift" lang="nn"></tier-selector>`);
    await expect(ladder).to.be.accessible();
    const mismatch = await fixture<TierSelector>(html`<tier-selector pack="dk-vejle-voksen" weekly-need-hours="1" support-area-count="5"></tier-selector>`);
    await expect(mismatch).to.be.accessible();
  });

  it('highlights the proposed tier in the scale and says why', async () => {
    const el = await fixture<TierSelector>(html`<tier-selector pack="dk-vejle-voksen" weekly-need-hours="2,5" lang="da"></tier-selector>`);
    const proposed = shadow(el, 'tr[aria-current=true]');
    expect(normalize(proposed.textContent)).to.contain('Trin 3');
    expect(normalize(proposed.textContent)).to.contain('4,1 t (4 t og 6 min)');
    expect(normalize(shadow(el, '[part=flags]').textContent)).to.contain('Trin 3 er det laveste trin');
    expect(el.result).to.deep.equal(selectTier(builtInPacks['dk-vejle-voksen'], { scale: 'sel85', weeklyNeedHours: '2,5', supportAreaCount: '' }, { lang: 'da' }));
  });

  it('lets the caseworker pick support areas and flags a mismatch with the hours', async () => {
    const el = await fixture<TierSelector>(html`<tier-selector pack="dk-vejle-voksen" weekly-need-hours="1"></tier-selector>`);
    const boxes = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('.areas input[type=checkbox]')];
    for (const box of boxes.slice(0, 5)) {
      box.click();
      await el.updateComplete;
    }
    expect(el.supportAreas.length).to.equal(5);
    expect(el.result!.flags.map((flag) => flag.code)).to.include('hours-areas-mismatch');
    expect(el.shadowRoot!.querySelectorAll('tr.alternative').length).to.equal(2);
  });

  it('fires tier-change (bubbles, composed) on user input', async () => {
    const el = await fixture<TierSelector>(html`<tier-selector pack="dk-vejle-voksen"></tier-selector>`);
    setTimeout(() => typeInto(el, 'weeklyNeedHours', '1,4'));
    const event = (await oneEvent(el, 'tier-change')) as CustomEvent<TierResult>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail.tier!.id).to.equal('trin-2');
  });

  it('drives the price of the funding calculator it is for', async () => {
    const wrapper = await fixture(html`<div>
      <tier-selector for="price" pack="dk-vejle-voksen" current-tier="trin-2"></tier-selector>
      <funding-calculator id="price" pack="dk-vejle-voksen" scheme="sel85" tier="trin-2" day-rate="1000"></funding-calculator>
    </div>`);
    const selector = wrapper.querySelector('tier-selector')!;
    const calculator = wrapper.querySelector<FundingCalculator>('funding-calculator')!;
    // The wrapper is a plain div: wait for the calculator itself (its pack and messages load on first use).
    await calculator.updateComplete;
    expect(calculator.result!.amounts.weekly).to.equal(7000);
    setTimeout(() => typeInto(selector, 'weeklyNeedHours', '2,2'));
    const event = (await oneEvent(calculator, 'funding-change')) as CustomEvent;
    expect(event.detail.amounts.weekly).to.equal(14000);
    expect(calculator.tier).to.equal('trin-3');
    expect(normalize(shadow(selector, '[part=flags]').textContent)).to.contain('Change from Level 2 to Level 3.');
  });

  it('converts day-service percentages and days both ways, and rejects what is not offered', async () => {
    const el = await fixture<TierSelector>(html`<tier-selector pack="dk-vejle-voksen" scale="sel104" percent="80" lang="nb"></tier-selector>`);
    expect(el.result!.tier).to.include({ daysPerWeek: 4, fullTime: true });
    expect(normalize(shadow(el, '[part=flags]').textContent)).to.contain('Tilbys ikke på fredager.');
    await typeInto(el, 'percent', '');
    await typeInto(el, 'daysPerWeek', '3');
    expect(el.result!.tier!.percent).to.equal(60);
    await typeInto(el, 'daysPerWeek', '5');
    expect(normalize(shadow(el, '#daysPerWeek-error').textContent)).to.equal('5 dag(er) i uken tilbys ikke etter standarden. Tilbys: 2, 2,5, 3, 3,5, 4.');
    expect(shadow<HTMLInputElement>(el, '#daysPerWeek').value).to.equal('5');
    expect(normalize(el.shadowRoot!.textContent)).to.contain('Viser siste gyldige resultat');
  });

  it('places a vekstbedrift place on step 4 of the ladder with the less intrusive steps below', async () => {
    const el = await fixture<TierSelector>(html`<tier-selector pack="no-alver-vekstbedrift" service="vekstbedrift" lang="nn"></tier-selector>`);
    expect(normalize(shadow(el, 'li[aria-current=step]').textContent)).to.contain('Steg 4: Aktivitetstilbod');
    expect(el.shadowRoot!.querySelectorAll('ol.ladder li.alternative').length).to.equal(3);
    expect(el.result!.tier!.category!.id).to.equal('kategori-2');
  });

  it('answers nonsense at the field', async () => {
    const el = await fixture<TierSelector>(html`<tier-selector pack="dk-vejle-voksen" weekly-need-hours="mange"></tier-selector>`);
    expect(normalize(shadow(el, '#weeklyNeedHours-error').textContent)).to.equal('Write a number.');
    expect(normalize(shadow(el, 'label[for=weeklyNeedHours]').textContent)).to.contain('hours a week');
    const unknownScale = await fixture<TierSelector>(html`<tier-selector pack="dk-vejle-voksen" scale="sel999"></tier-selector>`);
    expect(normalize(shadow(unknownScale, '#scale-error').textContent)).to.contain('Unknown scale "sel999"');
  });

  it('works at 320 px without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><tier-selector pack="dk-vejle-voksen" weekly-need-hours="2,5" support-area-count="4"></tier-selector></div>`);
    const el = wrapper.querySelector('tier-selector')!;
    await el.updateComplete;
    expect(shadow(el, '[part=base]').scrollWidth).to.be.at.most(320);
  });
});
