import { afterEach, describe, expect, it, vi } from 'vitest';
import { affichage } from '../testing/fixtures.js';
import '../index.js';
import { recordDraws, shadow } from '../testing/mount.js';
import { stubApi } from '../testing/stub-api.js';
import type { InserjeunesIndicateurs } from './inserjeunes-indicateurs.js';

// The 3eme view and the answer's checks travel in one chunk: here, both are held until the
// test lets them in, as a slow network holds that chunk after the answer has arrived. Both
// are loaded beforehand (`loaded`); once let in, the checks come a moment after the view
// (the answer is read just after the view is ready), well before the next frame.
const chunk = vi.hoisted(() => {
  let arrive = () => {};
  const arrived = new Promise<void>((resolve) => {
    arrive = resolve;
  });
  return { arrive, arrived, loaded: [] as Promise<unknown>[] };
});
vi.mock('../data/parse-response.js', async (original) => {
  const module = original();
  chunk.loaded.push(module);
  await module;
  await chunk.arrived;
  for (let i = 0; i < 50; i++) await Promise.resolve();
  return module;
});
vi.mock('../audiences/troisieme.js', async (original) => {
  const module = original();
  chunk.loaded.push(module);
  await module;
  await chunk.arrived;
  return module;
});

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('the first draw, when the answer comes before the code that draws it', () => {
  it('shows the figures at once, with no loading state drawn before them', async () => {
    const { calls } = stubApi(() => ({ status: 200, body: affichage() }));
    const drawn = recordDraws();
    const element = document.createElement('inserjeunes-indicateurs') as InserjeunesIndicateurs;
    element.setAttribute('code', '40025214');
    element.setAttribute('api', 'https://api.test');
    element.setAttribute('lang', 'fr');
    document.body.append(element);
    // The answer is in, a few frames have passed; the chunk is still on its way.
    while (chunk.loaded.length < 2) await nextFrame();
    await Promise.all(chunk.loaded);
    for (let i = 0; i < 3; i++) await nextFrame();
    expect(calls).toHaveLength(1);
    expect(drawn).toEqual([]);
    chunk.arrive();
    await element.dataComplete;
    expect(shadow(element).querySelector('[part~="value"]')).not.toBeNull();
    expect(drawn).not.toContain('loading');
  });
});
