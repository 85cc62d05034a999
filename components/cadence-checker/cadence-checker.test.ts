import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import './cadence-checker.js';
import type { CadenceChecker } from './cadence-checker.js';
import { normalize, shadow, typeInto } from '../internal/test-helpers.js';
import { builtInPacks, checkCadence, checkCaseload, type CadenceResult, type CaseInput, type CaseloadResult, type CaseloadRow, type ObligationStatus } from '../../shared/index.js';
import { orderRows, prepareOrdersWhenIdle, type SortKey } from './caseload-order.js';


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
      const ids = () => [...el.shadowRoot!.querySelectorAll('.body [role=rowheader]')].map((cell) => cell.textContent);
      expect(ids()).to.deep.equal(['c-old', 'c-soon', 'c-ok', 'c-bad']);
      expect((el.result as CaseloadResult).counts.overdue).to.equal(1);
      (el.shadowRoot!.querySelector('.toolbar input[type=checkbox]') as HTMLInputElement).click();
      await el.updateComplete;
      expect(ids()).to.deep.equal(['c-old']);
      el.filter = 'all';
      await el.updateComplete;
      const caseHeader = el.shadowRoot!.querySelectorAll('[role=columnheader]')[0]!;
      (caseHeader.querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(caseHeader.getAttribute('aria-sort')).to.equal('ascending');
      expect(ids()).to.deep.equal(['c-bad', 'c-ok', 'c-old', 'c-soon']);
      (caseHeader.querySelector('button') as HTMLButtonElement).click();
      await el.updateComplete;
      expect(caseHeader.getAttribute('aria-sort')).to.equal('descending');
      expect(ids()).to.deep.equal(['c-soon', 'c-old', 'c-ok', 'c-bad']);
    });

    it('a table to assistive technology: row count, row positions, a header per row', async () => {
      const el = await fixture<CadenceChecker>(html`<cadence-checker mode="caseload" pack="dk-vejle-voksen" today="2025-11-22" .cases=${cases}></cadence-checker>`);
      const table = shadow(el, '[role=table]');
      expect(table.getAttribute('aria-rowcount')).to.equal('5');
      expect([...table.querySelectorAll('[role=row]')].map((row) => row.getAttribute('aria-rowindex'))).to.deep.equal(['1', '2', '3', '4', '5']);
      expect(table.querySelectorAll('[role=columnheader]').length).to.equal(5);
    });

    it('sorting and filtering do not check the caseload again', async () => {
      const el = await fixture<CadenceChecker>(html`<cadence-checker mode="caseload" pack="dk-vejle-voksen" today="2025-11-22" .cases=${cases}></cadence-checker>`);
      const checked = el.result;
      (el.shadowRoot!.querySelectorAll('[role=columnheader] button')[1] as HTMLButtonElement).click();
      el.filter = 'overdue';
      await el.updateComplete;
      expect(el.result).to.equal(checked);
      el.cases = [...cases];
      await el.updateComplete;
      expect(el.result).not.to.equal(checked);
    });

    it('10 000 cases: only the rows in view are in the DOM, every row is reachable by scrolling', async () => {
      // The virtualizer's resize observer sizes rows it has just added, which Chromium reports as a
      // "ResizeObserver loop" error; known and harmless (lit/lit#3154). Only that message is let through.
      const onerror = window.onerror;
      window.onerror = (message, ...rest) => (String(message).startsWith('ResizeObserver loop') ? true : onerror?.call(window, message, ...rest));
      after(() => (window.onerror = onerror));
      const many: CaseInput[] = Array.from({ length: 10_000 }, (_, index) => ({ id: `k${index}`, service: 'sel85', start: `20${String(15 + (index % 10)).padStart(2, '0')}-0${(index % 9) + 1}-15` }));
      const el = await fixture<CadenceChecker>(html`<cadence-checker mode="caseload" pack="dk-vejle-voksen" today="2025-11-22" .cases=${many}></cadence-checker>`);
      const rowsInDom = () => el.shadowRoot!.querySelectorAll('.body [role=row]');
      // The first screen is there at once, before the virtualizer has loaded.
      expect(rowsInDom().length).to.be.greaterThan(0);
      expect(shadow(el, '[role=table]').getAttribute('aria-rowcount')).to.equal('10001');
      const scroller = shadow(el, '.table-wrap');
      expect(scroller.tabIndex).to.equal(0);
      await waitUntil(() => scroller.scrollHeight > 100_000, 'the virtualizer sizes the list for every row', { timeout: 5000 });
      expect(rowsInDom().length).to.be.lessThan(200);
      await expect(el).to.be.accessible();
      const last = (el.result as CaseloadResult).rows.at(-1)!;
      // Row heights are estimated until measured, so the end moves as rows come into view: keep scrolling to it.
      await waitUntil(
        () => {
          scroller.scrollTop = scroller.scrollHeight;
          return [...rowsInDom()].some((row) => row.getAttribute('aria-rowindex') === '10001');
        },
        'the last row comes into view',
        { timeout: 5000 },
      );
      const lastRow = [...rowsInDom()].find((row) => row.getAttribute('aria-rowindex') === '10001')!;
      expect(lastRow.querySelector('[role=rowheader]')!.textContent).to.equal(last.caseId);
      expect(rowsInDom().length).to.be.lessThan(200);
    });

    it('a short caseload renders every row as it is', async () => {
      const few = Array.from({ length: 100 }, (_, index) => ({ id: `k${index}`, service: 'sel85', start: `2024-0${(index % 9) + 1}-15` }));
      const el = await fixture<CadenceChecker>(html`<cadence-checker mode="caseload" pack="dk-vejle-voksen" today="2025-11-22" .cases=${few}></cadence-checker>`);
      expect(el.shadowRoot!.querySelectorAll('.body [role=row]').length).to.equal(100);
      expect(shadow(el, '.table-wrap').hasAttribute('tabindex')).to.equal(false);
    });

    it('orders rows as a stable sort by each column would, both directions, with the filter', async () => {
      const services = ['sel85', 'sel103', 'sel104', 'sel109', 'sel82ab', 'sel999'];
      let seed = 5;
      const random = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31;
      const day = (offset: number) => new Date(Date.UTC(2019, 0, 1) + Math.floor(offset) * 86_400_000).toISOString().slice(0, 10);
      const generated: CaseInput[] = Array.from({ length: 3000 }, (_, index) => ({ id: `k${Math.floor(random() * 2000)}`, service: services[index % services.length]!, start: day(random() * 2500), arrival: day(random() * 2500) }));
      const caseload = checkCaseload(builtInPacks['dk-vejle-voksen'], generated, { today: '2025-11-22' });
      const rank: Record<ObligationStatus, number> = { overdue: 0, 'due-soon': 1, ok: 2, 'missing-data': 3 };
      // The comparison the element sorted with before: localeCompare (numeric) or the status rank.
      const reference = (key: SortKey, ascending: boolean, overdueOnly: boolean): CaseloadRow[] => {
        const rows = overdueOnly ? caseload.rows.filter((row) => row.status === 'overdue') : [...caseload.rows];
        if (key === 'urgency') return ascending ? rows : rows.reverse();
        const value = (row: CaseloadRow): string | number => (key === 'case' ? row.caseId : key === 'service' ? row.service : key === 'due' ? (row.next?.dueDate ?? '9999-12-31') : rank[row.status]);
        return rows.sort((a, b) => {
          const [x, y] = [value(a), value(b)];
          const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), undefined, { numeric: true });
          return ascending ? order : -order;
        });
      };
      // Orders begun in idle time (the case keys merge-sorted in slices) and finished on demand are the same orders.
      prepareOrdersWhenIdle(caseload, () => true);
      await new Promise((done) => requestIdleCallback(done));
      for (const key of ['urgency', 'case', 'service', 'due', 'status'] as const) {
        for (const ascending of [true, false]) {
          for (const overdueOnly of [false, true]) {
            expect(orderRows(caseload, key, ascending, overdueOnly ? 'overdue' : 'all'), `${key} ${ascending ? 'ascending' : 'descending'}${overdueOnly ? ', overdue only' : ''}`).to.deep.equal(reference(key, ascending, overdueOnly));
          }
        }
      }
    });
  });

  it('works at 320 px without horizontal scrolling', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div style="width: 320px"><cadence-checker pack="dk-vejle-voksen" service="sel85" start="15.01.2025" follow-ups="22.04.2025" today="2025-11-22"></cadence-checker></div>`);
    const el = wrapper.querySelector('cadence-checker')!;
    await el.updateComplete;
    expect(shadow(el, '[part=base]').scrollWidth).to.be.at.most(320);
  });
});
