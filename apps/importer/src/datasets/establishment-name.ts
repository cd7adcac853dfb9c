import type { LineSink } from './dataset.js';

/**
 * What a figures file says of an establishment: its name (and region, when the file gives
 * it), only to fill what the referentials left empty; the first line to name a UAI is enough.
 */
export function emitEstablishmentName(
  sink: LineSink,
  line: number,
  uai: string,
  libelle: string,
  region: string | null = null,
): void {
  sink.emit(
    'etablissement',
    {
      uai,
      libelle: libelle || null,
      region_code: region,
      academie_code: null,
      departement_code: null,
    },
    line,
    'fill',
  );
}

/**
 * {@link emitEstablishmentName} for a file read line by line, whose lines come grouped by
 * establishment: a line naming the same UAI as the one before adds nothing (the first line
 * won already) and is not sent, which spares a row per line of a national file.
 */
export class EstablishmentNames {
  #last: string | null = null;

  emit(sink: LineSink, line: number, uai: string, libelle: string, region: string | null = null) {
    if (uai === this.#last) return;
    this.#last = uai;
    emitEstablishmentName(sink, line, uai, libelle, region);
  }
}
