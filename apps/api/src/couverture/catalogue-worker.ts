import { parentPort } from 'node:worker_threads';
import { ApiFailure } from '../http/api-failure.js';
import type { ExplicitColumns } from './find-columns.js';
import { readCatalogue } from './read-catalogue.js';

/** What the API thread asks: read these bytes as a catalogue. */
export interface ReadRequest {
  bytes: Uint8Array<ArrayBuffer>;
  contentType: string;
  explicit: ExplicitColumns;
}

/** What this thread answers: the catalogue read, or the failure to send the partner. */
export type ReadAnswer =
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
    answer = {
      ok: true,
      read: readCatalogue(request.bytes, request.contentType, request.explicit),
    };
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
