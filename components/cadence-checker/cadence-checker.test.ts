import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import './cadence-checker.js';
import type { CadenceChecker } from './cadence-checker.js';
import { normalize, shadow, typeInto } from '../internal/test-helpers.js';
import { builtInPacks, checkCadence, type CadenceResult, type CaseloadResult } from '../../shared/index.js';


describe('<cadence-checker>', () => {
  it('is accessible', async () => {
    const el = await fixture<CadenceChecker>(html`<cadence-checker pack="dk-vejle-voksen" service="sel85" start="15.01.2025" follow-ups="22.04.2025" today="2025-11-22" lang="da"></cadence-checker>`);
    await expect(el).to.be.accessible();
  });

  it('is accessible in caseload mode', async () => {
    const el = await fixture<CadenceChecker>(html`<cadence-checker mode="caseload" pack="dk-vejle-voksen" today="2025-11-22" .cases=${[{ id: 'a', service: 'sel85', start: '2025-01-15' }]}></cadence-checker>`);
    await expect(el).to.be.accessible();
  });

  it('says the next action in words, with status as symbol and word as well as colour', async () => {
    const el = await fixture<CadenceChecker>(html`<cadence-checker pack="dk-vejle-voksen" service="sel85" start="15.01.2025" follow-ups="22.04.2025" today="2025-11-22" lang="da"></cadence-checker>`);
    const next = shadow(el, '[part=next]');
    expect(next.classList.contains('status-overdue')).to.equal(true);
    expect(normalize(next.textContent)).to.equal('! Overskredet: Overskredet siden 22.10.2025: Opfølgning ved fremmøde eller Teams; trin vurderes');
    const timeline = normalize(shadow(el, '[part=timeline]').textContent);
    expect(timeline).to.contain('22.04.2025 – Afholdt: Afholdte opfølgninger');
    expect(timeline).to.contain('Bilag 4 – Opfølgningskadence – § 85');
  });

  it('result equals the engine\'s result', async () => {
    const el = await fixture<CadenceChecker>(html`<cadence-checker pack="dk-vejle-voksen" service="sel85" start="2025-01-15" follow-ups="2025-04-22" today="2025-11-22"></cadence-checker>`);
    expect(el.result).to.deep.equal(checkCadence(builtInPacks['dk-vejle-voksen'], { service: 'sel85', start: '2025-01-15', followUps: ['2025-04-22'] }, { today: '2025-11-22', lang: 'en' }));
  });

  it('asks only for the inputs the service\'s rules use', async () => {
    const el = await fixture<CadenceChecker>(html`<cadence-checker pack="dk-vejle-voksen" service="sel109" today="2024-03-28"></cadence-checker>`);
    expect(shadow(el, '#arrival')).to.exist;
    expect(shadow(el, '#stayPlan')).to.exist;
    expect(el.shadowRoot!.querySelector('#sessions')).to.equal(null);
    el.service = 'sel102';
    await el.updateComplete;
    expect(shadow(el, '#sessions')).to.exist;
  });

  // Vejle § 109 Klagemulighed: "skal modtages senest fire uger fra afgørelsen er modtaget."
  it('§ 109 complaint: asks when the refusal was received and shows the last day to complain', async () => {
    const el = await fixture<CadenceChecker>(html`<cadence-checker pack="dk-vejle-voksen" service="sel109-complaint" decision-received="02.05.2024" today="2024-05-03" lang="da"></cadence-checker>`);
    expect(shadow(el, '#decisionReceived')).to.exist;
    expect(normalize(el.shadowRoot!.textContent)).to.contain('30.05.2024');
  });

  // Bilag 4 § 85: "Når en borger har modtaget § 85 støtte ud over 12 mdr., skal sagen drøftes i sparringsgruppen hver 6. mdr."
  it('§ 85: shows which reading of the sparring-group rule is in force', async () => {
    const el = await fixture<CadenceChecker>(html`<cadence-checker pack="dk-vejle-voksen" service="sel85" start="2024-01-15" today="2025-02-01" lang="da"></cadence-checker>`);
    expect(normalize(el.shadowRoot!.textContent)).to.contain('Gældende læsning (den ligefremme)');
  });

  it('fires cadence-change when the user types a date, and updates live', async () => {
    const el = await fixture<CadenceChecker>(html`<cadence-checker pack="dk-vejle-voksen" service="sel85" start="15.01.2025" today="2025-11-22"></cadence-checker>`);
    setTimeout(() => typeInto(el, 'followUps', '22.04.2025, 01.11.2025'));
    const event = (await oneEvent(el, 'cadence-change')) as CustomEvent<CadenceResult>;
    expect(event.bubbles && event.composed).to.equal(true);
    expect(event.detail).to.equal(el.result);
    expect((el.result as CadenceResult).next).to.include({ id: 'sparring-group', dueDate: '2026-01-15' });
    expect(shadow<HTMLInputElement>(el, '#followUps').value).to.equal('22.04.2025, 01.11.2025');
  });

  it('nonsense input is answered at the field without losing what was typed', async () => {
    const el = await fixture<CadenceChecker>(html`<cadence-checker pack="dk-vejle-voksen" service="sel85" start="15.01.2025" today="2025-11-22" lang="nb"></cadence-checker>`);
    await typeInto(el, 'start', '31.02.2025');
    expect(shadow<HTMLInputElement>(el, '#start').value).to.equal('31.02.2025');
    expect(shadow<HTMLInputElement>(el, '#start').getAttribute('aria-invalid')).to.equal('true');
    expect(normalize(shadow(el, '#start-error').textContent)).to.equal('Ikke en gyldig dato. Skriv den som dd.mm.åååå.');
    expect(normalize(el.shadowRoot!.textContent)).to.contain('Viser siste gyldige resultat');
    expect(shadow(el, '[part=next]')).to.exist;
  });

  it('records an agreed date with a reason, and shows it as an override', async () => {
    const el = await fixture<CadenceChecker>(html`<cadence-checker pack="dk-vejle-voksen" service="sel85" start="15.01.2025" follow-ups="22.04.2025" today="2025-11-22"></cadence-checker>`);
    const button = [...el.shadowRoot!.querySelectorAll('button.link')][0] as HTMLButtonElement;
    button.click();
    await el.updateComplete;
    await typeInto(el, 'override-date-follow-up', '01.12.2025');
    (el.shadowRoot!.querySelector('.override button') as HTMLButtonElement).click();
    await el.updateComplete;
    expect(normalize(shadow(el, '#override-reason-follow-up-error').textContent)).to.equal('Required.');
    await typeInto(el, 'override-reason-follow-up', 'Citizen in hospital');
    setTimeout(() => (el.shadowRoot!.querySelector('.override button') as HTMLButtonElement).click());
    await oneEvent(el, 'cadence-change');
    await el.updateComplete;
    const followUp = (el.result as CadenceResult).obligations.find((entry) => entry.id === 'follow-up')!;
    expect(followUp).to.include({ dueDate: '2025-12-01', status: 'due-soon' });
    expect(normalize(shadow(el, '[part=timeline]').textContent)).to.contain('Agreed instead of 22/10/2025: Citizen in hospital');
  });

  describe('caseload mode', () => {
    const cases = [
      { id: 'c-ok', service: 'sel103', start: '2025-06-01' },
      { id: 'c-old', service: 'sel85', start: '2020-01-01', followUps: ['2021-09-03'] },
      { id: 'c-soon', service: 'sel85', start: '2025-08-30' },
      { id: 'c-bad', service: 'sel999' },
    ];

    it('sorts by urgency, filters overdue, and sorts by a column', async () => {
      const el = await fixture<CadenceChecker>(html`<cadence-checker mode="caseload" pack="dk-vejle-voksen" today="2025-11-22" .cases=${cases}></cadence-checker>`);
      const ids = () => [...el.shadowRoot!.querySelectorAll('tbody th[scope=row]')].map((cell) => cell.textContent);
      expect(ids()).to.deep.equal(['c-old', 'c-soon', 'c-ok', 'c-bad']);
      expect((el.result as CaseloadResult).counts.overdue).to.equal(1);
      (el.shadowRoot!.querySelector('.toolbar input[type=checkbox]') as HTMLInputElement).click();
      await el.updateComplete;
      expect(ids()).to.deep.equal(['c-old']);
      el.filter = 'all';
      await el.updateComplete;
      const caseHeader = el.shadowRoot!.querySelectorAll('thead th')[0]!;
      (caseHeader.querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(caseHeader.getAttribute('aria-sort')).to.equal('ascending');
      expect(ids()).to.deep.equal(['c-bad', 'c-ok', 'c-old', 'c-soon']);
    });

    it('renders 500 rows', async () => {
      const many = Array.from({ length: 500 }, (_, index) => ({ id: `k${index}`, service: 'sel85', start: `2024-0${(index % 9) + 1}-15` }));
      const el = await fixture<CadenceChecker>(html`<cadence-checker mode="caseload" pack="dk-vejle-voksen" today="2025-11-22" .cases=${many}></cadence-checker>`);
      expect(el.shadowRoot!.querySelectorAll('tbody tr').length).to.equal(500);
    });
  });

  it('works at 320 px without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><cadence-checker pack="dk-vejle-voksen" service="sel85" start="15.01.2025" follow-ups="22.04.2025" today="2025-11-22"></cadence-checker></div>`);
    const el = wrapper.querySelector('cadence-checker')!;
    await el.updateComplete;
    expect(shadow(el, '[part=base]').scrollWidth).to.be.at.most(320);
  });
});
