import { insersupDiplomaType } from '../values/insersup-diploma-type.js';
import type { LineSink } from './dataset.js';

/**
 * What an InserSup line says of its SISE diploma: its label and its type (a BCN
 * `TYPE_DIPLOME_SISE`, with InserSup's words for it). Both only fill what the BCN left empty:
 * the BCN's own labels and types, when imported, stay.
 */
export function emitInserSupDiploma(
  sink: LineSink,
  line: number,
  code: string,
  libelle: string,
  typeCells: readonly string[],
): void {
  const type = insersupDiplomaType(...typeCells);
  if (type !== null) {
    sink.emit(
      'niveau_formation',
      {
        code: type.code,
        niveau_interministeriel: null,
        libelle_court: type.libelle,
        libelle_long: type.libelle,
      },
      line,
      'fill',
    );
  }
  if (libelle === '') return;
  sink.emit(
    'diplome',
    {
      code,
      code_type: 'SISE',
      niveau: type?.code ?? null,
      libelle_court: null,
      libelle_long: libelle,
      date_ouverture: null,
      date_fermeture: null,
    },
    line,
    'fill',
  );
}
