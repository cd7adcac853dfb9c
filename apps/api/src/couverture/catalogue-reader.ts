import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { ApiFailure } from '../http/api-failure.js';
import type { ReadAnswer, ReadRequest } from './catalogue-worker.js';
import type { CatalogueRow, ReadCatalogue } from './read-catalogue.js';

/**
 * Heap of the reading thread: a body at its size limit parses within it (a 16 MB CSV of
 * 50,000 rows and 200 columns, or a 17 MB JSON list of 50,000 objects), since only the
 * useful columns of each row are kept. The less it may grow, the less memory it holds.
 */
const WORKER_HEAP_MB = 96;
/** Its young generation: small, since what it reads lives until the read is sent. */
const WORKER_YOUNG_MB = 16;
/**
 * A thread idle this long is stopped, and the memory its last read left given back; the next
 * catalogue starts another (a few tens of milliseconds, off the API thread's work).
 */
const IDLE_MS = 2000;

/**
 * Reads catalogues on a thread of their own, one at a time (the caller queues them). The
 * thread is started on first use and started again after it died (out of memory, crash):
 * the request it was reading gets a 413, the next ones a new thread.
 */
export class CatalogueReader {
  #worker: Worker | undefined;
  #idle: NodeJS.Timeout | undefined;
  #reading = 0;

  read(request: ReadRequest): Promise<ReadCatalogue> {
    clearTimeout(this.#idle);
    this.#reading += 1;
    const worker = this.#start();
    const read = new Promise<ReadCatalogue>((resolve, reject) => {
      const rows: CatalogueRow[] = [];
      const onMessage = (answer: ReadAnswer) => {
        if ('rows' in answer) {
          for (const row of answer.rows) rows.push(row);
          return;
        }
        worker.off('message', onMessage);
        worker.off('exit', onExit);
        if (answer.ok) {
          resolve({ ...answer.read, catalogue: { ...answer.read.catalogue, rows } });
        } else reject(new ApiFailure(answer.code, answer.message, answer.details));
      };
      const onExit = () => {
        worker.off('message', onMessage);
        this.#worker = undefined;
        reject(
          new ApiFailure(
            'corps_trop_grand',
            'Catalogue trop lourd à lire : découpez-le en plusieurs envois, avec seulement les colonnes utiles.',
          ),
        );
      };
      worker.on('message', onMessage);
      worker.once('exit', onExit);
      // The body moves to the thread rather than being copied: the caller is done with it.
      worker.postMessage(request, [request.bytes.buffer]);
    });
    const stopWhenIdle = () => {
      this.#reading -= 1;
      if (this.#reading > 0) return;
      clearTimeout(this.#idle);
      this.#idle = setTimeout(() => {
        if (this.#reading === 0) void this.close();
      }, IDLE_MS).unref();
    };
    read.then(stopWhenIdle, stopWhenIdle);
    return read;
  }

  /** Stops the thread; the next read starts another. */
  async close(): Promise<void> {
    clearTimeout(this.#idle);
    const worker = this.#worker;
    this.#worker = undefined;
    await worker?.terminate();
  }

  #start(): Worker {
    if (this.#worker !== undefined) return this.#worker;
    const worker = new Worker(workerEntry(), {
      resourceLimits: {
        maxOldGenerationSizeMb: WORKER_HEAP_MB,
        maxYoungGenerationSizeMb: WORKER_YOUNG_MB,
      },
    });
    // Its failure is the pending read's (see `exit`); an unhandled `error` would end the API.
    worker.on('error', () => undefined);
    // An idle thread does not keep the process alive.
    worker.unref();
    this.#worker = worker;
    return worker;
  }
}

/**
 * The thread's entry. Compiled, the JavaScript file sits next to this one. From TypeScript
 * sources (development, tests), a two-line module registers tsx's loader in the thread first:
 * loaders of the API thread do not reach worker threads.
 */
function workerEntry(): URL {
  if (!import.meta.url.endsWith('.ts')) return new URL('./catalogue-worker.js', import.meta.url);
  // `require` finds the CommonJS build; its ES module twin sits beside it.
  const required = createRequire(import.meta.url).resolve('tsx/esm/api');
  const tsx = pathToFileURL(required.replace(/\.cjs$/, '.mjs')).href;
  const entry = new URL('./catalogue-worker.ts', import.meta.url).href;
  const source = `const { register } = await import(${JSON.stringify(tsx)});\nregister();\nawait import(${JSON.stringify(entry)});`;
  return new URL(`data:text/javascript,${encodeURIComponent(source)}`);
}
