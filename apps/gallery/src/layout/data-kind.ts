import type { Millesimes } from '@inserjeunes/contract';

/** What the database holds, as far as the imports behind the figures tell. */
export type DataKind = 'officielles' | 'fictives' | 'mixtes' | 'aucune';

/**
 * Sorts the imports behind the figures (not the nomenclature's) into official files, the
 * fictitious demo, both, or none.
 */
export function dataKind({ disponibles, imports }: Millesimes): DataKind {
  const behindFigures = new Set(
    disponibles.flatMap((entry) => entry.millesimes.flatMap((millesime) => millesime.imports)),
  );
  const used = imports.filter((entry) => behindFigures.has(entry.id));
  if (used.length === 0) return 'aucune';
  const fictives = used.filter((entry) => entry.fictif).length;
  if (fictives === 0) return 'officielles';
  return fictives === used.length ? 'fictives' : 'mixtes';
}

/** One sentence saying so, for the banner on every page. */
export const DATA_KIND_TEXT: Record<DataKind, string> = {
  officielles: 'Les chiffres affichés viennent des fichiers officiels chargés dans ce serveur.',
  fictives:
    'Données fictives de démonstration : les chiffres affichés sont inventés. Chargez les fichiers officiels pour voir les vrais (pnpm data:import).',
  mixtes:
    'Ce serveur mélange des fichiers officiels et les données fictives de démonstration : chaque widget signale les chiffres fictifs.',
  aucune: 'Aucune donnée n’est chargée dans ce serveur : les widgets n’ont rien à afficher.',
};
