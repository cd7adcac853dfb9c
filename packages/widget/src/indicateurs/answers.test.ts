import type { Indicateur } from '@inserjeunes/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { affichage, block, lyceeAffichage, superieurAffichage } from '../testing/fixtures.js';
import { mount, rendered, shadow, textOf } from '../testing/mount.js';
import { stubApi } from '../testing/stub-api.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('figures the view draws but the source did not publish', () => {
  it('lycee: employment at 12 and 24 months missing makes the figures partial, and says so', async () => {
    const loaded = vi.fn();
    document.addEventListener('inserjeunes-load', loaded);
    stubApi(() => ({
      status: 200,
      body: lyceeAffichage({
        filieres: [
          block('scolaire', {
            scope: 'national',
            region: null,
            taux_en_emploi_12_mois: null,
            taux_en_emploi_24_mois: null,
          }),
        ],
      }),
    }));
    const element = await mount({ code: '32031213' });
    document.removeEventListener('inserjeunes-load', loaded);
    expect((loaded.mock.calls[0]?.[0] as CustomEvent | undefined)?.detail.state).toBe('partial');
    const rows = [...shadow(element).querySelectorAll('.small-bars li')].map((row) =>
      rendered(row),
    );
    expect(rows).toEqual(['6 mois 38 %', '12 mois non publié', '24 mois non publié']);
  });

  it('3eme: the same answer is complete, since the 3eme view draws 6 months only', async () => {
    const loaded = vi.fn();
    document.addEventListener('inserjeunes-load', loaded);
    stubApi(() => ({
      status: 200,
      body: affichage({
        filieres: [
          block('scolaire', { taux_en_emploi_12_mois: null, taux_en_emploi_24_mois: null }),
        ],
      }),
    }));
    await mount({ code: '40025214' });
    document.removeEventListener('inserjeunes-load', loaded);
    expect((loaded.mock.calls[0]?.[0] as CustomEvent | undefined)?.detail.state).toBe('figures');
  });

  it('lycee: no salary published means no salary block, and the figures are still complete', async () => {
    stubApi(() => ({ status: 200, body: affichage({ audience_suggeree: 'lycee' }) }));
    const element = await mount({ code: '32031213', audience: 'lycee' });
    expect(shadow(element).querySelector('[part~="salary"]')).toBeNull();
    expect(textOf(element)).not.toContain('Certains chiffres ne sont pas publiés');
  });

  it('superieur: 30 months missing leaves a gap in the chart and says "non publié" in the table', async () => {
    stubApi(() => ({
      status: 200,
      body: superieurAffichage({
        filieres: [
          { ...superieurAffichage().filieres[0], taux_en_emploi_30_mois: null } as Indicateur,
        ],
      }),
    }));
    const element = await mount({ code: '2400074' });
    await element.chartsComplete;
    expect(textOf(element)).toContain('Certains chiffres ne sont pas publiés');
    const last = [...shadow(element).querySelectorAll('table tbody tr')].at(-1);
    expect(last?.textContent?.replace(/\s+/g, ' ').trim()).toBe('30 mois non publié');
  });
});

describe('notices from the answer', () => {
  it('a common first year names the specialities whose figures are summed', async () => {
    stubApi(() => ({
      status: 200,
      body: affichage({
        seconde_commune: {
          seconde_commune: {
            code: '23810033404',
            libelle: '2NDE COMMUNE',
            famille: 'Métiers de l’hôtellerie-restauration',
          },
          specialites: [
            { code: '23830022106', libelle: 'Cuisine' },
            { code: '23830033403', libelle: 'Commercialisation et services en restauration' },
          ],
        },
      }),
    }));
    const element = await mount({ code: '23810033404' });
    expect(textOf(element)).toContain(
      'Seconde commune de la famille « Métiers de l’hôtellerie-restauration » : chiffres réunis des spécialités auxquelles elle mène (Cuisine, Commercialisation et services en restauration).',
    );
  });

  it('figures carried over from the diploma this one replaced say so', async () => {
    stubApi(() => ({
      status: 200,
      body: affichage({
        filieres: [block('scolaire', { donnee_source: { code: '40025410', type: 'ancienne' } })],
      }),
    }));
    const element = await mount({ code: '40025214' });
    const text = textOf(element);
    expect(text).toContain('les chiffres sont ceux du diplôme qu’il remplace.');
    expect(text).not.toContain('40025410');
  });

  it('a closed diploma with nothing to show says it is closed, without speaking of figures', async () => {
    const loaded = vi.fn();
    document.addEventListener('inserjeunes-load', loaded);
    stubApi(() => ({
      status: 200,
      body: affichage({
        scope: null,
        millesime: null,
        formation_fermee: true,
        filieres: [],
        repli: [{ scope: 'national', raison: 'absent' }],
        absence: { raison: 'non_publie', message: 'Rien de publié.' },
      }),
    }));
    const element = await mount({ code: '01022105' });
    document.removeEventListener('inserjeunes-load', loaded);
    const text = textOf(element);
    expect(text).toContain('Ce diplôme n’est plus délivré.');
    expect(text).not.toContain('dernières promotions');
    expect(text).not.toContain('Voici');
    expect((loaded.mock.calls[0]?.[0] as CustomEvent | undefined)?.detail).toMatchObject({
      state: 'no-data',
      fallback: false,
      closed: true,
    });
  });

  it('a training not taught at the establishment says which figures it shows instead', async () => {
    stubApi(() => ({
      status: 200,
      body: affichage({ repli: [{ scope: 'formation', raison: 'absent' }] }),
    }));
    const element = await mount({ code: '40022106', uai: '0939909R' });
    expect(textOf(element)).toContain(
      'Pas de chiffres pour cette formation dans cet établissement. Voici ceux de la région Bretagne.',
    );
  });
});
