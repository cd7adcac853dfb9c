import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { naiveCsv } from '../testing/naive-csv.js';
import { datasetOf, parseFile, rowsOf } from '../testing/parse-file.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';
import { millesimeFromFileName } from './depp-etablissements.js';

const file = (millesime: string, voie: 'pro' | 'apprentissage') =>
  sharedData(`inserjeunes/etablissements/depp-2022-etablissements-${millesime}-${voie}.csv`);
const MILLESIMES = ['2018_2019', '2019_2020', '2020_2021', '2021_2022', '2022_2023'];

describe('the millésime of a DEPP file', () => {
  it('comes from its name, and nowhere else', () => {
    expect(millesimeFromFileName('depp-2022-etablissements-2021_2022-pro.csv')).toBe('2021_2022');
    expect(millesimeFromFileName('depp-2022-etablissements-pro.csv')).toBeNull();
    expect(millesimeFromFileName('export-2019_2021.csv')).toBeNull();
  });
});

describe.runIf(hasSharedData)('the DEPP yearly establishment files', () => {
  it.each(
    MILLESIMES.flatMap(
      (m) =>
        [
          [m, 'apprentissage'],
          [m, 'pro'],
        ] as const,
    ),
  )('reads %s %s whatever its header looks like', async (millesime, voie) => {
    const path = file(millesime, voie);
    const parsed = await parseFile(path);
    const source = naiveCsv(path);
    expect(datasetOf(parsed)).toBe('depp-etablissements');
    expect(parsed.errors).toEqual([]);
    expect(parsed.read).toBe(source.length);
    const rows = rowsOf(parsed, 'indicateur');
    expect(rows.every((row) => row.scope === 'etablissement' && row.millesime === millesime)).toBe(
      true,
    );
    if (voie === 'apprentissage') {
      expect(rows).toHaveLength(source.length);
      expect(new Set(rows.map((row) => row.filiere))).toEqual(new Set(['apprentissage']));
    } else {
      // A lycée with apprentices has three lines; the mixed whole is not stored.
      // The population is the fourth column, named or not depending on the year.
      const lines = readFileSync(path, 'utf8').split(/\r?\n/).slice(1);
      const split = lines.filter(
        (line) => line.split(';')[3]?.replaceAll('"', '') === 'dont apprentis',
      ).length;
      expect(parsed.ignored).toBe(split);
      expect(rows).toHaveLength(source.length - split);
    }
  });

  it('works out the blank 2018–2019 columns, which the official CFA dataset names', async () => {
    const depp = rowsOf(await parseFile(file('2018_2019', 'apprentissage')), 'indicateur');
    const cfa = naiveCsv(sharedData('inserjeunes/etablissements/fr-en-inserjeunes-cfa.csv')).filter(
      (line) => line.Année === 'cumul 2018-2019',
    );
    const byUai = new Map(depp.map((row) => [row.uai, row]));
    const number = (value: string | undefined) => (value ? Math.round(Number(value)) : null);
    let compared = 0;
    for (const line of cfa) {
      const row = byUai.get(line.UAI ?? '');
      if (row === undefined) continue;
      compared++;
      expect(row.part_contrats_interrompus).toBe(
        number(line['Part contrats apprentissage interrompus']),
      );
      expect(row.taux_en_formation).toBe(number(line['Taux poursuite études']));
      expect(row.taux_emploi_sortants_6_mois).toBe(number(line['Taux emploi 6 mois']));
      expect(row.taux_emploi_sortants_12_mois).toBe(number(line['Taux emploi 12 mois']));
      expect(row.taux_emploi_sortants_18_mois).toBe(number(line['Taux emploi 18 mois']));
      expect(row.taux_emploi_sortants_24_mois).toBe(number(line['Taux emploi 24 mois']));
    }
    expect(compared).toBeGreaterThan(800);
  });

  it('keeps a lycée’s school-route and apprentice lines under their voie', async () => {
    const rows = rowsOf(await parseFile(file('2022_2023', 'pro')), 'indicateur');
    // 0010006B: ensemble 46 %, voie pro sco 49 % further study, apprentices 24 %.
    const lycee = rows.filter((row) => row.uai === '0010006B');
    expect(
      lycee.map((row) => [row.filiere, row.taux_en_formation, row.valeur_ajoutee_6_mois]),
    ).toEqual([
      ['apprentissage', 24, -7],
      ['scolaire', 49, 4],
    ]);
    // A lycée with one line has school-route students only.
    expect(rows.filter((row) => row.uai === '0010001W')).toEqual([
      expect.objectContaining({
        filiere: 'scolaire',
        taux_en_formation: 54,
        taux_emploi_sortants_6_mois: 51,
        taux_emploi_attendu_6_mois: 41,
        valeur_ajoutee_6_mois: 10,
        taux_en_emploi_6_mois: 23,
        taux_autres_6_mois: 23,
      }),
    ]);
    // `nd` is not published: the row is kept, empty, with its reason.
    expect(
      rows.find((row) => row.uai === '0010014K' && row.filiere === 'apprentissage'),
    ).toMatchObject({
      taux_en_formation: null,
      raison_masquage: 'non_publie',
    });
  });
});
