import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ETATS_EXEMPLE, SEUIL_EFFECTIF } from '@inserjeunes/contract';
import { describe, expect, it } from 'vitest';
import { CAS_DEMO } from './cas-demo.js';
import { DEMO_DIR } from './demo-dir.js';
import { readDemoFile, readDemoIndicateurs } from './demo-files.js';
import { ETATS_DEMO } from './etat-demo.js';
import { evaluateCase } from './evaluate-case.js';
import { generateIndicateurs } from './generate-indicateurs.js';

type Row = Record<string, string>;

const figures = readDemoIndicateurs();
const diplomes = readDemoFile('n_formation_diplome.csv', 'latin1');
const mefs = readDemoFile('n_mef.csv');
const sise = readDemoFile('n_diplome_sise.csv', 'utf8', '|');
const familles = readDemoFile('familles_metiers.csv');
const acce = readDemoFile('acce_etablissements.csv', 'latin1');
const territoires = readDemoFile('departements_academies_regions.csv');
const casJson = JSON.parse(readFileSync(join(DEMO_DIR, 'cas.json'), 'utf8')) as {
  fictif: boolean;
  etats: string[];
  cas: {
    id: string;
    etat: string;
    etat_galerie: string;
    code: string;
    uai: string | null;
    region: string | null;
  }[];
};

const effectif = (row: Row) => Number(row.nb_annee_term);
const finalMef = (cfd: string) =>
  mefs.find((m) => m.FORMATION_DIPLOME === cfd && m.ANNEE_DISPOSITIF === m.DUREE_DISPOSITIF)
    ?.MEF_STAT_11;

/** The codes a diploma's figures are filed under: final-year MEFSTAT11 and CFD, or SISE. */
function codesOf(diplome: string): string[] {
  if (sise.some((s) => s.DIPLOME_SISE === diplome)) return [diplome];
  return [finalMef(diplome), diplome].filter((c): c is string => c !== undefined);
}

function regionOf(uai: string | null, region: string | null): string | null {
  if (uai === null) return region;
  const departement = acce.find((e) => e.numero_uai === uai)?.departement_insee_3;
  return territoires.find((t) => t.codeDepartement === departement)?.codeRegion ?? null;
}

/** The latest millésime's rows for some codes at one scope, read straight from the CSV. */
function rowsAt(
  scope: string,
  codes: readonly string[],
  uai: string | null,
  region: string | null,
) {
  const matching = figures.filter(
    (row) =>
      row.perimetre === scope &&
      codes.includes(row.code_certification ?? '') &&
      (scope !== 'formation' || row.uai === uai) &&
      (scope !== 'regional' || row.code_region === region),
  );
  const latest = matching
    .map((row) => row.millesime ?? '')
    .sort()
    .at(-1);
  return matching.filter((row) => row.millesime === latest);
}

describe('cas.json', () => {
  it('lists every widget state, each with at least one example', () => {
    expect(casJson.fictif).toBe(true);
    expect(casJson.etats).toEqual([...ETATS_DEMO]);
    for (const etat of ETATS_DEMO) {
      expect(casJson.cas.filter((c) => c.etat === etat).length, etat).toBeGreaterThan(0);
    }
    expect(casJson.cas.map((c) => c.id)).toEqual(CAS_DEMO.map((c) => c.id));
    expect(new Set(casJson.cas.map((c) => c.id)).size).toBe(casJson.cas.length);
  });

  it('gives the gallery an example of each of its states', () => {
    for (const etat of ETATS_EXEMPLE) {
      expect(casJson.cas.filter((c) => c.etat_galerie === etat).length, etat).toBeGreaterThan(0);
    }
  });

  it.each(CAS_DEMO.map((c) => [c.id, c] as const))(
    '%s: the generated figures give exactly what the case expects',
    (_id, cas) => {
      expect(evaluateCase(cas, generateIndicateurs()).attendu).toEqual(cas.attendu);
    },
  );
});

describe('each example is backed by rows that produce its state', () => {
  it.each(CAS_DEMO.filter((c) => c.attendu.erreur === null).map((c) => [c.id, c] as const))(
    '%s',
    (_id, cas) => {
      const { attendu } = cas;
      const region = regionOf(cas.uai, cas.region);
      const diplomesShown =
        attendu.resolution?.raison === 'seconde_commune'
          ? attendu.resolution.codes.map(
              (mef) => mefs.find((m) => m.MEF_STAT_11 === mef)?.FORMATION_DIPLOME ?? '',
            )
          : attendu.donnee_source === null
            ? []
            : [attendu.donnee_source.code];
      const codes = diplomesShown.flatMap(codesOf);

      for (const passed of attendu.repli) {
        const rows = rowsAt(passed.scope, codes, cas.uai, region);
        if (passed.raison === 'absent') expect(rows, passed.scope).toEqual([]);
        if (passed.raison === 'effectif_insuffisant') {
          expect(rows.length, passed.scope).toBeGreaterThan(0);
          for (const row of rows) expect(effectif(row)).toBeLessThan(SEUIL_EFFECTIF);
        }
        if (passed.raison === 'non_publie') {
          expect(rows.length, passed.scope).toBeGreaterThan(0);
          for (const row of rows) {
            expect(effectif(row)).toBeGreaterThanOrEqual(SEUIL_EFFECTIF);
            expect(row.nb_en_emploi_6_mois).toBe('');
          }
        }
      }

      if (attendu.scope === null) {
        expect(
          figures.filter((row) => codesOf(cas.code).includes(row.code_certification ?? '')),
        ).toEqual([]);
        return;
      }
      const national = attendu.scope === 'national' && !attendu.agregat_regional;
      const shownRows = attendu.agregat_regional
        ? figures.filter(
            (row) =>
              row.perimetre === 'regional' &&
              codes.includes(row.code_certification ?? '') &&
              row.millesime === attendu.millesime,
          )
        : rowsAt(attendu.scope, codes, cas.uai, region);
      expect(shownRows.every((row) => row.millesime === attendu.millesime)).toBe(true);
      expect([...new Set(shownRows.map((row) => row.filiere))].sort()).toEqual(
        attendu.filieres.map((bloc) => bloc.filiere).sort(),
      );
      for (const bloc of attendu.filieres) {
        const rows = shownRows.filter((row) => row.filiere === bloc.filiere);
        const total = rows.reduce((sum, row) => sum + effectif(row), 0);
        if (bloc.masquage === 'effectif_insuffisant') {
          expect(total).toBeLessThan(SEUIL_EFFECTIF);
          continue;
        }
        expect(total).toBeGreaterThanOrEqual(SEUIL_EFFECTIF);
        for (const row of rows) {
          for (const key of bloc.manquants) {
            if (key.startsWith('salaire') && (!national || rows.length > 1)) continue;
            expect(row[key], `${key} should be unpublished`).toBe('');
          }
          expect(row.nb_poursuite_etudes).not.toBe('');
          expect(row.nb_en_emploi_6_mois).not.toBe('');
          if (national && !bloc.manquants.includes('salaire_12_mois_q2') && rows.length === 1) {
            expect(row.salaire_12_mois_q2).not.toBe('');
          }
        }
      }
    },
  );
});

const byEtat = (etat: string) => CAS_DEMO.filter((c) => c.etat === etat);
const diplome = (cfd: string) => diplomes.find((d) => d.FORMATION_DIPLOME === cfd);
const codeRows = (code: string) =>
  figures.filter((row) => codesOf(code).includes(row.code_certification ?? ''));

describe('the state-specific facts behind the examples', () => {
  it('continuum: the renewed code has no rows, its 1↔1 predecessor has', () => {
    for (const cas of byEtat('continuum')) {
      const ancien = cas.attendu.donnee_source;
      expect(ancien?.type).toBe('ancienne');
      expect(codeRows(cas.code)).toEqual([]);
      expect(codeRows(ancien?.code ?? '').length).toBeGreaterThan(0);
      expect(diplome(cas.code)?.ANCIEN_DIPLOME_1).toBe(ancien?.code);
      expect(diplome(cas.code)?.ANCIEN_DIPLOME_2).toBe('');
      expect(diplome(ancien?.code ?? '')?.NOUVEAU_DIPLOME_1).toBe(cas.code);
      expect(diplome(ancien?.code ?? '')?.NOUVEAU_DIPLOME_2).toBe('');
    }
  });

  it('closed diploma: the BCN gives a closing date before the demo’s reference date', () => {
    for (const cas of byEtat('diplome_ferme')) {
      const fermeture =
        diplome(cas.code)?.DATE_FERMETURE ??
        sise.find((s) => s.DIPLOME_SISE === cas.code)?.DATE_FERMETURE;
      const [, , year] = (fermeture ?? '').split('/');
      expect(Number(year)).toBeLessThanOrEqual(2024);
      expect(cas.attendu.formation_fermee).toBe(true);
    }
  });

  it('withheld everywhere: fewer than 20 students at the establishment, in the region and nationally', () => {
    for (const cas of byEtat('masque_partout')) {
      const codes = codesOf(cas.code);
      const region = regionOf(cas.uai, cas.region);
      for (const scope of ['formation', 'regional', 'national']) {
        const rows = rowsAt(scope, codes, cas.uai, region);
        expect(rows.length, scope).toBeGreaterThan(0);
        for (const row of rows) expect(effectif(row), scope).toBeLessThan(SEUIL_EFFECTIF);
      }
    }
  });

  it('new diploma: opened in 2023, no predecessor, no rows', () => {
    for (const cas of byEtat('aucune_donnee_nouveau_diplome')) {
      expect(diplome(cas.code)?.DATE_OUVERTURE?.endsWith('2023')).toBe(true);
      expect(diplome(cas.code)?.ANCIEN_DIPLOME_1).toBe('');
      expect(codeRows(cas.code)).toEqual([]);
    }
  });

  it('not taught here: the establishment has figures for other trainings only', () => {
    for (const cas of byEtat('non_enseigne')) {
      const atUai = figures.filter((row) => row.uai === cas.uai);
      expect(atUai.length).toBeGreaterThan(0);
      expect(
        atUai.filter((row) => codesOf(cas.code).includes(row.code_certification ?? '')),
      ).toEqual([]);
    }
  });

  it('seconde commune: the families file lists its specialities, each with figures', () => {
    for (const cas of byEtat('seconde_commune')) {
      const specialites = familles.filter((f) => f.MEFSTAT11_COMMUN === cas.code);
      expect(specialites.length).toBeGreaterThanOrEqual(2);
      expect(specialites.map((f) => f.MEFSTAT11_SPECIALITE)).toEqual(cas.attendu.resolution?.codes);
      for (const f of specialites) {
        expect(figures.some((row) => row.code_certification === f.MEFSTAT11_SPECIALITE)).toBe(true);
      }
      expect(codeRows(cas.code)).toEqual([]);
    }
  });

  it('first year: an earlier year of the route, resolved to the final year of the same diploma', () => {
    for (const cas of byEtat('premiere_annee')) {
      const asked = mefs.find((m) => m.MEF_STAT_11 === cas.code);
      const [finalCode] = cas.attendu.resolution?.codes ?? [];
      const final = mefs.find((m) => m.MEF_STAT_11 === finalCode);
      expect(Number(asked?.ANNEE_DISPOSITIF)).toBeLessThan(Number(asked?.DUREE_DISPOSITIF));
      expect(final?.ANNEE_DISPOSITIF).toBe(final?.DUREE_DISPOSITIF);
      expect(final?.FORMATION_DIPLOME).toBe(asked?.FORMATION_DIPLOME);
      expect(figures.some((row) => row.code_certification === cas.code)).toBe(false);
    }
  });

  it('national sum of regions: regional rows and no national row', () => {
    for (const cas of byEtat('agregat_regional')) {
      const rows = codeRows(cas.code);
      expect(rows.some((row) => row.perimetre === 'national')).toBe(false);
      expect(rows.filter((row) => row.perimetre === 'regional').length).toBeGreaterThan(1);
    }
  });

  it('higher education: employment and stable employment from 6 to 30 months', () => {
    for (const cas of byEtat('superieur_graphique')) {
      expect(cas.audience).toBe('superieur');
      const rows = rowsAt(cas.attendu.scope ?? '', [cas.code], cas.uai, null);
      expect(rows.length).toBe(1);
      for (const h of [6, 12, 18, 24, 30]) {
        expect(rows[0]?.[`nb_en_emploi_${h}_mois`]).not.toBe('');
        expect(rows[0]?.[`nb_en_emploi_stable_${h}_mois`]).not.toBe('');
      }
    }
  });

  it('one route or both: as many blocks as routes with rows at the scope shown', () => {
    for (const cas of byEtat('une_seule_voie')) expect(cas.attendu.filieres).toHaveLength(1);
    for (const cas of byEtat('deux_voies')) expect(cas.attendu.filieres).toHaveLength(2);
  });

  it('unknown code: well formed, and in none of the demo referentials', () => {
    for (const cas of byEtat('code_inconnu')) {
      expect(cas.code).toMatch(/^[0-9]{8}$/);
      expect(diplome(cas.code)).toBeUndefined();
      expect(codeRows(cas.code)).toEqual([]);
    }
  });

  it('fictitious figures: every row an example uses says so', () => {
    for (const cas of byEtat('donnees_fictives')) {
      const rows = codeRows(cas.code);
      expect(rows.length).toBeGreaterThan(0);
      expect(rows.every((row) => row.fictif === 'oui')).toBe(true);
    }
  });
});
