import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { datasetOf, parseFile, rowsOf } from '../testing/parse-file.js';

// Written by hand from the shape the InserJeunes API answers with (no sample is published):
// one element per measure, the certification in `dimensions`, the establishment in `metadata`.
const FIXTURE = fileURLToPath(
  new URL('./fixtures/inserjeunes-api-0751234J_2021_2022.json', import.meta.url),
);
const dir = mkdtempSync(join(tmpdir(), 'ij-api-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the InserJeunes API JSON', () => {
  it('groups measures by certification and rejects a measure given twice', async () => {
    const parsed = await parseFile(FIXTURE);
    expect(datasetOf(parsed)).toBe('inserjeunes-api');
    expect(parsed.read).toBe(16);
    // Element 11 repeats taux_emploi_6_mois for 23830023303.
    expect(parsed.errors).toEqual([
      {
        line: 11,
        reason: expect.stringContaining('taux_emploi_6_mois déjà donné pour 23830023303'),
      },
    ]);
  });

  it('maps each measure onto the formation and establishment figures', async () => {
    const path = join(dir, 'inserjeunes-api-0751234J_2021_2022.json');
    const json = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { data: unknown[] };
    json.data.splice(10, 1);
    writeFileSync(path, JSON.stringify(json));
    const parsed = await parseFile(path);
    expect(parsed.errors).toEqual([]);
    const rows = rowsOf(parsed, 'indicateur');
    expect(rows.find((row) => row.code === '23830023303')).toMatchObject({
      scope: 'formation',
      millesime: '2021_2022',
      filiere: 'scolaire',
      uai: '0751234J',
      code_type: 'MEFSTAT11',
      nb_annee_term: 40,
      nb_poursuite_etudes: 5,
      nb_sortant: 35,
      nb_en_emploi_6_mois: 19,
      // Shares over the final-year students: 12.5 % rounds to 12 (ties to even).
      taux_en_formation: 12,
      taux_en_emploi_6_mois: 48,
      taux_autres_6_mois: 40,
      // The API's rate over leavers keeps its own name.
      taux_emploi_sortants_6_mois: 54,
      raison_masquage: null,
    });
    expect(rows.find((row) => row.code === '50022135')).toMatchObject({
      filiere: 'apprentissage',
      code_type: 'CFD',
      cfd: '50022135',
      nb_annee_term: 12,
      raison_masquage: 'effectif_insuffisant',
    });
    // `ensemble` dimensions are the establishment over all its trainings, per voie.
    const etablissement = rows.filter((row) => row.scope === 'etablissement');
    expect(
      etablissement.map((row) => [
        row.filiere,
        row.taux_emploi_sortants_6_mois,
        row.valeur_ajoutee_6_mois,
      ]),
    ).toEqual([
      ['scolaire', 61, -3],
      ['apprentissage', 66, null],
    ]);
    // The mixed whole is not stored when the split exists; an unknown measure is reported.
    expect(parsed.ignored).toBe(2);
    expect(parsed.warnings).toEqual([
      { line: 15, reason: expect.stringContaining('taux_de_satisfaction') },
    ]);
  });

  it('takes a national answer’s millésime from its file name and refuses a file without one', async () => {
    const national = join(dir, '2021_apprentissage.json');
    const nameless = join(dir, 'export.json');
    const body = JSON.stringify({
      metadata: {},
      data: [
        {
          id_mesure: 'nb_annee_term',
          valeur_mesure: 120,
          dimensions: [{ id_formation_apprentissage: '40025214' }],
        },
        {
          id_mesure: 'nb_poursuite_etudes',
          valeur_mesure: -1,
          dimensions: [{ id_formation_apprentissage: '40025214' }],
        },
      ],
    });
    writeFileSync(national, body);
    writeFileSync(nameless, body);
    const parsed = await parseFile(national);
    expect(parsed.errors).toEqual([
      { line: 2, reason: 'nb_poursuite_etudes : effectif négatif (-1)' },
    ]);
    const refused = await parseFile(nameless);
    expect(refused.errors[0]?.reason).toMatch(/millésime introuvable/);
  });

  it('keeps the national salary quartiles a national answer gives', async () => {
    const national = join(dir, '2022_apprentissage.json');
    const element = (id_mesure: string, valeur_mesure: number | string) => ({
      id_mesure,
      valeur_mesure,
      dimensions: [{ id_formation_apprentissage: '40025214' }],
    });
    writeFileSync(
      national,
      JSON.stringify({
        metadata: {},
        data: [
          element('nb_annee_term', 120),
          element('salaire_TS_Q1_12_mois', 1320),
          element('salaire_TS_Q2_12_mois', '1540'),
          element('salaire_TS_Q3_12_mois', 1790.5),
        ],
      }),
    );
    const parsed = await parseFile(national);
    expect(parsed.errors).toEqual([]);
    expect(parsed.warnings).toEqual([]);
    expect(rowsOf(parsed, 'indicateur')).toEqual([
      expect.objectContaining({
        scope: 'national',
        code: '40025214',
        salaire_12_mois_q1: 1320,
        salaire_12_mois_q2: 1540,
        salaire_12_mois_q3: 1790.5,
      }),
    ]);
    writeFileSync(
      national,
      JSON.stringify({ metadata: {}, data: [element('salaire_TS_Q1_12_mois', -5)] }),
    );
    expect((await parseFile(national)).errors).toEqual([
      { line: 1, reason: 'salaire_TS_Q1_12_mois : salaire négatif (-5)' },
    ]);
  });
});
