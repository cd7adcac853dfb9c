import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { sharedDataDir } from '@inserjeunes/db/testing';
import { describe, expect, it } from 'vitest';
import { DIPLOMES_BCN } from './bcn-diplomes.js';
import { MEFS_BCN } from './bcn-mefs.js';
import { CAS_DEMO } from './cas-demo.js';
import { ETABLISSEMENTS_LISTE } from './etablissements.js';
import { FAMILLES_METIERS } from './familles-metiers.js';
import { NIVEAUX_FORMATION } from './niveaux-formation.js';
import { readCsvRecords } from './read-csv-records.js';
import { DIPLOMES_SISE } from './sise-diplomes.js';
import { DEPARTEMENTS } from './territoires.js';

/** The real open-data files, beside the repository (never copied into it). */
const SHARED = sharedDataDir();
const present = existsSync(join(SHARED, 'bcn', 'nFormationDiplome_.csv'));
if (!present) {
  console.warn(
    `${SHARED} is missing: the demo's real codes and labels are not checked against the BCN.`,
  );
}

const table = (path: string, encoding: 'utf8' | 'latin1' = 'utf8', separator = ';') =>
  readCsvRecords(readFileSync(join(SHARED, path)), encoding, separator);
const numbered = (row: Record<string, string> | undefined, name: string) =>
  Array.from({ length: 7 }, (_, i) => row?.[`${name}_${i + 1}`] ?? '').filter(
    (code) => code !== '',
  );

describe.runIf(present)('the demo’s real facts, checked against ../shared/data', () => {
  it('diplomas: level, labels, dates and continuum links are the BCN’s', () => {
    const bcn = new Map(
      table('bcn/nFormationDiplome_.csv', 'latin1').map((row) => [row.FORMATION_DIPLOME, row]),
    );
    for (const d of DIPLOMES_BCN) {
      const row = bcn.get(d.cfd);
      expect(row, d.cfd).toBeDefined();
      expect(
        {
          niveau: row?.NIVEAU_FORMATION_DIPLOME,
          libelleCourt: row?.LIBELLE_COURT,
          libelleStat33: row?.LIBELLE_STAT_33,
          libelleLong: row?.LIBELLE_LONG_200,
          ouverture: row?.DATE_OUVERTURE,
          fermeture: row?.DATE_FERMETURE || null,
          anciens: numbered(row, 'ANCIEN_DIPLOME'),
          nouveaux: numbered(row, 'NOUVEAU_DIPLOME'),
        },
        d.cfd,
      ).toEqual({
        niveau: d.niveau,
        libelleCourt: d.libelleCourt,
        libelleStat33: d.libelleStat33,
        libelleLong: d.libelleLong,
        ouverture: d.ouverture,
        fermeture: d.fermeture,
        anciens: d.anciens,
        nouveaux: d.nouveaux,
      });
    }
  });

  it('school-route years: every MEFSTAT11 of the demo is the BCN’s, with its diploma and rank', () => {
    const bcn = new Map(table('bcn/nMef.csv').map((row) => [row.MEF_STAT_11, row]));
    for (const m of MEFS_BCN) {
      const row = bcn.get(m.mefstat11);
      expect(
        {
          mef: row?.MEF,
          dispositif: row?.DISPOSITIF_FORMATION,
          cfd: row?.FORMATION_DIPLOME,
          duree: Number(row?.DUREE_DISPOSITIF),
          annee: Number(row?.ANNEE_DISPOSITIF),
          libelleCourt: row?.LIBELLE_COURT,
          libelleLong: row?.LIBELLE_LONG,
          ouverture: row?.DATE_OUVERTURE,
          fermeture: row?.DATE_FERMETURE || null,
          mefStat9: row?.MEF_STAT_9,
        },
        m.mefstat11,
      ).toEqual({
        mef: m.mef,
        dispositif: m.dispositif,
        cfd: m.cfd,
        duree: m.duree,
        annee: m.annee,
        libelleCourt: m.libelleCourt,
        libelleLong: m.libelleLong,
        ouverture: m.ouverture,
        fermeture: m.fermeture,
        mefStat9: m.mefstat11.slice(0, 9),
      });
    }
  });

  it('levels, the famille de métiers and the territories are the BCN’s and the referential’s', () => {
    const niveaux = new Map(
      table('bcn/nNiveauFormationDiplome_.csv').map((row) => [row.NIVEAU_FORMATION_DIPLOME, row]),
    );
    for (const n of NIVEAUX_FORMATION) {
      const row = niveaux.get(n.code);
      expect([
        row?.NIVEAU_INTERMINISTERIEL,
        row?.LIBELLE_COURT,
        row?.LIBELLE_100,
        row?.ANCIEN_NIVEAU,
        row?.NIVEAU_QUALIFICATION_RNCP,
      ]).toEqual([
        n.niveauInterministeriel,
        n.libelleCourt,
        n.libelle100,
        n.ancienNiveau,
        n.niveauQualificationRncp,
      ]);
    }
    const familles = table('bcn/familleMetiers.csv');
    for (const f of FAMILLES_METIERS) {
      expect(familles).toContainEqual({
        FAMILLE: f.famille,
        SPECIALITE: f.specialite,
        MEFSTAT11_COMMUN: f.mefstat11Commun,
        CFD_COMMUN: f.cfdCommun,
        MEFSTAT11_SPECIALITE: f.mefstat11Specialite,
        CFD_SPECIALITE: f.cfdSpecialite,
        CODE_MINISTERE_TUTELLE: f.codeMinistereTutelle,
      });
    }
    // The demo's family is complete: every speciality of its seconde commune is there.
    const commun = FAMILLES_METIERS[0]?.mefstat11Commun;
    expect(familles.filter((row) => row.MEFSTAT11_COMMUN === commun)).toHaveLength(
      FAMILLES_METIERS.length,
    );
    const territoires = table('referentiels/departements_academies_regions.csv');
    for (const d of DEPARTEMENTS) {
      expect(territoires).toContainEqual({
        libelleRegion: d.libelleRegion,
        codeAcademie: d.academie,
        codeRegion: d.region,
        codeDepartement: d.code,
        libelleAcademie: d.libelleAcademie,
        libelleDepartement: d.libelle,
      });
    }
  });

  it('higher-education diplomas: labels as InserSup and the BCN publish them', () => {
    const api = [
      'insersup/insersup-api-formation.json',
      'insersup/insersup-api-millesimes-mixtes.json',
    ].flatMap(
      (path) =>
        (
          JSON.parse(readFileSync(join(SHARED, path), 'utf8')) as {
            results: Record<string, string>[];
          }
        ).results,
    );
    const long = JSON.parse(
      readFileSync(join(SHARED, 'insersup/fr-esr-insersup-long-format.json'), 'utf8'),
    ) as Record<string, string>[];
    const bcn = table('bcn-api-json/n_sise.csv', 'utf8', '|');
    const types = new Map(
      table('bcn-api-json/n_type_diplome_sise.csv', 'utf8', '|').map((row) => [
        row.TYPE_DIPLOME_SISE,
        row.LIBELLE_LONG,
      ]),
    );
    const expectedType: Record<string, RegExp> = {
      licence_pro: /^LICENCE PROFESSIONNELLE$/,
      master_MEEF: /^MASTER ENSEIGNEMENT$/,
    };
    for (const s of DIPLOMES_SISE) {
      if (s.source === 'insersup-api') {
        const row = api.find((r) => r.diplome === s.code);
        expect(row?.libelle_diplome, s.code).toBe(s.intitule1);
        expect(types.get(s.type)).toMatch(expectedType[row?.type_diplome_long ?? ''] ?? /^$/);
      } else if (s.source === 'insersup-long') {
        const row = long.find((r) => r.diplome === s.code);
        expect(row?.libelle_diplome, s.code).toBe(s.intitule1);
        expect(types.get(s.type)).toMatch(expectedType[row?.type_diplome ?? ''] ?? /^$/);
      } else {
        const row = bcn.find((r) => r.DIPLOME_SISE === s.code);
        expect([
          row?.TYPE_DIPLOME_SISE,
          row?.LIBELLE_INTITULE_1,
          row?.LIBELLE_INTITULE_2,
          row?.GROUPE_SPECIALITE,
          row?.LETTRE_SPECIALITE,
          row?.SECTEUR_DISCIPLINAIRE_SISE,
          row?.CITE_DOMAINE_FORMATION,
          row?.DATE_FERMETURE || null,
        ]).toEqual([
          s.type,
          s.intitule1,
          s.intitule2,
          s.groupeSpecialite,
          s.lettreSpecialite,
          s.secteurDisciplinaire,
          s.citeDomaine,
          s.fermeture,
        ]);
      }
    }
  });

  it('invented establishments and the unknown code collide with nothing real', () => {
    const folders = ['inserjeunes/etablissements', 'catalogues', 'referentiels', 'insersup'];
    const texts = folders.flatMap((folder) =>
      readdirSync(join(SHARED, folder)).map((name) =>
        readFileSync(join(SHARED, folder, name), 'latin1'),
      ),
    );
    for (const e of ETABLISSEMENTS_LISTE) {
      expect(
        texts.some((text) => text.includes(e.uai)),
        e.uai,
      ).toBe(false);
    }
    const bcnTexts = [
      'bcn/nFormationDiplome_.csv',
      'bcn/vFormationDiplome_.csv',
      'bcn/nMef.csv',
    ].map((path) => readFileSync(join(SHARED, path), 'latin1'));
    for (const cas of CAS_DEMO.filter((c) => c.etat === 'code_inconnu')) {
      expect(
        bcnTexts.some((text) => text.includes(cas.code)),
        cas.code,
      ).toBe(false);
    }
  });
});
