import type { Couverture, LigneCouverture } from '@inserjeunes/contract';
import { describe, expect, it } from 'vitest';
import { couvertureJsonStream } from './couverture-json-stream.js';

function couvertureOf(count: number): Couverture {
  const lignes = Array.from(
    { length: count },
    (_, i): LigneCouverture => ({
      ligne: i + 2,
      uai: null,
      code: `code « ${i} »`,
      region: null,
      statut: 'invalide',
      raison: 'code_invalide',
      message: `Code « ${i} » : attendu "8 chiffres".`,
      scope: null,
      millesime: null,
      filieres: [],
      repli: [],
    }),
  );
  return {
    colonnes: { code: 'Code', uai: null, region: null },
    totaux: { lignes: count, couvert: 0, sous_seuil: 0, non_couvert: 0, invalide: count },
    lignes,
  } as unknown as Couverture;
}

describe('couvertureJsonStream', () => {
  it.each([0, 1, 199, 200, 201, 1234])(
    'gives the bytes JSON.stringify gives (%i lines)',
    async (count) => {
      const couverture = couvertureOf(count);
      const text = await new Response(couvertureJsonStream(couverture)).text();
      expect(text).toBe(JSON.stringify(couverture));
    },
  );
});
