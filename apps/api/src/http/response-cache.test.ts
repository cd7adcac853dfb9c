import { describe, expect, it } from 'vitest';
import { type CachedResponse, ResponseCache } from './response-cache.js';

const entry = (bytes: number): CachedResponse => ({
  status: 200,
  body: new Uint8Array(bytes),
  headers: {},
  etag: '"1-x"',
  varies: true,
  route: '/api/inserjeunes/certifications/:codes',
  coding: {},
  coded: {},
  views: {},
});

describe('response cache', () => {
  it('counts the compressed variants kept with an entry in its byte budget', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 250, maxEntryBytes: 200 });
    cache.useVersion('1');
    const a = entry(100);
    const b = entry(100);
    cache.set('/a', a);
    cache.set('/b', b);
    expect(cache.get('/a')).toBe(a);
    a.coded.br = new Uint8Array(60);
    a.grew?.(60);
    // 260 bytes: the least recently used entry goes.
    expect(cache.get('/b')).toBeUndefined();
    expect(cache.get('/a')).toBe(a);
    expect(cache.bytes).toBe(160);
  });

  it('ignores a variant made for an entry already dropped or of an older data version', () => {
    const cache = new ResponseCache({ maxEntries: 10, maxBytes: 1000, maxEntryBytes: 500 });
    cache.useVersion('1');
    const old = entry(100);
    cache.set('/a', old);
    cache.useVersion('2');
    old.grew?.(50);
    expect(cache.bytes).toBe(0);
    const replaced = entry(100);
    cache.set('/b', replaced);
    cache.set('/b', entry(100));
    replaced.grew?.(50);
    expect(cache.bytes).toBe(100);
  });
});
