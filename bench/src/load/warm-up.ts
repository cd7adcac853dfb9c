import type { LoadRoute } from './request-mix.js';
import { isServed } from './route-stats.js';

const CONCURRENCY = 10;

export interface WarmUp {
  requests: number;
  seconds: number;
  /** Requests answered with something else than 2xx/304, or not at all. */
  failures: { path: string; status: number | string }[];
}

/**
 * Asks every GET of the mix once, a few at a time, so that the measured run sees the server
 * as it runs for a while: computed answers kept until the next import, code compiled. Growth
 * of memory during the run is then the server's, not its cache filling up.
 */
export async function warmUp(origin: string, routes: readonly LoadRoute[]): Promise<WarmUp> {
  const paths = routes.flatMap((route) =>
    route.requests.filter((request) => request.method === 'GET').map((request) => request.path),
  );
  const started = performance.now();
  const failures: WarmUp['failures'] = [];
  let next = 0;
  const worker = async () => {
    for (let path = paths[next++]; path !== undefined; path = paths[next++]) {
      try {
        const response = await fetch(`${origin}${path}`);
        await response.arrayBuffer();
        if (!isServed(response.status)) failures.push({ path, status: response.status });
      } catch (error) {
        failures.push({ path, status: error instanceof Error ? error.message : String(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return { requests: paths.length, seconds: (performance.now() - started) / 1000, failures };
}
