import { DIPLOMES_BCN } from './bcn-diplomes.js';
import { MEFS_BCN } from './bcn-mefs.js';
import { csvFile } from './csv-text.js';
import { FAMILLES_METIERS } from './familles-metiers.js';
import { NIVEAUX_FORMATION } from './niveaux-formation.js';
import { DIPLOMES_SISE } from './sise-diplomes.js';

const numbered = (name: string) => Array.from({ length: 7 }, (_, i) => `${name}_${i + 1}`);

/** The columns of the BCN's `N_FORMATION_DIPLOME` export, in its order. */
const COLONNES_FORMATION_DIPLOME = [
  'FORMATION_DIPLOME',
  'NIVEAU_FORMATION_DIPLOME',
  'GROUPE_SPECIALITE',
  'LETTRE_SPECIALITE',
  'ANCIEN_RECME',
  'LIBELLE_COURT',
  'LIBELLE_STAT_33',
  'LIBELLE_LONG_200',
  'DATE_OUVERTURE',
  'DATE_FERMETURE',
  ...numbered('ANCIEN_DIPLOME'),
  ...numbered('NOUVEAU_DIPLOME'),
  'UNITE_CAPITALISABLE',
  'DATE_PREMIERE_SESSION',
  'DATE_DERNIERE_SESSION',
  'DATE_ARRETE_CREATION',
  'DATE_ARRETE_ABROGATION',
  ...Array.from({ length: 10 }, (_, i) => `DATE_ARRETE_MODIFICATION_${i + 1}`),
  'COMMENTAIRE',
  'NATURE_FORMATION_DIPLOME',
  'GESTIONNAIRE_FORMATION_DIPLOME',
  'DATE_INTERVENTION',
  'NB_MEF_OUVERT',
  'NB_MEF_FERME',
  'ID_DOCUMENT',
  'CITE_DOMAINE_FORMATION',
  'DATE_SESSION_RATTRAPAGE',
  'OBSERVATION',
  'N_COMMENTAIRE',
  'CITE_DOMAINE_DETAILLE',
  'NIVEAU_QUALIFICATION_RNCP',
];

/** Fills the named columns of a row, leaving the others empty as in a sparse BCN export. */
function row(header: readonly string[], values: Record<string, string>): string[] {
  return header.map((column) => values[column] ?? '');
}

const spread = (name: string, codes: readonly string[]) =>
  Object.fromEntries(codes.map((code, i) => [`${name}_${i + 1}`, code]));

/** `N_FORMATION_DIPLOME` as the BCN publishes it: Latin-1, `;`, the continuum columns filled. */
export function formationDiplomeFile(): Buffer {
  return csvFile(
    { separator: ';', encoding: 'latin1', bom: false },
    COLONNES_FORMATION_DIPLOME,
    DIPLOMES_BCN.map((d) =>
      row(COLONNES_FORMATION_DIPLOME, {
        FORMATION_DIPLOME: d.cfd,
        NIVEAU_FORMATION_DIPLOME: d.niveau,
        LIBELLE_COURT: d.libelleCourt,
        LIBELLE_STAT_33: d.libelleStat33,
        LIBELLE_LONG_200: d.libelleLong,
        DATE_OUVERTURE: d.ouverture,
        DATE_FERMETURE: d.fermeture ?? '',
        ...spread('ANCIEN_DIPLOME', d.anciens),
        ...spread('NOUVEAU_DIPLOME', d.nouveaux),
      }),
    ),
  );
}

const COLONNES_MEF = [
  'MEF',
  'DISPOSITIF_FORMATION',
  'FORMATION_DIPLOME',
  'DUREE_DISPOSITIF',
  'ANNEE_DISPOSITIF',
  'LIBELLE_COURT',
  'LIBELLE_LONG',
  'DATE_OUVERTURE',
  'DATE_FERMETURE',
  'STATUT_MEF',
  'NB_OPTION_OBLIGATOIRE',
  'NB_OPTION_FACULTATIF',
  'RENFORCEMENT_LANGUE',
  'DUREE_PROJET',
  'DUREE_STAGE',
  'HORAIRE',
  'MEF_INSCRIPTION_SCOLARITE',
  'MEF_STAT_11',
  'MEF_STAT_9',
  'DATE_INTERVENTION',
  'LIBELLE_EDITION',
  'N_COMMENTAIRE',
];

/** `N_MEF` as the BCN publishes it: UTF-8 with BOM, `;`. */
export function mefFile(): Buffer {
  return csvFile(
    { separator: ';', encoding: 'utf8', bom: true },
    COLONNES_MEF,
    MEFS_BCN.map((m) =>
      row(COLONNES_MEF, {
        MEF: m.mef,
        DISPOSITIF_FORMATION: m.dispositif,
        FORMATION_DIPLOME: m.cfd,
        DUREE_DISPOSITIF: String(m.duree),
        ANNEE_DISPOSITIF: String(m.annee),
        LIBELLE_COURT: m.libelleCourt,
        LIBELLE_LONG: m.libelleLong,
        DATE_OUVERTURE: m.ouverture,
        DATE_FERMETURE: m.fermeture ?? '',
        MEF_STAT_11: m.mefstat11,
        MEF_STAT_9: m.mefstat11.slice(0, 9),
      }),
    ),
  );
}

const COLONNES_NIVEAU = [
  'NIVEAU_FORMATION_DIPLOME',
  'NIVEAU_INTERMINISTERIEL',
  'LIBELLE_COURT',
  'LIBELLE_100',
  'ANCIEN_NIVEAU',
  'DATE_OUVERTURE',
  'DATE_FERMETURE',
  'DATE_INTERVENTION',
  'N_COMMENTAIRE',
  'NIVEAU_QUALIFICATION_RNCP',
];

/** `N_NIVEAU_FORMATION_DIPLOME`: UTF-8, `;`. */
export function niveauFormationFile(): Buffer {
  return csvFile(
    { separator: ';', encoding: 'utf8', bom: false },
    COLONNES_NIVEAU,
    NIVEAUX_FORMATION.map((n) =>
      row(COLONNES_NIVEAU, {
        NIVEAU_FORMATION_DIPLOME: n.code,
        NIVEAU_INTERMINISTERIEL: n.niveauInterministeriel,
        LIBELLE_COURT: n.libelleCourt,
        LIBELLE_100: n.libelle100,
        ANCIEN_NIVEAU: n.ancienNiveau,
        NIVEAU_QUALIFICATION_RNCP: n.niveauQualificationRncp,
      }),
    ),
  );
}

/** The BCN families file (`familleMetiers.csv`): UTF-8 with BOM, `;`. */
export function famillesMetiersFile(): Buffer {
  return csvFile(
    { separator: ';', encoding: 'utf8', bom: true },
    [
      'FAMILLE',
      'SPECIALITE',
      'MEFSTAT11_COMMUN',
      'CFD_COMMUN',
      'MEFSTAT11_SPECIALITE',
      'CFD_SPECIALITE',
      'CODE_MINISTERE_TUTELLE',
    ],
    FAMILLES_METIERS.map((f) => [
      f.famille,
      f.specialite,
      f.mefstat11Commun,
      f.cfdCommun,
      f.mefstat11Specialite,
      f.cfdSpecialite,
      f.codeMinistereTutelle,
    ]),
  );
}

const COLONNES_SISE = [
  'DIPLOME_SISE',
  'TYPE_DIPLOME_SISE',
  'VOIE_LMD',
  'DOMAINE_FORMATION',
  'LIBELLE_INTITULE_1',
  'LIBELLE_INTITULE_2',
  'GROUPE_SPECIALITE',
  'LETTRE_SPECIALITE',
  'SECTEUR_DISCIPLINAIRE_SISE',
  'CITE_DOMAINE_FORMATION',
  'DUREE',
  'NATURE_DIPLOME_SISE',
  'DATE_OUVERTURE',
  'DATE_FERMETURE',
  'DATE_INTERVENTION',
  'DEFINITIF',
  'N_COMMENTAIRE',
  'CATEGORIE_FORMATION_SISE',
  'CITE_DOMAINE_DETAILLE',
  'SECTEUR_DISCIPL_DETAIL_SISE',
];

/** `N_DIPLOME_SISE` in the BCN API's CSV form: `|`-separated, UTF-8. */
export function diplomeSiseFile(): Buffer {
  return csvFile(
    { separator: '|', encoding: 'utf8', bom: false },
    COLONNES_SISE,
    DIPLOMES_SISE.map((s) =>
      row(COLONNES_SISE, {
        DIPLOME_SISE: s.code,
        TYPE_DIPLOME_SISE: s.type,
        LIBELLE_INTITULE_1: s.intitule1,
        LIBELLE_INTITULE_2: s.intitule2,
        GROUPE_SPECIALITE: s.groupeSpecialite,
        LETTRE_SPECIALITE: s.lettreSpecialite,
        SECTEUR_DISCIPLINAIRE_SISE: s.secteurDisciplinaire,
        CITE_DOMAINE_FORMATION: s.citeDomaine,
        DATE_OUVERTURE: s.ouverture,
        DATE_FERMETURE: s.fermeture ?? '',
      }),
    ),
  );
}
