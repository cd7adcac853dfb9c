import type { DbHandle } from '@inserjeunes/db';
import { FixtureBuilder } from './fixture-builder.js';

/** The codes and establishments of {@link seedScenario}, by the case each one covers. */
export const S = {
  cap: '50022135',
  capFinal: '25022135210',
  capFirstYear: '25012135210',
  bacPro: '40025214',
  bacProFinal: '23830025214',
  bacProFirstYear: '23810025214',
  btsSmall: '32031213',
  ancien: '50022100',
  nouveau: '50022199',
  agregat: '40030001',
  tooNew: '40099999',
  neverPublished: '40077777',
  closed: '50011111',
  secondeCommune: '23810020006',
  secondeCommuneCfd: '40020006',
  travauxPublics: '23830023102',
  couverture: '23830023207',
  markup: '50033333',
  markupLabel: '=HYPERLINK("http://x";"y") <b>Cuisine; "chef"</b>',
  sise: '2400074',
  withheldBySource: '40044444',
  lyon: '0691234S',
  paris: '0751234J',
  bourg: '0010001W',
  marseille: '0130001F',
  unknownUai: '0999999F',
} as const;

/**
 * A small world with one case of everything the API must handle: several millésimes and
 * filières, regional and establishment rows, a diploma under the threshold, a renewal carried
 * over, national sums of regional rows, a new diploma, a closed one, a common first year,
 * labels with markup and formula characters, higher education, and fictitious rows.
 */
export async function seedScenario(db: DbHandle): Promise<Map<string, number>> {
  const f = new FixtureBuilder()
    .import('bcn', { dataset: 'bcn-n-formation-diplome', fichier: 'nFormationDiplome_.csv' })
    .import('ij', { dataset: 'inserjeunes-regional', fichier: 'ij_region_data.csv' })
    .import('demo', { dataset: 'indicateurs-csv', fichier: 'indicateurs.csv', fictif: true })
    .import('cfa', { dataset: 'inserjeunes-cfa', fichier: 'fr-en-inserjeunes-cfa.csv' })
    .import('salaires', { dataset: 'exposition-salaires', fichier: 'salaires.csv' })
    .niveau('500', 'CAP')
    .niveau('400', 'BAC PRO')
    .niveau('320', 'BTS')
    .region('84', 'Auvergne-Rhône-Alpes')
    .region('11', 'Île-de-France')
    .region('93', 'Provence-Alpes-Côte d’Azur')
    .academie('10', 'Lyon', '84')
    .academie('01', 'Paris', '11')
    .etablissement({
      uai: S.lyon,
      libelle: 'Lycée professionnel du Rhône',
      region_code: '84',
      academie_code: '10',
    })
    .etablissement({
      uai: S.paris,
      libelle: 'CFA de Paris',
      region_code: '11',
      academie_code: '01',
    })
    .etablissement({
      uai: S.bourg,
      libelle: 'Lycée de Bourg',
      region_code: '84',
      academie_code: '10',
    })
    .etablissement({
      uai: S.marseille,
      libelle: 'Lycée de Marseille',
      region_code: '93',
      academie_code: null,
    });

  f.diplome(S.cap, 'CAP CUISINE')
    .mef(S.capFinal, S.cap, 2, 2, '2CAP2 CUISINE')
    .mef(S.capFirstYear, S.cap, 2, 1, '1CAP2 CUISINE')
    .indicateur({
      ...national(S.cap, 'apprentissage', '2022_2023'),
      nb_annee_term: 120,
      nb_poursuite_etudes: 30,
      nb_sortant: 90,
      nb_en_emploi_6_mois: 54,
      nb_en_emploi_12_mois: 60,
      nb_en_emploi_18_mois: 63,
      nb_en_emploi_24_mois: 66,
      salaire_12_mois_q1: 1450,
      salaire_12_mois_q2: 1620,
      salaire_12_mois_q3: 1800,
    })
    .indicateur({
      ...national(S.cap, 'apprentissage', '2021_2022'),
      nb_annee_term: 100,
      nb_poursuite_etudes: 20,
      nb_en_emploi_6_mois: 40,
    })
    .indicateur({
      ...national(S.capFinal, 'scolaire', '2022_2023', S.cap),
      nb_annee_term: 200,
      nb_poursuite_etudes: 90,
      nb_en_emploi_6_mois: 50,
    })
    .indicateur({
      ...regional(S.cap, 'apprentissage', '2022_2023', '84'),
      nb_annee_term: 40,
      nb_poursuite_etudes: 10,
      nb_en_emploi_6_mois: 18,
    })
    .indicateur({
      ...regional(S.cap, 'apprentissage', '2022_2023', '11'),
      nb_annee_term: 12,
      nb_poursuite_etudes: 3,
      nb_en_emploi_6_mois: 5,
    })
    .indicateur({
      ...formation(S.capFinal, 'scolaire', '2022_2023', S.lyon, S.cap),
      import: 'demo',
      fictif: true,
      nb_annee_term: 25,
      nb_poursuite_etudes: 10,
      nb_en_emploi_6_mois: 10,
    })
    .indicateur({
      ...formation(S.cap, 'apprentissage', '2022_2023', S.paris),
      import: 'demo',
      fictif: true,
      nb_annee_term: 8,
      nb_poursuite_etudes: 2,
      nb_en_emploi_6_mois: 3,
    });

  f.diplome(S.bacPro, 'BAC PRO MÉTIERS DE L’ÉLECTRICITÉ')
    .mef(S.bacProFinal, S.bacPro, 3, 3)
    .mef(S.bacProFirstYear, S.bacPro, 3, 1)
    .resolution(S.bacProFirstYear, S.bacProFinal, 'annee_non_terminale')
    .indicateur({
      ...national(S.bacProFinal, 'scolaire', '2022_2023', S.bacPro),
      nb_annee_term: 300,
      nb_poursuite_etudes: 150,
      nb_en_emploi_6_mois: 75,
    })
    .indicateur({
      ...national(S.bacProFinal, 'scolaire', '2021_2022', S.bacPro),
      nb_annee_term: 280,
      nb_poursuite_etudes: 140,
      nb_en_emploi_6_mois: 70,
    })
    .indicateur({
      ...regional(S.bacProFinal, 'scolaire', '2022_2023', '84', S.bacPro),
      nb_annee_term: 50,
      nb_poursuite_etudes: 20,
      nb_en_emploi_6_mois: 15,
    })
    // Apprenticeship figures stop a year earlier than the school route's.
    .indicateur({
      ...national(S.bacPro, 'apprentissage', '2021_2022'),
      nb_annee_term: 45,
      nb_poursuite_etudes: 9,
      nb_en_emploi_6_mois: 27,
    });

  f.diplome(S.btsSmall, 'BTS TOURISME').indicateur({
    ...national(S.btsSmall, 'apprentissage', '2022_2023'),
    nb_annee_term: 15,
    nb_poursuite_etudes: 5,
    nb_en_emploi_6_mois: 6,
    salaire_12_mois_q2: 1700,
  });

  f.diplome(S.ancien, 'CAP ANCIEN', { date_fermeture: '2021-08-31' })
    .diplome(S.nouveau, 'CAP NOUVEAU', { date_ouverture: '2021-09-01' })
    .renewal(S.ancien, S.nouveau)
    .indicateur({
      ...national(S.ancien, 'apprentissage', '2021_2022'),
      nb_annee_term: 60,
      nb_poursuite_etudes: 12,
      nb_en_emploi_6_mois: 30,
    })
    .indicateur({
      ...national(S.nouveau, 'apprentissage', '2021_2022'),
      nb_annee_term: 60,
      nb_poursuite_etudes: 12,
      nb_en_emploi_6_mois: 30,
      derivation: 'continuum',
      donnee_source_type: 'ancienne',
      donnee_source_code: S.ancien,
    });

  f.diplome(S.agregat, 'BAC PRO COMMERCE')
    .indicateur({
      ...national(S.agregat, 'apprentissage', '2022_2023'),
      nb_annee_term: 90,
      nb_poursuite_etudes: 18,
      nb_en_emploi_6_mois: 36,
      derivation: 'agregat_regional',
    })
    .indicateur({
      ...regional(S.agregat, 'apprentissage', '2022_2023', '84'),
      nb_annee_term: 50,
      nb_poursuite_etudes: 10,
      nb_en_emploi_6_mois: 20,
    })
    .indicateur({
      ...regional(S.agregat, 'apprentissage', '2022_2023', '93'),
      nb_annee_term: 40,
      nb_poursuite_etudes: 8,
      nb_en_emploi_6_mois: 16,
    });

  f.diplome(S.tooNew, 'BAC PRO NOUVEAU', { date_ouverture: '2023-09-01' })
    .diplome(S.neverPublished, 'BAC PRO JAMAIS PUBLIÉ', { date_ouverture: '2010-09-01' })
    .diplome(S.closed, 'CAP FERMÉ', { date_fermeture: '2022-08-31' })
    .indicateur({
      ...national(S.closed, 'apprentissage', '2022_2023'),
      nb_annee_term: 30,
      nb_poursuite_etudes: 6,
      nb_en_emploi_6_mois: 12,
    });

  f.diplome(S.secondeCommuneCfd, '2NDE PRO CONSTRUCTION DURABLE')
    .diplome('40023102', 'BAC PRO TRAVAUX PUBLICS')
    .diplome('40023207', 'BAC PRO COUVERTURE')
    .mef(S.secondeCommune, S.secondeCommuneCfd, 3, 1, '2NDPRO MET.CON.DUR.BAT.&TRA.PUB.2NDE COM')
    .mef(S.travauxPublics, '40023102', 3, 3)
    .mef(S.couverture, '40023207', 3, 3)
    .famille({
      famille: 'Métiers de la construction durable',
      mefstat11_commun: S.secondeCommune,
      cfd_commun: S.secondeCommuneCfd,
      mefstat11_specialite: S.travauxPublics,
      cfd_specialite: '40023102',
      specialite: 'Travaux publics',
    })
    .famille({
      famille: 'Métiers de la construction durable',
      mefstat11_commun: S.secondeCommune,
      cfd_commun: S.secondeCommuneCfd,
      mefstat11_specialite: S.couverture,
      cfd_specialite: '40023207',
      specialite: 'Couverture',
    })
    .indicateur({
      ...national(S.travauxPublics, 'scolaire', '2022_2023', '40023102'),
      nb_annee_term: 30,
      nb_poursuite_etudes: 9,
      nb_en_emploi_6_mois: 12,
    })
    .indicateur({
      ...national(S.couverture, 'scolaire', '2022_2023', '40023207'),
      nb_annee_term: 10,
      nb_poursuite_etudes: 2,
      nb_en_emploi_6_mois: 5,
    });

  f.diplome(S.markup, S.markupLabel).indicateur({
    ...national(S.markup, 'apprentissage', '2022_2023'),
    nb_annee_term: 20,
    nb_poursuite_etudes: 5,
    nb_en_emploi_6_mois: 10,
  });

  f.salaire({
    import: 'salaires',
    code: S.sise,
    code_type: 'SISE',
    filiere: null,
    salaire_12_mois_q1: 1700,
    salaire_12_mois_q2: 1950,
    salaire_12_mois_q3: 2300,
  }).salaire({
    import: 'salaires',
    code: S.cap,
    code_type: 'CFD',
    filiere: 'apprentissage',
    salaire_12_mois_q1: 1,
    salaire_12_mois_q2: 2,
    salaire_12_mois_q3: 3,
  });
  f.diplome(S.sise, 'LICENCE PRO MÉTIERS DU LIVRE').indicateur({
    ...national(S.sise, 'superieur', '2022_2023'),
    code_type: 'SISE',
    nb_annee_term: 80,
    nb_poursuite_etudes: 20,
    nb_en_emploi_6_mois: 40,
  });

  f.diplome(S.withheldBySource, 'BAC PRO NON PUBLIÉ').indicateur({
    ...national(S.withheldBySource, 'apprentissage', '2022_2023'),
    raison_masquage: 'non_publie',
  });

  f.indicateur({
    scope: 'etablissement',
    millesime: '2022_2023',
    filiere: 'apprentissage',
    code: null,
    code_type: null,
    uai: S.paris,
    import: 'cfa',
    taux_en_emploi_6_mois: 55,
    taux_en_formation: 20,
    taux_autres_6_mois: 25,
    taux_emploi_sortants_6_mois: 69,
    taux_emploi_attendu_6_mois: 72,
    valeur_ajoutee_6_mois: -3,
  }).indicateur({
    scope: 'etablissement',
    millesime: '2021_2022',
    filiere: 'apprentissage',
    code: null,
    code_type: null,
    uai: S.paris,
    import: 'cfa',
    nb_annee_term: 120,
    nb_poursuite_etudes: 24,
    nb_en_emploi_6_mois: 60,
  });

  return f.save(db);
}

function national(
  code: string,
  filiere: 'scolaire' | 'apprentissage' | 'superieur' | 'agricole',
  millesime: string,
  cfd = code,
) {
  return {
    scope: 'national' as const,
    millesime,
    filiere,
    code,
    code_type: code.length === 11 ? ('MEFSTAT11' as const) : ('CFD' as const),
    cfd,
  };
}

function regional(
  code: string,
  filiere: 'scolaire' | 'apprentissage',
  millesime: string,
  region: string,
  cfd = code,
) {
  return {
    ...national(code, filiere, millesime, cfd),
    scope: 'regional' as const,
    region_code: region,
  };
}

function formation(
  code: string,
  filiere: 'scolaire' | 'apprentissage',
  millesime: string,
  uai: string,
  cfd = code,
) {
  return { ...national(code, filiere, millesime, cfd), scope: 'formation' as const, uai };
}
