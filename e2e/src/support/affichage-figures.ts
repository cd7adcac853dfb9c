/** The headline rates of one filière, as the API answers them. */
export interface FiliereRates {
  filiere: string;
  taux_en_emploi_6_mois: number | null;
  taux_en_formation: number | null;
  taux_autres_6_mois: number | null;
}

function rate(block: Record<string, unknown>, key: string): number | null {
  const value = block[key];
  if (value === null || typeof value === 'number') return value;
  throw new Error(`réponse de l’API : « ${key} » n’est ni un nombre ni null`);
}

/**
 * The blocks of a `GET /api/inserjeunes/affichage/:codes` answer, reduced to what the
 * widget's headline shows. The JSON is checked as it is read: it comes from outside.
 */
export function affichageRates(body: unknown): FiliereRates[] {
  if (typeof body !== 'object' || body === null || !('filieres' in body)) {
    throw new Error('réponse de l’API : « filieres » manque');
  }
  const { filieres } = body;
  if (!Array.isArray(filieres))
    throw new Error('réponse de l’API : « filieres » n’est pas une liste');
  return filieres.map((block: unknown) => {
    if (typeof block !== 'object' || block === null) throw new Error('bloc de filière invalide');
    const record = block as Record<string, unknown>;
    if (typeof record.filiere !== 'string') throw new Error('bloc sans « filiere »');
    return {
      filiere: record.filiere,
      taux_en_emploi_6_mois: rate(record, 'taux_en_emploi_6_mois'),
      taux_en_formation: rate(record, 'taux_en_formation'),
      taux_autres_6_mois: rate(record, 'taux_autres_6_mois'),
    };
  });
}
