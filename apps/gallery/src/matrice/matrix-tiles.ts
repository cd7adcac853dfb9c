import type { Audience, ExempleGalerie, Lang, Scope } from '@inserjeunes/contract';
import { ETATS_MATRICE, type EtatMatrice } from './etats-matrice.js';

/** What the reader keeps in view. */
export interface MatrixFilters {
  audiences: readonly Audience[];
  langs: readonly Lang[];
  etats: readonly EtatMatrice['id'][];
}

/** One tile: a state for one audience in one language, and the example behind it. */
export interface MatrixTile {
  key: string;
  etat: EtatMatrice;
  audience: Audience;
  lang: Lang;
  exemple: ExempleGalerie;
}

/** A state row: its tiles, or why it has none. */
export interface MatrixRow {
  etat: EtatMatrice;
  exemple: ExempleGalerie | null;
  tiles: MatrixTile[];
}

/** The rows and tiles the filters keep, in the order of the states, then audiences, then languages. */
export function matrixRows(
  exemples: readonly ExempleGalerie[],
  filters: MatrixFilters,
): MatrixRow[] {
  return ETATS_MATRICE.filter((etat) => filters.etats.includes(etat.id)).map((etat) => {
    const exemple = exemples.find((entry) => entry.etat === etat.exemple) ?? null;
    const tiles: MatrixTile[] = [];
    if (exemple !== null) {
      for (const audience of filters.audiences) {
        for (const lang of filters.langs) {
          tiles.push({ key: `${etat.id}-${audience}-${lang}`, etat, audience, lang, exemple });
        }
      }
    }
    return { etat, exemple, tiles };
  });
}

export const AUDIENCE_LABELS: Record<Audience, string> = {
  '3eme': '3ème',
  lycee: 'Lycée',
  superieur: 'Supérieur',
};

export const LANG_LABELS: Record<Lang, string> = { fr: 'français', en: 'anglais' };

const SCOPE_WORDS: Record<Scope, string> = {
  national: 'chiffres nationaux',
  regional: 'chiffres de la région',
  formation: 'chiffres de l’établissement',
  etablissement: 'chiffres de l’établissement',
};

/** What a tile asks for: an establishment, a region, or France. */
export function requestedScope(exemple: ExempleGalerie): string {
  if (exemple.uai !== null) return `établissement ${exemple.uai}`;
  if (exemple.region !== null) return `région ${exemple.region}`;
  return 'France';
}

/** What the widget shows for it, according to the API. */
export function shownScope(exemple: ExempleGalerie, etat: EtatMatrice): string {
  if (etat.simulation === 'en-panne') return 'aucun (API indisponible)';
  if (exemple.scope === null) return 'aucun chiffre';
  const words = SCOPE_WORDS[exemple.scope];
  return exemple.millesime === null ? words : `${words}, ${exemple.millesime.replace('_', '–')}`;
}
