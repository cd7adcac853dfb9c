import type { Couverture, LigneCouverture } from '@inserjeunes/contract';
import { describe, expect, it } from 'vitest';
import { reasonCounts } from './reason-counts.js';
import { reportCsv } from './report-csv.js';
import { sampleCatalogue } from './sample-catalogue.js';

const ligne = (patch: Partial<LigneCouverture>): LigneCouverture => ({
  ligne: 2,
  uai: null,
  code: '40025214',
  region: null,
  statut: 'couvert',
  raison: null,
  message: null,
  scope: 'national',
  repli: [],
  millesime: '2023',
  filieres: ['scolaire'],
  ...patch,
});

describe('reasonCounts', () => {
  it('counts rows per status and reason, covered first, then most rows', () => {
    const counts = reasonCounts([
      ligne({ statut: 'non_couvert', raison: 'code_inconnu' }),
      ligne({}),
      ligne({ statut: 'non_couvert', raison: 'nouveau_diplome' }),
      ligne({ statut: 'non_couvert', raison: 'nouveau_diplome' }),
      ligne({ statut: 'couvert', raison: 'uai_inconnu' }),
    ]);
    expect(counts).toEqual([
      { statut: 'couvert', raison: null, lignes: 1 },
      { statut: 'couvert', raison: 'uai_inconnu', lignes: 1 },
      { statut: 'non_couvert', raison: 'nouveau_diplome', lignes: 2 },
      { statut: 'non_couvert', raison: 'code_inconnu', lignes: 1 },
    ]);
  });
});

describe('reportCsv', () => {
  const report: Couverture = {
    colonnes: { code: 'cfd', uai: 'uai', region: null },
    totaux: {
      lignes: 2,
      couvert: 1,
      sous_seuil: 0,
      non_couvert: 1,
      invalide: 0,
      pourcentages: { couvert: 50, sous_seuil: 0, non_couvert: 50, invalide: 0 },
      par_scope: { formation: 0, regional: 1, national: 0 },
    },
    lignes: [
      ligne({
        uai: '0010001W',
        scope: 'regional',
        repli: [{ scope: 'formation', raison: 'effectif_insuffisant' }],
        filieres: ['scolaire', 'apprentissage'],
      }),
      ligne({
        ligne: 3,
        code: '=1+1',
        statut: 'non_couvert',
        raison: 'code_inconnu',
        message: 'Code « =1+1 » inconnu; vérifiez-le',
        scope: null,
        millesime: null,
        filieres: [],
      }),
    ],
  };

  it('writes one CSV row per catalogue line, with the reasons in words', () => {
    const lines = reportCsv(report).replace('\uFEFF', '').trimEnd().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'ligne;code;uai;region;statut;raison;explication;perimetre_affiche;perimetres_ecartes;millesime;voies',
    );
    expect(lines[1]).toBe(
      '2;40025214;0010001W;;Couvert;;;regional;formation (effectif_insuffisant);2023;scolaire, apprentissage',
    );
    expect(lines[2]).toBe(
      '3;\'=1+1;;;Non couvert;Code inconnu;"Code « =1+1 » inconnu; vérifiez-le";;;;',
    );
  });
});

describe('sampleCatalogue', () => {
  it('lists the examples’ codes and places under the column names the route reads', () => {
    const csv = sampleCatalogue([
      {
        etat: 'chiffres',
        code: '40025214',
        uai: null,
        region: '84',
        libelle: null,
        scope: 'regional',
        millesime: '2023',
        fictif: true,
      },
    ]);
    expect(csv).toBe('\uFEFFcode_certification;uai;region\r\n40025214;;84\r\n');
  });
});
