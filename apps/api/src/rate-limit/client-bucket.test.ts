import { describe, expect, it } from 'vitest';
import { ClientBuckets, clientNetwork } from './client-bucket.js';

const NOON = Date.UTC(2026, 11, 4, 12);
const NEXT_DAY = NOON + 86_400_000;

describe('clientNetwork', () => {
  it.each([
    ['203.0.113.9', '203.0.113.9'],
    ['::ffff:203.0.113.9', '203.0.113.9'],
    ['2001:db8:aa:bb:1:2:3:4', '2001:db8:aa:bb::/64'],
    ['2001:0db8:00aa:00bb:ffff::1', '2001:db8:aa:bb::/64'],
    ['2001:db8::1', '2001:db8:0:0::/64'],
    ['fe80::1%eth0', 'fe80:0:0:0::/64'],
    ['::1', '0:0:0:0::/64'],
    ['local', 'local'],
  ])('counts %s as %s', (address, network) => {
    expect(clientNetwork(address)).toBe(network);
  });
});

describe('ClientBuckets', () => {
  it('counts every address of one IPv6 /64 together, and other /64s apart', () => {
    const buckets = new ClientBuckets('secret partagé');
    const one = buckets.bucket('2001:db8:aa:bb::1', NOON);
    expect(buckets.bucket('2001:db8:aa:bb:ffff:1:2:3', NOON)).toBe(one);
    expect(buckets.bucket('2001:db8:aa:bc::1', NOON)).not.toBe(one);
  });

  it('never holds the address, and changes the name every day', () => {
    const buckets = new ClientBuckets('secret partagé');
    const today = buckets.bucket('203.0.113.9', NOON);
    expect(today).toMatch(/^ip:[A-Za-z0-9_-]{22}$/);
    expect(today).not.toContain('203');
    expect(buckets.bucket('203.0.113.9', NOON + 3_600_000)).toBe(today);
    expect(buckets.bucket('203.0.113.9', NEXT_DAY)).not.toBe(today);
  });

  it('gives the same name in every process that shares the secret, and another without it', () => {
    const a = new ClientBuckets('secret partagé');
    const b = new ClientBuckets('secret partagé');
    const c = new ClientBuckets(undefined);
    expect(b.bucket('203.0.113.9', NOON)).toBe(a.bucket('203.0.113.9', NOON));
    expect(c.bucket('203.0.113.9', NOON)).not.toBe(a.bucket('203.0.113.9', NOON));
  });

  it('names a connection’s peer as its address, for the day the request is made', () => {
    const buckets = new ClientBuckets('secret partagé');
    const first = { remoteAddress: '203.0.113.9' };
    const second = { remoteAddress: '203.0.113.9' };
    const other = { remoteAddress: '198.51.100.4' };
    const today = buckets.bucket('203.0.113.9', NOON);
    expect(buckets.connectionBucket(first, '203.0.113.9', NOON)).toBe(today);
    expect(buckets.connectionBucket(first, '203.0.113.9', NOON + 60_000)).toBe(today);
    expect(buckets.connectionBucket(second, '203.0.113.9', NOON)).toBe(today);
    expect(buckets.connectionBucket(other, '198.51.100.4', NOON)).not.toBe(today);
    const tomorrow = buckets.connectionBucket(first, '203.0.113.9', NEXT_DAY);
    expect(tomorrow).toBe(buckets.bucket('203.0.113.9', NEXT_DAY));
    expect(tomorrow).not.toBe(today);
  });
});
