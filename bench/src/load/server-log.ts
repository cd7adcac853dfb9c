import { readFileSync } from 'node:fs';

/** One request as the server logged it. */
export interface LoggedRequest {
  method: string;
  url: string;
  status: number;
  ms: number;
}

export interface ServerLogSummary {
  lines: number;
  warnings: number;
  errors: number;
  requests: LoggedRequest[];
  /** Lines that are no JSON log line (the start-up line, or what a crash printed). */
  other: string[];
  /** The first error lines, as logged. */
  firstErrors: string[];
}

function loggedRequest(entry: Record<string, unknown>): LoggedRequest | undefined {
  const { method, url, status, ms } = entry;
  return typeof method === 'string' &&
    typeof url === 'string' &&
    typeof status === 'number' &&
    typeof ms === 'number'
    ? { method, url, status, ms }
    : undefined;
}

/**
 * Reads the server's JSON log: lines by pino level (40 warn, 50 error, 60 fatal), and the
 * requests logged from byte `requestsFrom` on (those of the measured run).
 */
export function summarizeServerLog(path: string, requestsFrom = 0): ServerLogSummary {
  const summary: ServerLogSummary = {
    lines: 0,
    warnings: 0,
    errors: 0,
    requests: [],
    other: [],
    firstErrors: [],
  };
  const text = readFileSync(path);
  let offset = 0;
  for (const line of text.toString('utf8').split('\n')) {
    const measured = offset >= requestsFrom;
    offset += Buffer.byteLength(line) + 1;
    if (line === '') continue;
    summary.lines++;
    let entry: Record<string, unknown>;
    try {
      entry = JSON.parse(line) as Record<string, unknown>;
    } catch {
      summary.other.push(line.slice(0, 500));
      continue;
    }
    const level = Number(entry.level);
    if (level === 40) summary.warnings++;
    if (level >= 50) {
      summary.errors++;
      if (summary.firstErrors.length < 3) summary.firstErrors.push(line.slice(0, 500));
    }
    const request = loggedRequest(entry);
    if (request !== undefined && measured) summary.requests.push(request);
  }
  return summary;
}
