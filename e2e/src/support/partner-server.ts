import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { join } from 'node:path';

/** A file the journeys may write: letters, digits and dashes, then `.html` or `.css`. */
const PAGE = /^\/([\w-]+\.(html|css))$/;

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/**
 * A partner's web server, on an origin of its own: it serves the pages and stylesheets the
 * journeys write in `folder`, nothing else. Under `/panne/` it answers 503 with a plain-text body, as a proxy
 * in front of a stopped API would, so a widget can be pointed at an API that fails.
 */
export function createPartnerServer(folder: string): Server {
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://partenaire').pathname;
    if (path.startsWith('/panne/')) {
      response.writeHead(503, { 'Content-Type': 'text/plain; charset=utf-8', 'Retry-After': '5' });
      response.end('Service indisponible');
      return;
    }
    const [, name, extension] = PAGE.exec(path) ?? [];
    if (name === undefined || extension === undefined) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      response.end(`Page inconnue : ${path}`);
      return;
    }
    readFile(join(folder, name)).then(
      (body) => {
        response.writeHead(200, {
          'Content-Type': TYPES[extension] ?? 'text/plain; charset=utf-8',
          'Cache-Control': 'no-store',
        });
        response.end(body);
      },
      () => {
        response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
        response.end(`Page inconnue : ${name}`);
      },
    );
  });
}
