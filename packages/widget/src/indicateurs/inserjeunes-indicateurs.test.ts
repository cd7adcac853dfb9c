import type { Audience } from '@inserjeunes/contract';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { affichage, block, lyceeAffichage, superieurAffichage } from '../testing/fixtures.js';
import { mount, rendered, shadow, textOf } from '../testing/mount.js';
import { AUDIENCE_CODES, scenarioReply } from '../testing/scenarios.js';
import { apiError, stubApi } from '../testing/stub-api.js';

afterEach(() => {
  document.body.replaceChildren();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const AUDIENCES: Audience[] = ['3eme', 'lycee', 'superieur'];

async function show(audience: Audience, scenario: Parameters<typeof scenarioReply>[1]) {
  stubApi(() => scenarioReply(audience, scenario));
  const wait = scenario === 'loading' ? 'render' : 'data';
  return mount({ code: AUDIENCE_CODES[audience], audience }, document.body, wait);
}

describe('3eme: ten people and "N sur 10" in plain words', () => {
  it('draws ten people coloured by outcome, and says how many out of ten do what', async () => {
    const element = await show('3eme', 'figures');
    const people = shadow(element).querySelectorAll('.people .person');
    expect(people).toHaveLength(10);
    const kinds = [...people].map((person) => person.classList[1]);
    expect(kinds).toEqual([
      'emploi',
      'emploi',
      'emploi',
      'emploi',
      'formation',
      'formation',
      'formation',
      'autres',
      'autres',
      'autres',
    ]);
    const text = textOf(element);
    expect(text).toContain('4 élèves sur 10 travaillent (38 %)');
    expect(text).toContain('3 élèves sur 10 continuent leurs études (35 %)');
    expect(text).toContain('3 élèves sur 10 font autre chose (27 %)');
  });

  it('speaks of one person in the singular, and of fewer than one under 5 %', async () => {
    stubApi(() => ({
      status: 200,
      body: affichage({
        filieres: [
          block('scolaire', {
            taux_en_emploi_6_mois: 4,
            taux_en_formation: 90,
            taux_autres_6_mois: 6,
          }),
        ],
      }),
    }));
    const element = await mount({ code: '40025214' });
    expect(textOf(element)).toContain('moins d’1 élève sur 10 travaille (4 %)');
    expect(textOf(element)).toContain('9 élèves sur 10 continuent leurs études');
    expect(textOf(element)).toContain('1 élève sur 10 fait autre chose');
  });

  it('puts the school route and apprenticeship behind two tabs', async () => {
    const element = await show('3eme', 'figures');
    const tabs = shadow(element).querySelectorAll('[role="tab"]');
    expect([...tabs].map((tab) => tab.textContent?.trim())).toEqual([
      'Au lycée professionnel',
      'En apprentissage',
    ]);
    expect(tabs[0]?.getAttribute('aria-selected')).toBe('true');
    (tabs[1] as HTMLElement).click();
    await element.updateComplete;
    expect(tabs[1]?.getAttribute('aria-selected')).toBe('true');
    expect(textOf(element)).toContain('6 apprentis sur 10 travaillent (61 %)');
  });

  it('names the one route as a heading when there is no second one', async () => {
    stubApi(() => ({ status: 200, body: affichage({ filieres: [block('apprentissage')] }) }));
    const element = await mount({ code: '40025214', voie: 'apprentissage' });
    expect(shadow(element).querySelector('[role="tab"]')).toBeNull();
    expect(shadow(element).querySelector('.filiere')?.textContent?.trim()).toBe('En apprentissage');
  });
});

describe('lycee: bars, both routes side by side, salary when published', () => {
  it('shows each outcome as a percentage with its line, for both routes side by side', async () => {
    stubApi(() => scenarioReply('lycee', 'figures'));
    const wide = document.createElement('div');
    wide.style.width = '800px';
    document.body.append(wide);
    const element = await mount({ code: AUDIENCE_CODES.lycee }, wide);
    const root = shadow(element);
    expect(root.querySelector('[role="tab"]')).toBeNull();
    const headings = [...root.querySelectorAll('.filiere')].map((h) => h.textContent?.trim());
    expect(headings).toEqual(['Voie scolaire', 'Apprentissage']);
    const text = textOf(element);
    expect(text).toMatch(
      /En emploi 17 %.*poursuivent des études, redoublent ou changent de filière/,
    );
    expect(text).toContain('En emploi 58 %');
    const fills = [...root.querySelectorAll('.bars .fill.emploi')].map((rect) =>
      rect.getAttribute('width'),
    );
    expect(fills).toEqual(['17%', '58%']);
    const [first, second] = [...root.querySelectorAll('.block')].map((b) =>
      b.getBoundingClientRect(),
    );
    expect(second?.top).toBe(first?.top);
    expect(second?.left).toBeGreaterThan((first?.right ?? 0) - 1);
  });

  it('shows one route at a time behind tabs when the widget is too narrow for columns', async () => {
    stubApi(() => scenarioReply('lycee', 'figures'));
    const narrow = document.createElement('div');
    narrow.style.width = '320px';
    document.body.append(narrow);
    const element = await mount({ code: AUDIENCE_CODES.lycee }, narrow);
    const tabs = shadow(element).querySelectorAll('[role="tab"]');
    expect([...tabs].map((tab) => tab.textContent?.trim())).toEqual([
      'Voie scolaire',
      'Apprentissage',
    ]);
    narrow.style.width = '800px';
    await expect.poll(() => shadow(element).querySelectorAll('[role="tab"]').length).toBe(0);
  });

  it('shows employment at 6, 12 and 24 months as small bars', async () => {
    const element = await show('lycee', 'figures');
    const rows = [...shadow(element).querySelectorAll('.small-bars li')].slice(0, 3);
    expect(rows.map((row) => rendered(row))).toEqual([
      '6 mois 17 %',
      '12 mois 44 %',
      '24 mois 51 %',
    ]);
  });

  it('shows the median salary large and the middle half as a bar, only when published', async () => {
    const element = await show('lycee', 'figures');
    const salaries = shadow(element).querySelectorAll('[part~="salary"]');
    expect(salaries).toHaveLength(1);
    const text = rendered(salaries[0]);
    expect(text).toContain('1 520 €');
    expect(text).toContain('Un salarié sur deux gagne entre 1 380 € et 1 700 €');
    const range = salaries[0]?.querySelector('.fill.salaire');
    expect(Number.parseFloat(range?.getAttribute('x') ?? '')).toBeCloseTo((1380 / 2500) * 100, 0);
  });
});

describe('superieur: employment over 30 months as a chart, with the same numbers in a table', () => {
  it('draws the chart (chart.js loaded for this view) and writes the numbers in a table', async () => {
    const element = await show('superieur', 'figures');
    await element.chartsComplete;
    const root = shadow(element);
    const canvas = root.querySelector('[part~="chart"] canvas') as HTMLCanvasElement;
    const { Chart } = await import('chart.js');
    const chart = Chart.getChart(canvas);
    expect(chart?.data.datasets[0]?.data).toEqual([62, 74, 80, 83, 85]);
    const cells = [...root.querySelectorAll('table tbody tr')].map((row) =>
      row.textContent?.replace(/\s+/g, ' ').trim(),
    );
    expect(cells).toEqual([
      '6 mois 62 %',
      '12 mois 74 %',
      '18 mois 80 %',
      '24 mois 83 %',
      '30 mois 85 %',
    ]);
    const text = textOf(element);
    expect(text).toContain('Poursuite d’études 12 %');
    expect(text).toContain('Emploi stable 71 %');
    expect(text).toContain('2 350 €');
    expect(text).toContain('Un quart gagne moins de 2 010 €, un quart plus de 2 780 €.');
  });
});

describe.each(AUDIENCES)('states of the %s variant', (audience) => {
  it('loading: says so, and announces nothing yet', async () => {
    const element = await show(audience, 'loading');
    const status = shadow(element).querySelector('[role="status"]');
    expect(status?.textContent).toContain('Chargement des chiffres');
    expect(shadow(element).querySelector('.card')?.getAttribute('aria-busy')).toBe('true');
  });

  it('partial: shows what is published and says some figures are not', async () => {
    const element = await show(audience, 'partial');
    const text = textOf(element);
    expect(text).toContain('Certains chiffres ne sont pas publiés');
    expect(text).toMatch(/non publié/i);
  });

  it('withheld: says kindly that there are too few students', async () => {
    const element = await show(audience, 'withheld');
    const text = textOf(element);
    const who = audience === 'superieur' ? 'étudiants' : 'élèves';
    expect(text).toContain(`Moins de 20 ${who} ont suivi cette formation`);
    expect(text).toContain('Cela ne dit rien de sa qualité');
    expect(shadow(element).querySelector('[part~="value"]')).toBeNull();
  });

  it('no data: says the diploma is too new to have figures', async () => {
    const element = await show(audience, 'no-data');
    expect(textOf(element)).toContain('Ce diplôme est récent');
  });

  it('fallback: says which wider figures are shown and why', async () => {
    const element = await show(audience, 'fallback');
    const expected =
      audience === '3eme'
        ? 'Trop peu de jeunes dans cet établissement pour publier ses propres chiffres. Voici ceux de la région Bretagne.'
        : 'Trop peu de jeunes dans cet établissement pour publier ses propres chiffres. Voici les chiffres nationaux.';
    expect(textOf(element)).toContain(expected);
  });

  it('closed diploma: says it is no longer awarded', async () => {
    const element = await show(audience, 'closed');
    expect(textOf(element)).toContain('Ce diplôme n’est plus délivré depuis le 31 août 2023');
  });

  it('demo data: says visibly that the figures are made up', async () => {
    const element = await show(audience, 'demo');
    const notice = shadow(element).querySelector('.notice.demo') as HTMLElement;
    expect(rendered(notice)).toContain('Données fictives de démonstration');
    expect(notice.getBoundingClientRect().height).toBeGreaterThan(0);
  });

  it('unknown code: a discreet line for the reader, a warning for the integrator', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const element = await show(audience, 'unknown');
    expect(textOf(element)).toBe('Chiffres indisponibles pour cette formation.');
    expect(shadow(element).querySelector('[role="heading"]')).toBeNull();
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('code_inconnu'));
  });

  it('network error: offers to try again, and shows the figures once it works', async () => {
    let fail = true;
    const { calls } = stubApi(() => (fail ? 'network-error' : scenarioReply(audience, 'figures')));
    const element = await mount({ code: AUDIENCE_CODES[audience], audience });
    expect(textOf(element)).toContain('Les chiffres n’ont pas pu être chargés.');
    fail = false;
    const retry = shadow(element).querySelector<HTMLButtonElement>('button.retry');
    retry?.click();
    await element.dataComplete;
    expect(calls).toHaveLength(2);
    expect(textOf(element)).not.toContain('pas pu être chargés');
    expect(shadow(element).querySelector('[part~="value"]')).not.toBeNull();
  });

  it('footer: source, promotions in words, scope and the link about the data', async () => {
    const element = await show(audience, 'figures');
    const footer = shadow(element).querySelector('[part~="footer"]') as HTMLElement;
    const source = audience === 'superieur' ? 'InserSup' : 'InserJeunes';
    const scope = audience === '3eme' ? 'Chiffres de la région Bretagne' : 'Chiffres nationaux';
    expect(rendered(footer)).toContain(`Source : ${source} · promotions 2022 et 2023 · ${scope}`);
    const link = footer.querySelector('a');
    expect(link?.getAttribute('href')).toBe('https://api.test/donnees/lecteur');
    expect(link?.textContent).toContain('D’où viennent ces données ?');
  });
});

describe('no data, as the API may also say it', () => {
  it('a 404 donnees_indisponibles "not taught here" is the no-data state, not an error', async () => {
    stubApi(() =>
      apiError(404, 'donnees_indisponibles', 'Pas enseignée ici', { raison: 'non_enseigne' }),
    );
    const element = await mount({ code: '40025214', uai: '0010001W' });
    expect(textOf(element)).toContain('Cette formation n’est pas proposée dans cet établissement');
    expect(shadow(element).querySelector('button.retry')).toBeNull();
  });

  it('an answer that does not match the contract is an error, never half-rendered', async () => {
    stubApi(() => ({ status: 200, body: { ...lyceeAffichage(), filieres: 'oops' } }));
    const element = await mount({ code: '32031213' });
    expect(textOf(element)).toContain('Les chiffres n’ont pas pu être chargés.');
  });

  it('a server failure is the error state with its retry button', async () => {
    stubApi(() => apiError(503, 'base_indisponible', 'Base indisponible'));
    const element = await mount({ code: '2400074' });
    expect(shadow(element).querySelector('button.retry')?.textContent).toBe('Réessayer');
  });
});

describe('audience', () => {
  it('follows the API’s suggestion when the attribute is absent', async () => {
    stubApi(() => ({ status: 200, body: superieurAffichage() }));
    const element = await mount({ code: '2400074' });
    expect(shadow(element).querySelector('[part~="chart"]')).not.toBeNull();
  });

  it('the attribute wins over the suggestion', async () => {
    stubApi(() => ({ status: 200, body: affichage({ audience_suggeree: 'lycee' }) }));
    const element = await mount({ code: '40025214', audience: '3eme' });
    expect(shadow(element).querySelectorAll('.person')).toHaveLength(10);
  });
});
