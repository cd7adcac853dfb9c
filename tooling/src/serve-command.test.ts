import { describe, expect, it } from 'vitest';
import { serveCommand } from './serve-command.js';
import { findWorkspaceRoot } from './workspace-root.js';

describe('the serve command', () => {
  it('reads the environment and the Node flags production starts the server with', () => {
    const { env, flags } = serveCommand(findWorkspaceRoot());
    expect(env).toEqual({ MALLOC_ARENA_MAX: '2' });
    expect(flags).toContain('--liftoff-only');
    expect(flags).toContain('--conditions=inserjeunes-js');
    expect(flags.some((flag) => flag.endsWith('.js'))).toBe(false);
  });
});
