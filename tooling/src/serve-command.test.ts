import { describe, expect, it } from 'vitest';
import { nodeCommand, serveCommand } from './serve-command.js';
import { findWorkspaceRoot } from './workspace-root.js';

describe('the package scripts’ Node commands', () => {
  it('reads the environment and the Node flags production starts the server with', () => {
    const { env, flags } = serveCommand(findWorkspaceRoot());
    expect(env).toEqual({ MALLOC_ARENA_MAX: '2' });
    expect(flags).toContain('--liftoff-only');
    expect(flags).toContain('--conditions=inserjeunes-js');
    expect(flags.some((flag) => flag.endsWith('.js'))).toBe(false);
  });

  it('reads the importer’s command the same way', () => {
    const { env, args } = nodeCommand(findWorkspaceRoot(), 'data:import');
    expect(env).toEqual({});
    expect(args.at(-1)).toBe('scripts/data-import.mjs');
    expect(args).toContain('--conditions=inserjeunes-js');
  });
});
