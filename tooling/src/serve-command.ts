import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The compiled server `pnpm serve` starts. */
export const SERVER = 'apps/api/dist/server.js';

/** What `pnpm serve` runs once the build is checked: its environment and Node's flags. */
export interface ServeCommand {
  /** Variables the script sets for Node (`NAME=value` before `exec node`). */
  env: Record<string, string>;
  /** Node's flags, before the server's file. */
  flags: string[];
}

/**
 * Reads the end of the `serve` script of the root package.json (`… && NAME=value exec node
 * <flags> apps/api/dist/server.js`), so that benchmarks and fault tests start the server as
 * production does.
 */
export function serveCommand(root: string): ServeCommand {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const words = ((manifest.scripts?.serve ?? '').split('&&').pop() ?? '').trim().split(/\s+/);
  const env: Record<string, string> = {};
  let word = words.shift();
  for (; word !== undefined && /^[A-Z_][A-Z0-9_]*=/.test(word); word = words.shift()) {
    const at = word.indexOf('=');
    env[word.slice(0, at)] = word.slice(at + 1);
  }
  if (word === 'exec') word = words.shift();
  const server = words.indexOf(SERVER);
  if (word !== 'node' || server < 0) {
    throw new Error(
      `the serve script of package.json should end with \`[NAME=value…] exec node <flags> ${SERVER}\``,
    );
  }
  return { env, flags: words.slice(0, server) };
}
