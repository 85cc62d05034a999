import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const FIXTURES = resolve(import.meta.dirname, '../fixtures/journal');

/** Routes to the journal stand-ins; the Nexus page is a single-page app, so its routes all serve it. */
const ROUTES = {
  '/profil/vedtak': 'profil-vedtak-vekstbedrift.html',
  '/saksliste': 'caseload.html',
  '/forloeb/85': 'nexus-forloeb-85.html',
  '/forloeb/104': 'nexus-forloeb-85.html',
  '/borger/oversigt': 'nexus-forloeb-85.html',
  '/profil/ramme': 'profil-ramme-skal.html',
  '/profil/ramme/meny': 'profil-ramme-meny.html',
  '/profil/ramme/vedtak': 'profil-ramme-vedtak.html',
  '/profil/iframe': 'profil-iframe-skal.html',
  '/profil/bokmal/vedtak': 'profil-bokmal-vedtak.html',
  '/nx/oversigt': 'nexus-skygge-app.html',
  '/nx/forloeb/85': 'nexus-skygge-app.html',
  '/nx/forloeb/104': 'nexus-skygge-app.html',
  '/sagsliste/virtuel': 'sagsliste-virtuel-grid.html',
  '/kommune/vedtak': 'kommune-komponent-vedtak.html',
};

/** Serves the fixture pages on 127.0.0.1 (a free port). */
export async function startJournalServer() {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = ROUTES[path];
    if (!file) {
      response.writeHead(404).end();
      return;
    }
    let html;
    try {
      html = readFileSync(resolve(FIXTURES, file));
    } catch (error) {
      // Answer at once: a page that never finishes loading makes every test wait for its time-out.
      response.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(`Journal stand-in unreadable: ${file}: ${error.message}`);
      return;
    }
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(html);
  });
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}`, close: () => new Promise((done) => server.close(done)) };
}
