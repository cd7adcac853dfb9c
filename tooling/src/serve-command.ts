import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The compiled server `pnpm serve` starts. */
export const SERVER = 'apps/api/dist/server.js';

/** What a package script runs with Node: its environment and Node's arguments. */
export interface NodeCommand {
  /** Variables the script sets for Node (`NAME=value` before `[exec] node`). */
  env: Record<string, string>;
  /** Node's arguments: its flags, then the script and its own arguments. */
  args: string[];
}

/** What `pnpm serve` runs once the build is checked: its environment and Node's flags. */
export interface ServeCommand {
  env: Record<string, string>;
  /** Node's flags, before the server's file. */
  flags: string[];
}

/**
 * Reads the Node command at the end of a script of the root package.json (`… && NAME=value
 * exec node <arguments>`), so that benchmarks and fault tests run what operators run.
 */
export function nodeCommand(root: string, script: string): NodeCommand {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  const words = ((manifest.scripts?.[script] ?? '').split('&&').pop() ?? '').trim().split(/\s+/);
  const env: Record<string, string> = {};
  let word = words.shift();
  for (; word !== undefined && /^[A-Z_][A-Z0-9_]*=/.test(word); word = words.shift()) {
    const at = word.indexOf('=');
    env[word.slice(0, at)] = word.slice(at + 1);
  }
  if (word === 'exec') word = words.shift();
  if (word !== 'node' || words.length === 0) {
    throw new Error(
      `the ${script} script of package.json should end with \`[NAME=value…] [exec] node <arguments>\``,
    );
  }
  return { env, args: words };
}

/** The command of `pnpm serve`: Node's flags before the compiled server ({@link SERVER}). */
export function serveCommand(root: string): ServeCommand {
  const { env, args } = nodeCommand(root, 'serve');
  const server = args.indexOf(SERVER);
  if (server < 0) {
    throw new Error(`the serve script of package.json should end with \`node <flags> ${SERVER}\``);
  }
  return { env, flags: args.slice(0, server) };
}
