import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { join, resolve, sep } from 'node:path';
import { type FileCodings, fileCodings } from '../http/static-codings.js';

/** A built file, held in memory with its fingerprint until it changes on disk. */
export interface GalleryFile {
  body: Uint8Array<ArrayBuffer>;
  etag: string;
  type: string;
  /** Hashed by the build (`/assets/…`): its name changes with its content. */
  immutable: boolean;
  /** Its compressed forms (see `fileCodings`). */
  codings: FileCodings;
}

const TYPES: Record<string, string> = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
  svg: 'image/svg+xml',
  png: 'image/png',
  ico: 'image/x-icon',
  json: 'application/json; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  woff2: 'font/woff2',
  map: 'application/json; charset=utf-8',
};

/**
 * Reads the gallery's build (`apps/gallery/dist`): `/matrice` and `/matrice/` are
 * `matrice/index.html`, other names are files. Anything outside the folder, or with a
 * name the build never writes, is simply absent.
 */
export class GalleryFiles {
  readonly #root: string | undefined;
  readonly #cache = new Map<string, GalleryFile & { mtimeMs: number; size: number }>();

  /** `root` undefined: no build was configured, the gallery is simply not built. */
  constructor(root: string | undefined) {
    this.#root = root === undefined ? undefined : resolve(root);
  }

  /** Whether the gallery has been built at all. */
  async built(): Promise<boolean> {
    if (this.#root === undefined) return false;
    return (await this.#read(join(this.#root, 'index.html'))) !== null;
  }

  /** The file for a URL path, or null. */
  async get(urlPath: string): Promise<GalleryFile | null> {
    const root = this.#root;
    if (root === undefined) return null;
    let path: string;
    try {
      path = decodeURIComponent(urlPath);
    } catch {
      return null;
    }
    if (!/^\/[\w./-]*$/.test(path) || path.includes('..') || path.includes('//')) return null;
    const last = path.split('/').pop() ?? '';
    const name = last.includes('.')
      ? path.slice(1)
      : `${path.slice(1).replace(/\/$/, '')}/index.html`;
    const full = resolve(root, name.replace(/^\//, ''));
    if (full !== root && !full.startsWith(root + sep)) return null;
    return this.#read(full);
  }

  async #read(full: string): Promise<GalleryFile | null> {
    const extension = /\.([a-z0-9]+)$/.exec(full)?.[1] ?? '';
    const type = TYPES[extension];
    if (type === undefined) return null;
    const info = await stat(full).catch(() => null);
    if (info === null || !info.isFile()) return null;
    const known = this.#cache.get(full);
    if (known && known.mtimeMs === info.mtimeMs && known.size === info.size) return known;
    const body = new Uint8Array(await readFile(full));
    const etag = `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
    const root = this.#root;
    const immutable = root !== undefined && full.startsWith(join(root, 'assets') + sep);
    const codings = await fileCodings(full, body, info.mtimeMs, type);
    const file = { body, etag, type, immutable, codings, mtimeMs: info.mtimeMs, size: info.size };
    this.#cache.set(full, file);
    return file;
  }
}
