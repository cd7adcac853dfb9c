import { describe, expect, it } from 'vitest';
import { ApiFailure } from '../http/api-failure.js';
import { RenderQueue } from './render-queue.js';

/** A task that runs until released, recording how many tasks run with it. */
function gate(log: { running: number; most: number }) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const task = async () => {
    log.running += 1;
    log.most = Math.max(log.most, log.running);
    await released;
    log.running -= 1;
    return 'dessinée';
  };
  return { task, release };
}

describe('RenderQueue', () => {
  it('runs at most its concurrency at once, the others in their turn', async () => {
    const queue = new RenderQueue(1, 10);
    const log = { running: 0, most: 0 };
    const gates = [gate(log), gate(log), gate(log)];
    const results = gates.map(({ task }) => queue.run(task));
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(log.running).toBe(1);
    for (const { release } of gates) release();
    expect(await Promise.all(results)).toEqual(['dessinée', 'dessinée', 'dessinée']);
    expect(log.most).toBe(1);
  });

  it('tells a request past the waiting line to come back, with Retry-After', async () => {
    const queue = new RenderQueue(1, 1);
    const log = { running: 0, most: 0 };
    const first = gate(log);
    const second = gate(log);
    const running = queue.run(first.task);
    const waiting = queue.run(second.task);
    const refused = await queue.run(gate(log).task).catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiFailure);
    expect(refused).toMatchObject({ code: 'trop_de_requetes', headers: { 'Retry-After': '5' } });
    first.release();
    second.release();
    expect(await Promise.all([running, waiting])).toEqual(['dessinée', 'dessinée']);
  });

  it('frees its slot when a drawing fails', async () => {
    const queue = new RenderQueue(1, 0);
    await expect(queue.run(() => Promise.reject(new Error('SVG illisible')))).rejects.toThrow(
      'SVG illisible',
    );
    expect(await queue.run(async () => 'dessinée')).toBe('dessinée');
  });
});
