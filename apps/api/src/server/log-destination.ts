import pino from 'pino';

/** Bytes gathered before a write, under load. */
const GATHER_BYTES = 4096;

/**
 * Where the server's log lines go (a file descriptor, standard output by default), written
 * without blocking the requests: lines gather in memory and go out in one write once 4 KB are
 * waiting, or every `flushMs` whatever is waiting, so that under load one write carries dozens
 * of request lines and a quiet server's lines still appear within `flushMs`. What is waiting
 * when the process ends is written before it exits (pino flushes its destinations on exit).
 */
export function logDestination(options: { dest?: number | string; flushMs?: number } = {}) {
  const destination = pino.destination({
    dest: options.dest ?? 1,
    sync: false,
    minLength: GATHER_BYTES,
  });
  const timer = setInterval(() => {
    try {
      destination.flush();
    } catch {
      // Ended between two ticks: nothing is left to write.
      clearInterval(timer);
    }
  }, options.flushMs ?? 250);
  timer.unref();
  destination.on('close', () => clearInterval(timer));
  return destination;
}
