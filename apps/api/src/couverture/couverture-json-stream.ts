import { setImmediate } from 'node:timers/promises';
import type { Couverture } from '@inserjeunes/contract';

/** Lines serialised per chunk of the answer (some tens of kilobytes). */
const LINES_PER_CHUNK = 200;

/**
 * The JSON text of a coverage, the same bytes `JSON.stringify` would give, produced a chunk
 * at a time as the client reads it. A large catalogue's answer (tens of megabytes for 50,000
 * lines) is then never one string in memory, and serialising it never holds the widgets'
 * requests up for longer than one chunk: the event loop turns between chunks, and a slow
 * reader slows the serialisation rather than letting the answer pile up in memory.
 */
export function couvertureJsonStream(couverture: Couverture): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const { lignes } = couverture;
  let next = 0;
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const head = `{"colonnes":${JSON.stringify(couverture.colonnes)},"totaux":${JSON.stringify(couverture.totaux)},"lignes":[`;
        controller.enqueue(encoder.encode(head));
      },
      async pull(controller) {
        if (next > 0) await setImmediate();
        const end = Math.min(lignes.length, next + LINES_PER_CHUNK);
        let text = '';
        for (let i = next; i < end; i++) {
          text += `${i === 0 ? '' : ','}${JSON.stringify(lignes[i])}`;
        }
        next = end;
        if (next >= lignes.length) {
          controller.enqueue(encoder.encode(`${text}]}`));
          controller.close();
        } else {
          controller.enqueue(encoder.encode(text));
        }
      },
    },
    { highWaterMark: 1 },
  );
}
