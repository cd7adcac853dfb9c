import type { CertificationCode, Filiere, Region } from '@inserjeunes/contract';
import { chooseScope } from '../affichage/compute-affichage.js';
import type { DataSnapshot } from '../data/data-state.js';
import { BlockFiguresMemo, type BuildContext } from '../indicators/build-indicateur.js';
import type { IndicatorRow } from '../indicators/indicator-row.js';
import { notTaughtHere } from '../indicators/not-taught-here.js';
import type { ResolvedCode } from '../indicators/resolve-code.js';
import type { Establishment } from '../read-model/gather.js';
import { finalsOf } from '../read-model/gather.js';
import { missingMillesime } from '../read-model/millesime-check.js';
import { outcome, outcomeOfChoice, type Verdict, verdictOf } from './line-verdict.js';
import { catalogueRowIndex, type PlacedRows, rowsInScope } from './placed-rows.js';

/** What one catalogue check knows, gathered once for all its lines. */
export interface CatalogueFacts {
  snapshot: DataSnapshot;
  resolvedByCode: ReadonlyMap<string, ResolvedCode>;
  establishments: ReadonlyMap<string, Establishment>;
  /** The catalogue's establishments' rows for its codes. */
  rows: readonly IndicatorRow[];
  context: BuildContext;
  options: { millesime?: string | undefined; voie?: Filiere | undefined };
}

/**
 * Judges catalogue lines as the widget would show them (`chooseScope`), on rows indexed
 * once. Only what a line reports is kept, not the widget's records, so a large catalogue's
 * memo stays small. An establishment without rows for the code answers like any other such
 * establishment of the same region that the directory knows alike and that alike has or
 * lacks other figures: those lines share one verdict.
 */
export class CatalogueJudge {
  readonly #facts: CatalogueFacts;
  readonly #withFigures: ReadonlySet<string>;
  readonly #placedRowsOf: (code: string, finals: ReturnType<typeof finalsOf>) => PlacedRows[];
  readonly #figures: BlockFiguresMemo;
  readonly #verdicts = new Map<string, Verdict>();

  constructor(facts: CatalogueFacts) {
    this.#facts = facts;
    this.#withFigures = facts.snapshot.figures.uaisWithRows;
    this.#placedRowsOf = catalogueRowIndex(facts.snapshot.figures, facts.rows);
    this.#figures = new BlockFiguresMemo(facts.snapshot.nomenclature);
  }

  /** The verdict of a line asking for `code`, maybe at an establishment, maybe in a region. */
  verdict(code: CertificationCode, uai: string | null, region: Region | null): Verdict {
    const resolved = this.#facts.resolvedByCode.get(code.code);
    if (resolved === undefined || resolved.kind === 'inconnu') {
      return verdictOf(outcome('non_couvert', 'code_inconnu'), null);
    }
    const placed = this.#placedRowsOf(code.code, finalsOf([resolved]));
    const establishment =
      uai === null
        ? '-'
        : placed.some((rowsOfFinal) => rowsOfFinal.formation.has(uai))
          ? `u${uai}`
          : `n${this.#facts.establishments.has(uai) ? 1 : 0}${this.#withFigures.has(uai) ? 1 : 0}${[
              ...(this.#facts.snapshot.figures.formationVoies.get(uai) ?? []),
            ].join(',')}`;
    const key = `${code.code}|${establishment}|${region?.code ?? ''}`;
    let verdict = this.#verdicts.get(key);
    if (verdict === undefined) {
      verdict = this.#judge(code, resolved, rowsInScope(placed, uai, region), uai, region);
      this.#verdicts.set(key, verdict);
    }
    return verdict;
  }

  #judge(
    code: CertificationCode,
    resolved: Exclude<ResolvedCode, { kind: 'inconnu' }>,
    candidateRows: IndicatorRow[],
    uai: string | null,
    region: Region | null,
  ): Verdict {
    const { options } = this.#facts;
    const ofVoie = candidateRows.filter(
      (row) => options.voie === undefined || row.filiere === options.voie,
    );
    if (missingMillesime(options.millesime, ofVoie) !== null) {
      return verdictOf(outcome('non_couvert', 'millesime_indisponible'), null);
    }
    const known = uai === null ? undefined : this.#facts.establishments.get(uai);
    const choice = chooseScope({
      requested: [code],
      resolved: [resolved],
      etablissement:
        uai === null
          ? null
          : {
              uai,
              libelle: known?.libelle ?? null,
              hasOtherTrainings: notTaughtHere(
                this.#facts.snapshot.figures.formationVoies.get(uai),
                finalsOf([resolved]),
                candidateRows,
              ),
            },
      region,
      millesime: options.millesime,
      voie: options.voie,
      rows: candidateRows,
      context: this.#facts.context,
      memo: this.#figures,
    });
    const uaiUnknown = uai !== null && known === undefined && !this.#withFigures.has(uai);
    return verdictOf(outcomeOfChoice(choice, resolved, uaiUnknown), choice);
  }
}
