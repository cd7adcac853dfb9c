/**
 * The kinds of hostile request the fuzzer draws on purpose, each reported apart with the
 * statuses, memory and event-loop delay it caused: a request one of them can hurt the service
 * with shows there first.
 */
export const HOSTILE_CLASSES = [
  'wide catalogue',
  'long cells',
  'deep or wide JSON',
  'long path',
  'random key',
  'raw bytes in the path',
  'slow client',
] as const;

export type HostileClass = (typeof HOSTILE_CLASSES)[number];

/** How a request travels: through the app in process, or over a socket to the real HTTP server. */
export type Transport =
  /** `app.request`, in process (fetch would normalise a raw backslash or space anyway). */
  | 'app'
  /** Raw bytes on a socket, the request line as drawn. */
  | 'raw'
  /** Headers dribbled byte by byte, slower than the server's header timeout. */
  | 'slow-headers'
  /** Headers at once, then the body dribbled slower than the server's request timeout. */
  | 'slow-body';
