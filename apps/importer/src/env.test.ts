import { describe, expect, it } from 'vitest';
import { readEnv } from './env.js';

describe('the importer’s configuration', () => {
  it('calls no purge URL unless given one, and refuses one that is no http URL, naming it', () => {
    expect(readEnv({}).purgeUrl).toBeUndefined();
    const set = readEnv({ PURGE_URL: 'https://cdn.example/purge', PURGE_TOKEN: 'jeton' });
    expect(set).toMatchObject({ purgeUrl: 'https://cdn.example/purge', purgeToken: 'jeton' });
    expect(() => readEnv({ PURGE_URL: 'cdn.example/purge' })).toThrow(/PURGE_URL/);
  });
});
