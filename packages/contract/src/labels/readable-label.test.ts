import { describe, expect, it } from 'vitest';
import { readableLabel } from './readable-label.js';

describe('readableLabel', () => {
  it.each([
    [
      'MANAGEMENT ET GESTION DES ORGANISATIONS (LP)',
      '250',
      'Licence pro Management et gestion des organisations',
    ],
    [
      'MAINTENANCE DES VEHICULES OPTION A VOITURES PARTICULIERES (BAC PRO)',
      '400',
      'Bac pro Maintenance des véhicules option A voitures particulières',
    ],
    ['VERRIER A LA MAIN (CAP)', '500', 'CAP Verrier à la main'],
    [
      "ARTISANAT ET METIERS D'ART - FACTEUR D'ORGUES OPTION ORGANIER (BAC PRO)",
      '400',
      'Bac pro Artisanat et métiers d’art - facteur d’orgues option organier',
    ],
    [
      "METIERS DE L'INFORMATIQUE : ADMINISTRATION ET SECURITE DES SYSTEMES ET DES RESEAUX (LP LYON 1)",
      '250',
      'Licence pro Métiers de l’informatique : administration et sécurité des systèmes et des réseaux (Lyon 1)',
    ],
    ['PRODUCTIONS ANIMALES (BTSA)', '320', 'BTSA Productions animales'],
    ['BOULANGERIE SPECIALISEE (MC NIVEAU V)', '010', 'MC Boulangerie spécialisée (niveau V)'],
    [
      "CONCEPTEUR DEVELOPPEUR D'APPLICATIONS (TP)",
      '36T',
      'Titre professionnel Concepteur développeur d’applications',
    ],
    [
      'MECANIQ.GENERALE & DE PRECISION, USINAGE',
      null,
      'Mécanique générale & de précision, usinage',
    ],
    [
      '1CAP2 FABR.ALLIAGES MOULES METALLIQUES',
      null,
      'CAP Fabrication alliages moules métalliques (1re année sur 2)',
    ],
    [
      '2NDPRO CARROSSIER PEINTRE AUTOMOBILE',
      null,
      'Seconde professionnelle carrossier peintre automobile',
    ],
  ])('reads %s (level %s) as %s', (libelle, niveau, expected) => {
    expect(readableLabel({ libelle, niveau })).toBe(expected);
  });

  it('names a seconde commune by its famille de métiers when the BCN gives it', () => {
    const libelle = "METIERS DE L'HOTELLERIE RESTAURATION 2NDE COMMUNE (BAC PRO)";
    expect(readableLabel({ libelle, niveau: '400' })).toBe(
      'Bac pro Métiers de l’hôtellerie restauration, seconde commune',
    );
    expect(
      readableLabel({ libelle, niveau: '400', famille: 'Métiers de l’hôtellerie-restauration' }),
    ).toBe('Bac pro Métiers de l’hôtellerie-restauration, seconde commune');
    expect(
      readableLabel({
        libelle: '2NDPRO MET.CON.DUR.BAT.&TRA.PUB.2NDE COM',
        niveau: '400',
        famille: 'Métiers de la construction durable, du bâtiment et des travaux publics',
      }),
    ).toBe(
      'Bac pro Métiers de la construction durable, du bâtiment et des travaux publics, seconde commune',
    );
  });

  it('keeps acronyms and a school’s name, and puts the type only once', () => {
    expect(
      readableLabel({
        libelle: "INGENIEUR DIPLOME DE L'ECOLE NATIONALE SUPERIEURE DES MINES (ING)",
        niveau: '170',
      }),
    ).toBe('Ingénieur diplômé de l’école nationale supérieure des mines');
    expect(readableLabel({ libelle: 'EXPERT EN CYBERSECURITE (EPSI)', niveau: '16X' })).toBe(
      'Titre certifié Expert en cybersécurité (Epsi)',
    );
    expect(readableLabel({ libelle: 'METIERS DE LA GRH : PAIE (LP)', niveau: '250' })).toBe(
      'Licence pro Métiers de la GRH : paie',
    );
  });

  it('names a higher-education diploma by its SISE type', () => {
    expect(readableLabel({ libelle: 'INGENIERIE DU COMMERCE ET DE LA VENTE', niveau: 'DP' })).toBe(
      'Licence pro Ingénierie du commerce et de la vente',
    );
    expect(readableLabel({ libelle: 'INFORMATIQUE', niveau: 'XB' })).toBe('Master Informatique');
  });

  it('takes the BCN’s label of a level the diploma types do not name', () => {
    expect(
      readableLabel({ libelle: 'DIETETIQUE (DEUST)', niveau: '355', niveauLibelle: 'DEUST' }),
    ).toBe('DEUST Diététique');
    expect(
      readableLabel({ libelle: 'AGRONOMIE', niveau: '433', niveauLibelle: 'BAC TEC AG' }),
    ).toBe('Bac techno agricole Agronomie');
    expect(readableLabel({ libelle: 'LETTRES', niveau: '999', niveauLibelle: 'BAC TECHNO' })).toBe(
      'Bac technologique Lettres',
    );
  });

  it('keeps the words of a label already written by hand', () => {
    expect(
      readableLabel({ libelle: 'Métiers de la relation client (BAC PRO)', niveau: '400' }),
    ).toBe('Bac pro Métiers de la relation client');
  });

  it('gives an empty label for an empty one', () => {
    expect(readableLabel({ libelle: '  ' })).toBe('');
  });
});
