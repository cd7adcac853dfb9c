import { ExemplesGalerie } from '@inserjeunes/contract';
import { fetchApi } from './fetch-api.js';

/** The server's example per widget state (`GET /api/galerie/exemples`). */
export function loadExemples(): Promise<ExemplesGalerie> {
  return fetchApi('/api/galerie/exemples', ExemplesGalerie);
}

/** One sentence saying where the examples come from. */
export function exemplesSourceText(donnees: ExemplesGalerie['donnees']): string {
  switch (donnees) {
    case 'officielles':
      return 'Exemples réels : trouvés dans les fichiers officiels chargés dans ce serveur.';
    case 'fictives':
      return 'Exemples de démonstration : les fichiers officiels ne sont pas chargés, les chiffres sont fictifs (et chaque widget le signale).';
    case 'mixtes':
      return 'Exemples réels quand les fichiers officiels en contiennent, de démonstration sinon : chaque tuile dit lesquels.';
    case 'aucune':
      return 'Aucune donnée n’est chargée : les widgets n’ont rien à montrer.';
  }
}
