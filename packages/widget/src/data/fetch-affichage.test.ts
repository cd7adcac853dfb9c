import { afterEach, describe, expect, it, vi } from 'vitest';
import { fetchAffichage } from './fetch-affichage.js';

/** A server that takes the request and never answers. */
function silentServer() {
  return vi.fn(
    (_url: string, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () =>
          reject(new DOMException('stop', 'AbortError')),
        );
      }),
  );
}

describe('fetchAffichage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('gives up after its delay and says so, so the widget offers to retry', async () => {
    vi.stubGlobal('fetch', silentServer());
    const state = await fetchAffichage('/api/x', new AbortController().signal, 50);
    expect(state).toEqual({ status: 'error', code: 'reseau', message: 'pas de réponse après 1 s' });
  });

  it('stops at once when the widget asks for something else, without an error state', async () => {
    vi.stubGlobal('fetch', silentServer());
    const widget = new AbortController();
    const pending = fetchAffichage('/api/x', widget.signal, 60_000);
    widget.abort();
    await expect(pending).rejects.toThrow();
  });
});
