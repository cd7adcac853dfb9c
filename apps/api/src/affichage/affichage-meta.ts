import { type Affichage, type AffichageMeta, millesimeYears } from '@inserjeunes/contract';

const LICENCE = 'Licence Ouverte / Open Licence 2.0 (Etalab)';
const LICENCE_URL = 'https://www.etalab.gouv.fr/licence-ouverte-open-licence/';

/**
 * The `meta` block of a downloaded answer: the measurement (InserSup for higher education,
 * InserJeunes otherwise), its licence, the definitions page of the site that served it, the
 * latest import behind the figures, the promotions, and a sentence to cite them with.
 */
export function affichageMeta(affichage: Affichage, origin: string): AffichageMeta {
  const superieur = affichage.filieres.some((record) => record.filiere === 'superieur');
  const source = superieur ? 'InserSup, SIES' : 'InserJeunes, DEPP-DARES';
  const provenances = affichage.filieres.flatMap((record) => record.provenance);
  const imported = provenances.map((entry) => entry.importe_le).filter((date) => date !== '');
  const promotions = affichage.millesime === null ? [] : millesimeYears(affichage.millesime);
  const fictif = provenances.some((entry) => entry.fictif);
  const years = promotions.length === 0 ? '' : `, ${promotionsText(promotions)}`;
  return {
    source,
    licence: LICENCE,
    licence_url: LICENCE_URL,
    definitions: `${origin}/donnees`,
    importe_le: imported.sort().at(-1) ?? null,
    millesime: affichage.millesime,
    promotions,
    fictif,
    citation: `Source : ${source}${years}${fictif ? ' (données fictives de démonstration)' : ''}`,
  };
}

/** "promotion 2023", or "promotions 2022–2023". */
function promotionsText(years: readonly number[]): string {
  const first = years[0];
  const last = years.at(-1);
  return years.length === 1 ? `promotion ${first}` : `promotions ${first}–${last}`;
}
