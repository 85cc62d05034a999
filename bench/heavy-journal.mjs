import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * A heavy journal page for the overhead benchmark, generated (the saved fixtures stay as they
 * are): the Profil decision form, a 2 000-row caseload table, filler up to ~10 000 DOM nodes,
 * and a script that keeps mutating the page as journals do (a clock, a status line).
 */
export function heavyJournalHtml() {
  const profil = readFileSync(resolve(import.meta.dirname, '../test/fixtures/journal/profil-vedtak-vekstbedrift.html'), 'utf8');
  return profil.replace('</form>', `</form>${heavyContent()}`);
}

/**
 * The same weight on a page no site profile matches (an intranet page on a granted origin): the
 * extension should decide "not ours" and cost next to nothing.
 */
export function unmatchedPageHtml() {
  return `<!doctype html><html lang="nn"><head><meta charset="utf-8"><title>Intranett</title></head><body><main><h1>Nyheiter</h1>${heavyContent()}</main></body></html>`;
}

function heavyContent() {
  const rows = [];
  for (let index = 0; index < 2000; index += 1) {
    const day = String((index % 28) + 1).padStart(2, '0');
    const month = String((index % 12) + 1).padStart(2, '0');
    rows.push(`<tr><td>${2019 + (index % 7)}/${1000 + index}</td><td>Serviceloven § 85</td><td>Socialpsykiatri</td><td>${day}.${month}.2023</td><td>${day}.${month}.2024</td></tr>`);
  }
  const filler = Array.from({ length: 1200 }, (_, index) => `<div class="note"><span>Notat ${index}</span><em>Journalnotat</em><b>OK</b></div>`).join('');
  const extra = `
    <div id="status">Klar</div><div id="clock"></div>
    <table id="history"><thead><tr><th>Sak</th><th>Paragraf</th><th>Målgruppe</th><th>Frå</th><th>Sist</th></tr></thead><tbody>${rows.join('')}</tbody></table>
    <section id="notes">${filler}</section>
    <script>
      let tick = 0;
      setInterval(() => {
        tick += 1;
        document.getElementById('clock').textContent = new Date().toISOString();
        if (tick % 5 === 0) document.getElementById('status').textContent = 'Lagra ' + tick;
      }, 200);
    </script>`;
  return extra;
}
