import type { Counts } from '@inserjeunes/contract';
import { buildIndicateur, type Published } from '../figures/build-indicateur.js';
import type { LineSink } from './dataset.js';

interface Aggregate {
  uai: string;
  millesime: string;
  line: number;
  types: number;
  counts: Counts;
  published: Published;
}

/**
 * InserSup's `all` lines: one per establishment × promotion × diploma type, over every
 * diploma of that type. They become one establishment record per establishment × promotion
 * (scope `etablissement`, voie `superieur`, ADR 0049): a single type's line as published; the
 * lines of several types summed, count by count (a count unknown in one is unknown in the
 * sum), their rates then computed from the sums, never averaged.
 */
export class InserSupEstablishments {
  readonly #aggregates = new Map<string, Aggregate>();

  add(uai: string, millesime: string, line: number, counts: Counts, published: Published): void {
    const key = `${uai}|${millesime}`;
    const seen = this.#aggregates.get(key);
    if (seen === undefined) {
      this.#aggregates.set(key, { uai, millesime, line, types: 1, counts, published });
      return;
    }
    seen.types++;
    for (const name of Object.keys(seen.counts) as (keyof Counts)[]) {
      const [a, b] = [seen.counts[name], counts[name]];
      seen.counts[name] = a === null || b === null ? null : a + b;
    }
  }

  emit(sink: LineSink): void {
    for (const aggregate of this.#aggregates.values()) {
      sink.emit(
        'indicateur',
        buildIndicateur({
          scope: 'etablissement',
          millesime: aggregate.millesime,
          filiere: 'superieur',
          code: null,
          code_type: null,
          uai: aggregate.uai,
          counts: aggregate.counts,
          published: aggregate.types === 1 ? aggregate.published : {},
          fictif: false,
        }),
        aggregate.line,
      );
    }
  }
}
