import type { Server, ServerResponse } from 'node:http';

export interface ShutdownOptions {
  server: Server;
  /** What must happen once no request is left, in order (write the usage, close the database). */
  release: () => Promise<void>;
  /** Where the stop is told (standard error: logs may be silenced). */
  say: (line: string) => void;
  /** Milliseconds in-flight requests are given before their connections are cut. Default 7,000. */
  drainMs?: number;
  /** Milliseconds after the signal at which the process ends whatever is left. Default 9,500. */
  deadlineMs?: number;
  /** Ends the process (tests replace it). */
  exit?: (code: number) => void;
}

/**
 * Stops the server cleanly on SIGTERM or SIGINT, within ten seconds: it takes no new
 * connection, lets the requests in flight finish (idle keep-alive connections are closed at
 * once, and each busy one as soon as its answer is sent), then runs `release`, then exits 0.
 * Requests still running after `drainMs` are cut; past `deadlineMs` the process exits 1.
 * A second signal (a terminal's Ctrl-C reaches every process of the group, and the launchers
 * pass the signal on) changes nothing: the stop under way goes on. Returns a function that
 * stops listening for the signals.
 */
export function stopOnSignals(options: ShutdownOptions): () => void {
  const drainMs = options.drainMs ?? 7000;
  const deadlineMs = options.deadlineMs ?? 9500;
  const exit = options.exit ?? ((code: number) => process.exit(code));
  let stopping = false;
  // Answers under way, so that those not yet sent can be told to close their connection.
  const inFlight = new Set<ServerResponse>();
  options.server.prependListener('request', (_request, response: ServerResponse) => {
    if (stopping) response.shouldKeepAlive = false;
    inFlight.add(response);
    response.once('close', () => inFlight.delete(response));
  });
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    // `Connection: close` on every answer still to come: a keep-alive client then opens no
    // new request on a connection about to close.
    for (const response of inFlight) {
      if (!response.headersSent) response.shouldKeepAlive = false;
    }
    options.say(`Arrêt demandé (${signal}) : fin des requêtes en cours, puis fermeture de la base`);
    const deadline = setTimeout(() => {
      options.say(`Arrêt forcé : l’arrêt propre n’a pas abouti en ${deadlineMs / 1000} s`);
      exit(1);
    }, deadlineMs);
    deadline.unref();
    void drain(options.server, drainMs)
      .then(options.release)
      .then(
        () => {
          clearTimeout(deadline);
          exit(0);
        },
        (error: unknown) => {
          clearTimeout(deadline);
          options.say(`Arrêt : ${error instanceof Error ? error.message : String(error)}`);
          exit(1);
        },
      );
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
  return () => {
    process.off('SIGTERM', stop);
    process.off('SIGINT', stop);
  };
}

/** Resolves once every connection is closed, cutting those still busy after `drainMs`. */
function drain(server: Server, drainMs: number): Promise<void> {
  return new Promise((resolve) => {
    // A keep-alive connection that finishes its request goes idle: close it then.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    const cut = setTimeout(() => server.closeAllConnections(), drainMs);
    server.close(() => {
      clearInterval(sweep);
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}
