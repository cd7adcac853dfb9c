import type { Filiere } from '@inserjeunes/contract';
import { msg } from '@lit/localize';

/** The route to the diploma, as a tab or column heading. */
export function filiereLabel(filiere: Filiere): string {
  switch (filiere) {
    case 'scolaire':
      return msg('Voie scolaire');
    case 'apprentissage':
      return msg('Apprentissage');
    case 'agricole':
      return msg('Enseignement agricole');
    case 'superieur':
      return msg('Enseignement supérieur');
  }
}

/** The data source behind a filière: InserSup for higher education, InserJeunes otherwise. */
export function sourceName(filiere: Filiere): string {
  return filiere === 'superieur' ? 'InserSup' : 'InserJeunes';
}
