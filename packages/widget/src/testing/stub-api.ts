import { vi } from 'vitest';

export interface Answer {
  status: number;
  body: unknown;
}

/** What the stubbed API answers: now, later (a promise), never, or a network failure. */
export type Reply = Answer | 'network-error' | Promise<Answer>;

/**
 * Answers the widget's `fetch` in the page like the API would, and records the calls. A
 * pending reply holds the widget in its loading state; aborting the request rejects it as
 * the browser would.
 */
export function stubApi(reply: (url: URL) => Reply) {
  const calls: URL[] = [];
  const aborted: URL[] = [];
  const fetchStub = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(
      typeof input === 'string' ? input : input instanceof URL ? input.href : input.url,
    );
    calls.push(url);
    const answer = reply(url);
    if (answer === 'network-error') throw new TypeError('Failed to fetch');
    const settled = await new Promise<Answer>((resolve, reject) => {
      init?.signal?.addEventListener('abort', () => {
        aborted.push(url);
        reject(new DOMException('The operation was aborted.', 'AbortError'));
      });
      void Promise.resolve(answer).then(resolve);
    });
    return new Response(JSON.stringify(settled.body), {
      status: settled.status,
      headers: { 'content-type': 'application/json' },
    });
  });
  vi.stubGlobal('fetch', fetchStub);
  return { calls, aborted, fetchStub };
}

export function apiError(status: number, code: string, message: string, details?: object) {
  return { status, body: { error: { code, message, ...(details ? { details } : {}) } } };
}

/** A reply the test releases when it wants. */
export function later(): { reply: Promise<Answer>; release: (answer: Answer) => void } {
  let release: (answer: Answer) => void = () => undefined;
  const reply = new Promise<Answer>((resolve) => {
    release = resolve;
  });
  return { reply, release };
}
