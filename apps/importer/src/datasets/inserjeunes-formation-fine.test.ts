import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { naiveCsv } from '../testing/naive-csv.js';
import { datasetOf, parseFile, rowsOf } from '../testing/parse-file.js';
import { hasSharedData, sharedData } from '../testing/shared-data.js';
import { tempDir } from '../testing/temp-dir.js';

const LYCEES =
  'inserjeunes/formation-fine/fr-en-inserjeunes-lycee_pro-formation-fine-bts-extrait.csv';
/** Built from the lycées' rows, their MEFSTAT11 replaced by the CFD N_MEF gives them. */
const CFA_BUILT = fileURLToPath(
  new URL('./fixtures/fr-en-inserjeunes-cfa-formation_fine-construit.csv', import.meta.url),
);

/** A published cell as the integer it stands for, null when empty. */
const published = (value: string | undefined) =>
  value === undefined || value === '' ? null : Number(value);

/** What a row of either file must become: its cells as published, under our names. */
function expectedFigures(source: Record<string, string>) {
  return {
    taux_en_formation:
      published(source.part_en_poursuite_d_etudes) ?? published(source.taux_poursuite_etudes),
    taux_en_emploi_6_mois: published(source.part_en_emploi_6_mois_apres_la_sortie),
    taux_autres_6_mois: published(source.part_des_autres_situations),
    taux_emploi_sortants_6_mois: published(source.taux_emploi_6_mois),
    taux_emploi_sortants_12_mois: published(source.taux_emploi_12_mois),
    taux_emploi_sortants_18_mois: published(source.taux_emploi_18_mois),
    taux_emploi_sortants_24_mois: published(source.taux_emploi_24_mois),
    // Rates only: no count is invented, so nothing can be recomputed from them.
    nb_annee_term: null,
    nb_sortant: null,
  };
}

const isEmpty = (source: Record<string, string>) =>
  Object.entries(source)
    .filter(([name]) => name.startsWith('part_') || name.startsWith('taux_'))
    .every(([, value]) => value === '');

describe.runIf(hasSharedData)('the formation-level file of the lycées (real extract)', () => {
  it('serves every row’s rates as published, at the formation scope', async () => {
    const path = sharedData(LYCEES);
    const parsed = await parseFile(path);
    expect(datasetOf(parsed)).toBe('inserjeunes-formation-fine-lycee');
    expect(parsed.errors).toEqual([]);
    const source = naiveCsv(path);
    const rows = rowsOf(parsed, 'indicateur');
    expect(rows).toHaveLength(source.length);
    expect(rows).toHaveLength(62);
    source.forEach((line, position) => {
      expect(rows[position]).toMatchObject({
        scope: 'formation',
        filiere: 'scolaire',
        code: line.code_formation_mefstat11,
        code_type: 'MEFSTAT11',
        uai: line.uai,
        millesime: (line.annee ?? '').replace('cumul ', '').replace('-', '_'),
        ...expectedFigures(line),
        raison_masquage: isEmpty(line) ? 'masque_par_la_source' : null,
      });
    });
    expect(rowsOf(parsed, 'etablissement').find((row) => row.uai === '0690539L')).toMatchObject({
      libelle: 'Lycée général et technologique privé Assomption Bellevue',
      region_code: '84',
    });
  });

  it('keeps the shares over final-year students apart from the rates over leavers', async () => {
    const rows = rowsOf(await parseFile(sharedData(LYCEES)), 'indicateur');
    const row = (uai: string, code: string, millesime: string) =>
      rows.find((r) => r.uai === uai && r.code === code && r.millesime === millesime);
    // cumul 2022-2023: the three shares (63 + 17 + 20 = 100), no rate over leavers.
    expect(row('0690539L', '32221031211', '2022_2023')).toMatchObject({
      taux_en_formation: 63,
      taux_en_emploi_6_mois: 17,
      taux_autres_6_mois: 20,
      taux_emploi_sortants_6_mois: null,
    });
    // cumul 2018-2019: rates over leavers only; the share in work is not derived from them.
    expect(row('0430055B', '32221032611', '2018_2019')).toMatchObject({
      taux_en_formation: 9,
      taux_en_emploi_6_mois: null,
      taux_autres_6_mois: null,
      taux_emploi_sortants_6_mois: 43,
      taux_emploi_sortants_24_mois: 62,
    });
  });
});

describe('its apprenticeship twin (CFA × CFD, a fixture built from the lycées’ rows)', () => {
  it('is recognised by its header and read by the same rules', async () => {
    const parsed = await parseFile(CFA_BUILT);
    expect(datasetOf(parsed)).toBe('inserjeunes-formation-fine-cfa');
    expect(parsed.errors).toEqual([]);
    const source = naiveCsv(CFA_BUILT);
    const rows = rowsOf(parsed, 'indicateur');
    expect(rows).toHaveLength(source.length);
    source.forEach((line, position) => {
      expect(rows[position]).toMatchObject({
        scope: 'formation',
        filiere: 'apprentissage',
        code: line.code_formation_diplome,
        code_type: 'CFD',
        cfd: line.code_formation_diplome,
        uai: line.uai,
        ...expectedFigures(line),
        raison_masquage: isEmpty(line) ? 'masque_par_la_source' : null,
      });
    });
  });
});

describe('bad formation-level lines', () => {
  const files = tempDir('formation-fine');
  afterAll(() => files.remove());
  const HEADER =
    'annee;uai;libelle;region;code_formation_mefstat11;type_diplome;libelle_formation;duree_formation;diplome_renove_ou_nouveau;part_en_poursuite_d_etudes;part_en_emploi_6_mois_apres_la_sortie;part_des_autres_situations;taux_poursuite_etudes;taux_emploi_6_mois;taux_emploi_12_mois;taux_emploi_18_mois;taux_emploi_24_mois';

  it('names the column and the value that are wrong', async () => {
    const path = files.write(
      'bad.csv',
      [
        HEADER,
        'cumul 2022-2023;0690539L;Lycée;AUVERGNE-RHONE-ALPES;32221031211;BTS;x;2;oui;63;117;20;63.0;;;;',
        'cumul 2022-2023;0690539X;Lycée;AUVERGNE-RHONE-ALPES;32221031211;BTS;x;2;oui;63;17;20;63.0;;;;',
        'cumul 2022-2023;0690539L;Lycée;ATLANTIDE;3222103121;BTS;x;2;oui;63;17;20;63.0;;;;',
      ].join('\n'),
    );
    const parsed = await parseFile(path);
    expect(datasetOf(parsed)).toBe('inserjeunes-formation-fine-lycee');
    const reasons = parsed.errors.map((error) => `${error.line}: ${error.reason}`);
    expect(reasons).toContain(
      '2: part_en_emploi_6_mois_apres_la_sortie : taux impossible (117), attendu entre 0 et 100',
    );
    expect(reasons.some((reason) => reason.startsWith('3: uai :'))).toBe(true);
    expect(reasons.some((reason) => reason.startsWith('4: code_formation_mefstat11 :'))).toBe(true);
    expect(reasons).toContain('4: region : « ATLANTIDE » inconnue');
  });

  it('says when the published shares do not make 100, and serves them as published', async () => {
    const path = files.write(
      'sum.csv',
      [
        HEADER,
        'cumul 2022-2023;0690539L;Lycée;AUVERGNE-RHONE-ALPES;32221031211;BTS;x;2;oui;63;18;20;63.0;;;;',
      ].join('\n'),
    );
    const parsed = await parseFile(path);
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings.map((warning) => warning.reason)).toEqual([
      'les trois parts publiées font 101 et non 100 : servies telles quelles',
    ]);
    expect(rowsOf(parsed, 'indicateur')[0]).toMatchObject({
      taux_en_formation: 63,
      taux_en_emploi_6_mois: 18,
      taux_autres_6_mois: 20,
    });
  });
});
