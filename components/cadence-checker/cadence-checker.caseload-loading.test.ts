import { expect, fixture, html } from '@open-wc/testing';
import './cadence-checker.js';
import type { CadenceChecker } from './cadence-checker.js';
import { normalize, shadow, typeInto } from '../internal/test-helpers.js';
import { builtInPacks, checkCaseload, type CaseloadResult } from '../../shared/index.js';

// The caseload view (caseload-view.ts: its engine, table, ordering, exports) is a module the
// element imports the first time it is in caseload mode. This file imports nothing that imports
// it, and its tests run in order: the single case first, then the first caseload on the page.

/** Every URL the page has fetched, as the browser's resource timing records it. */
const fetched: string[] = [];
new PerformanceObserver((list) => fetched.push(...list.getEntries().map((entry) => entry.name))).observe({ type: 'resource', buffered: true });
const fetchedModule = async (name: string) => {
  // Entries reach the observer in a task after the fetch: let one pass.
  await new Promise((done) => setTimeout(done, 50));
  return fetched.some((url) => new URL(url).pathname.endsWith(`/components/cadence-checker/${name}.ts`));
};

const cases = [
  { id: 'c-ok', service: 'sel103', start: '2025-06-01' },
  { id: 'c-old', service: 'sel85', start: '2020-01-01', followUps: ['2021-09-03'] },
  { id: 'c-soon', service: 'sel85', start: '2025-08-30' },
  { id: 'c-bad', service: 'sel999' },
];
const rowIds = (el: CadenceChecker) => [...el.shadowRoot!.querySelectorAll('.body [role=rowheader]')].map((cell) => cell.textContent);

describe('<cadence-checker> loads its caseload view only for a caseload', () => {
  it('a single case, edited and switched between services, never loads the caseload view', async () => {
    const el = await fixture<CadenceChecker>(html`<cadence-checker pack="dk-vejle-voksen" service="sel85" start="15.01.2025" today="2025-11-22"></cadence-checker>`);
    await typeInto(el, 'followUps', '22.04.2025');
    el.service = 'sel109';
    await el.updateComplete;
    expect(shadow(el, '[part=next]')).to.exist;
    expect(el.result && 'obligations' in el.result).to.equal(true);
    expect(await fetchedModule('caseload-view')).to.equal(false);
    expect(await fetchedModule('caseload-order')).to.equal(false);
    expect(await fetchedModule('virtual-rows')).to.equal(false);
  });

  it('a caseload given after the first render: the case stays shown until the table is, and updateComplete waits for it', async () => {
    const el = await fixture<CadenceChecker>(html`<cadence-checker pack="dk-vejle-voksen" service="sel85" start="15.01.2025" today="2025-11-22"></cadence-checker>`);
    const caseText = normalize(el.shadowRoot!.textContent);
    const seen: string[] = [];
    const observer = new MutationObserver(() => seen.push(normalize(el.shadowRoot!.textContent)));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    el.mode = 'caseload';
    el.cases = cases;
    await el.updateComplete;
    observer.disconnect();
    // The first caseload on the page has loaded the view (this also shows the check above can fail).
    expect(await fetchedModule('caseload-view')).to.equal(true);
    expect(rowIds(el)).to.deep.equal(['c-old', 'c-soon', 'c-ok', 'c-bad']);
    expect(normalize(shadow(el, '[role=status]').textContent)).to.equal('1 overdue, 1 due soon, 1 on track, 1 missing data');
    const tableText = normalize(el.shadowRoot!.textContent);
    // Nothing in between: no empty table, no "No cases.", no zero counts announced while it loaded.
    expect(seen.every((text) => text === caseText || text === tableText), seen.join('\n')).to.equal(true);
    expect(el.result).to.deep.equal(checkCaseload(builtInPacks['dk-vejle-voksen'], cases, { today: '2025-11-22', lang: 'en' }));
  });

  it('a caseload given before the first render shows the same as one given after it', async () => {
    const before = await fixture<CadenceChecker>(html`<cadence-checker mode="caseload" pack="dk-vejle-voksen" today="2025-11-22" .cases=${cases}></cadence-checker>`);
    const after = await fixture<CadenceChecker>(html`<cadence-checker pack="dk-vejle-voksen" today="2025-11-22"></cadence-checker>`);
    after.mode = 'caseload';
    after.cases = cases;
    await after.updateComplete;
    expect(rowIds(before)).to.deep.equal(['c-old', 'c-soon', 'c-ok', 'c-bad']);
    expect(normalize(after.shadowRoot!.textContent)).to.equal(normalize(before.shadowRoot!.textContent));
    expect(rowIds(after)).to.deep.equal(rowIds(before));
    for (const selector of ['[role=table]', '.table-wrap', '.row', '.cell', '.head', '.toolbar']) {
      expect(styleOf(shadow(after, selector)), selector).to.deep.equal(styleOf(shadow(before, selector)));
    }
    expect(shadow(after, '[role=table]').getAttribute('aria-rowcount')).to.equal('5');
    expect((after.result as CaseloadResult).rows.map((row) => row.caseId)).to.deep.equal((before.result as CaseloadResult).rows.map((row) => row.caseId));
  });

  it('the table has its own styles once shown (the view brings them)', async () => {
    const el = await fixture<CadenceChecker>(html`<div style="width: 640px"><cadence-checker mode="caseload" pack="dk-vejle-voksen" today="2025-11-22" .cases=${cases}></cadence-checker></div>`);
    const checker = el.querySelector('cadence-checker')!;
    await checker.updateComplete;
    expect(getComputedStyle(shadow(checker, '.row')).display).to.equal('grid');
    expect(getComputedStyle(shadow(checker, '.toolbar')).display).to.equal('flex');
    expect(getComputedStyle(shadow(checker, '.head')).position).to.equal('sticky');
  });
});

/** The computed properties that lay out the table. */
function styleOf(element: Element) {
  const style = getComputedStyle(element);
  return ['display', 'position', 'grid-template-columns', 'font-weight', 'padding', 'border-bottom', 'overflow-x', 'gap'].map((name) => style.getPropertyValue(name));
}
