import { afterEach, describe, expect, it, vi } from 'vitest';
import { affichage } from '../testing/fixtures.js';
import { mount, rendered, shadow } from '../testing/mount.js';
import { stubApi } from '../testing/stub-api.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
});

const subtitle = (element: Element) =>
  rendered(shadow(element).querySelector('[part~="subtitle"]'));

describe('the training’s name under the heading', () => {
  it('is the readable label the API gives beside the official one', async () => {
    stubApi(() => ({
      status: 200,
      body: affichage({
        libelle: 'MAINTENANCE DES VEHICULES 2NDE COMMUNE (BAC PRO)',
        libelle_lisible: 'Bac pro Maintenance des véhicules, seconde commune',
      }),
    }));
    const element = await mount({ code: '40025218' });
    expect(subtitle(element)).toBe('Bac pro Maintenance des véhicules, seconde commune');
  });

  it('is the official label when the API gives no readable one', async () => {
    stubApi(() => ({
      status: 200,
      body: affichage({ libelle: 'CUISINE (CAP)', libelle_lisible: null }),
    }));
    const element = await mount({ code: '50022135' });
    expect(subtitle(element)).toBe('CUISINE (CAP)');
  });
});
