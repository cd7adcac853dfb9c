import { parentPort } from 'node:worker_threads';
import { ApiFailure } from '../http/api-failure.js';
import type { ExplicitColumns } from './find-columns.js';
import { type CatalogueRow, readCatalogue } from './read-catalogue.js';

/** What the API thread asks: read these bytes as a catalogue. */
export interface ReadRequest {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  explicit: ExplicitColumns;
}

/** Rows posted per message (see below). */
const ROWS_PER_MESSAGE = 2000;

/**
 * What this thread answers: the rows of the catalogue read, a batch at a time, then the
 * catalogue without its rows; or the failure to send the partner.
 */
export type ReadAnswer =
  | { rows: CatalogueRow[] }
  | { ok: true; read: ReturnType<typeof readCatalogue> }
  | {
      ok: false;
      code: ApiFailure['code'];
      message: string;
      details: Record<string, unknown> | undefined;
    };

// The thread that decodes and parses catalogues, so that a body's shape never holds up the
// widgets' requests on the API thread.
parentPort?.on('message', (request: ReadRequest) => {
  let answer: ReadAnswer;
  try {
    const read = readCatalogue(request.bytes, request.contentType, request.explicit);
    // The rows go in batches: the API thread copies each message in one piece, and tens of
    // thousands of rows in one would hold up the widgets' requests while it does.
    const { rows } = read.catalogue;
    for (let start = 0; start < rows.length; start += ROWS_PER_MESSAGE) {
      parentPort?.postMessage({ rows: rows.slice(start, start + ROWS_PER_MESSAGE) });
    }
    answer = { ok: true, read: { ...read, catalogue: { ...read.catalogue, rows: [] } } };
  } catch (error) {
    answer =
      error instanceof ApiFailure
        ? { ok: false, code: error.code, message: error.message, details: error.details }
        : {
            ok: false,
            code: 'corps_invalide',
            message: `Catalogue illisible : ${error instanceof Error ? error.message : String(error)}.`,
            details: undefined,
          };
  }
  parentPort?.postMessage(answer);
});
