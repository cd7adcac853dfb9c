import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Affichage, Indicateur } from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { sharedDataDir, testDbTargets } from '@inserjeunes/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../app.js';
import { parseCsv } from '../couverture/parse-csv.js';
import { importWithCli, REPO_ROOT } from '../testing/import-with-cli.js';
import { getJson, testApp } from '../testing/test-app.js';

const DATA = sharedDataDir();
const LYCEES = `${DATA}inserjeunes/formation-fine/fr-en-inserjeunes-lycee_pro-formation-fine-bts-extrait.csv`;
const MEF = `${DATA}bcn/nMef.csv`;
const INSERSUP = `${DATA}insersup/fr-esr-insersup-2026_S1-extrait.csv`;
/** Built from the lycées' rows (see the importer's fixtures): no real extract exists. */
const CFA_BUILT = join(
  REPO_ROOT,
  'apps/importer/src/datasets/fixtures/fr-en-inserjeunes-cfa-formation_fine-construit.csv',
);
const present = existsSync(LYCEES) && existsSync(MEF) && existsSync(INSERSUP);
if (!present) console.warn(`skipped: formation-level API checks, ${LYCEES} or ${MEF} is absent`);

/** The rows of a formation-level file, cells by column name. */
function readRows(path: string): Record<string, string>[] {
  if (!present) return [];
  const table = parseCsv(readFileSync(path, 'utf8'));
  return table.rows.map(({ cells }) =>
    Object.fromEntries(table.header.map((name, i) => [name, cells[i] ?? ''])),
  );
}

const cellValue = (value: string | undefined) =>
  value === undefined || value === '' ? null : Number(value);

describe.runIf(present).each(testDbTargets())(
  'formation-level figures of the official files on $name',
  (target) => {
    let db: DbHandle;
    let app: App;
    beforeAll(async () => {
      db = await importWithCli(target, [MEF, LYCEES, CFA_BUILT, INSERSUP]);
      app = testApp(db);
    }, 240_000);
    afterAll(async () => {
      await app?.close();
      await db?.close();
    });

    it('serves every row of the extracts exactly as published, saying so', async () => {
      const files = [
        { rows: readRows(LYCEES), code: 'code_formation_mefstat11', filiere: 'scolaire' },
        { rows: readRows(CFA_BUILT), code: 'code_formation_diplome', filiere: 'apprentissage' },
      ];
      for (const file of files) {
        for (const row of file.rows) {
          const millesime = (row.annee ?? '').replace('cumul ', '').replace('-', '_');
          const path = `/api/inserjeunes/formations/${row.uai}-${row[file.code]}?millesime=${millesime}`;
          const { status, body } = await getJson<Indicateur>(app, path);
          expect(status, path).toBe(200);
          const empty = Object.entries(row)
            .filter(([name]) => name.startsWith('part_') || name.startsWith('taux_'))
            .every(([, value]) => value === '');
          expect(body, path).toMatchObject({
            scope: 'formation',
            filiere: file.filiere,
            millesime,
            etablissement: { uai: row.uai },
            nb_annee_term: null,
            masquage: empty ? { raison: 'masque_par_la_source' } : null,
            taux_en_formation: cellValue(
              row.part_en_poursuite_d_etudes || row.taux_poursuite_etudes,
            ),
            taux_en_emploi_6_mois: cellValue(row.part_en_emploi_6_mois_apres_la_sortie),
            taux_autres_6_mois: cellValue(row.part_des_autres_situations),
            taux_emploi_sortants_6_mois: cellValue(row.taux_emploi_6_mois),
            taux_emploi_sortants_12_mois: cellValue(row.taux_emploi_12_mois),
            taux_emploi_sortants_18_mois: cellValue(row.taux_emploi_18_mois),
            taux_emploi_sortants_24_mois: cellValue(row.taux_emploi_24_mois),
          });
          expect(body.provenance, path).toEqual([
            expect.objectContaining({ taux_publies_tels_quels: true, fictif: false }),
          ]);
        }
      }
    });

    it('serves the InserSup lines at the establishment × SISE scope, over leavers', async () => {
      const lines = readRows(INSERSUP).filter((line) => line.diplome !== 'all');
      expect(lines).toHaveLength(14);
      const rate = (value: string | undefined) =>
        value === undefined || value === '' || value === 'nd' ? null : Math.round(Number(value));
      for (const line of lines) {
        const millesime = (line.promo ?? '').replace(',', '_');
        const path = `/api/inserjeunes/formations/${line.etablissement}-SISE:${line.diplome}?millesime=${millesime}`;
        const { status, body } = await getJson<Indicateur>(app, path);
        expect(status, path).toBe(200);
        const withheld = line.tx_sortants_en_emploi_sal_fr_6 === 'nd';
        expect(body, path).toMatchObject({
          scope: 'formation',
          filiere: 'superieur',
          millesime,
          masquage: withheld ? { raison: 'masque_par_la_source' } : null,
          nb_sortant: withheld ? null : Number(line.nb_sortants_6),
          taux_emploi_sortants_6_mois: rate(line.tx_sortants_en_emploi_sal_fr_6),
          taux_emploi_sortants_12_mois: rate(line.tx_sortants_en_emploi_sal_fr_12),
          taux_emploi_sortants_24_mois: rate(line.tx_sortants_en_emploi_sal_fr_24),
        });
      }
    });

    it('gives InserSup national figures per SISE summed from the establishments, flagged', async () => {
      const { status, body } = await getJson<Indicateur>(
        app,
        '/api/inserjeunes/certifications/SISE:6000715?millesime=2023',
      );
      expect(status).toBe(200);
      expect(body).toMatchObject({
        scope: 'national',
        filiere: 'superieur',
        agregat_regional: false,
        agregat_etablissements: true,
        nb_annee_term: 76,
        nb_sortant: 66,
      });
    });

    it('answers the compatible base URL with the same published rates', async () => {
      const { status, body } = await getJson<Record<string, unknown>>(
        app,
        '/compat/trajectoires-pro/api/inserjeunes/formations/0690539L-32221032409?millesime=2023_2024',
      );
      expect(status).toBe(200);
      expect(body).toMatchObject({
        uai: '0690539L',
        code_certification: '32221032409',
        taux_en_formation: 62,
        taux_en_emploi_6_mois: 31,
        taux_autres_6_mois: 7,
      });
    });

    it('shows the widget the formation’s own figures instead of the region’s', async () => {
      const { status, body } = await getJson<Affichage>(
        app,
        '/api/inserjeunes/affichage/32221032409?uai=0690539L&region=84',
      );
      expect(status).toBe(200);
      expect(body.scope).toBe('formation');
      expect(body.filieres[0]).toMatchObject({
        millesime: '2023_2024',
        taux_en_formation: 62,
        taux_en_emploi_6_mois: 31,
        taux_autres_6_mois: 7,
      });
    });

    it('says the source withheld a training’s figures when nothing wider answers', async () => {
      // No regional file here: the narrowest scope with rows is shown, withheld, with its reason.
      const { body } = await getJson<Affichage>(
        app,
        '/api/inserjeunes/affichage/32221032614?uai=0740082M&millesime=2023_2024',
      );
      expect(body.scope).toBe('formation');
      expect(body.filieres[0]).toMatchObject({
        taux_en_emploi_6_mois: null,
        masquage: { raison: 'masque_par_la_source' },
      });
      expect(body.filieres[0]?.masquage?.message).toMatch(/source a masqué/);
    });
  },
);
