import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
};

/** Serves the files of `folder` (a built application) as a partner's host would; `/` is index.html. */
export function createStaticServer(folder: string): Server {
  return createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://application').pathname;
    const file = normalize(join(folder, path === '/' ? 'index.html' : path));
    if (!file.startsWith(folder)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = TYPES[extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'Content-Type': type }).end(body);
      },
      () => response.writeHead(404, { 'Content-Type': 'text/plain' }).end(`absent : ${path}`),
    );
  });
}
