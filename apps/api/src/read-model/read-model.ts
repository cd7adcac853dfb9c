import type {
  Affichage,
  CertificationCode,
  Filiere,
  IndicateursEtablissement,
  Millesimes,
  Region,
  Resolution,
  Scope,
} from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { computeAffichage } from '../affichage/compute-affichage.js';
import { type DistributionQuery, distributions } from '../comparison/distributions.js';
import { similarTrainingsOf } from '../comparison/similar-trainings.js';
import type { DataSnapshot, DataState } from '../data/data-state.js';
import type { BuildContext } from '../indicators/build-indicateur.js';
import { type EstablishmentPlace, placesOf } from '../indicators/establishment-place.js';
import type { IndicatorRow } from '../indicators/indicator-row.js';
import { notTaughtHere } from '../indicators/not-taught-here.js';
import type { ResolvedCode } from '../indicators/resolve-code.js';
import { createRowSource, type RowSource } from '../indicators/row-source.js';
import { rowsForCodes } from '../indicators/select-blocks.js';
import {
  type CompatibleAnswer,
  compatibleAnswer,
  type FigureQuery,
  type Place,
} from './compatible-answer.js';
import { type CoverageRow, dataCoverage } from './data-coverage.js';
import { etablissementAnswer, requireEstablishment } from './etablissement-answer.js';
import {
  type Establishment,
  findEstablishment,
  type Gathered,
  gather,
  resolveAll,
} from './gather.js';
import { checkMillesime } from './millesime-check.js';
import { millesimeRows, millesimesAnswer } from './millesimes-answer.js';
import { codesWithData, natureOf, resolutionAnswer } from './resolution-answer.js';

export type { CompatibleAnswer, FigureQuery, Place } from './compatible-answer.js';

/** What the widget's route asks: codes, and where the reader is. */
export interface AffichageQuery {
  codes: readonly CertificationCode[];
  uai?: string | undefined;
  region?: Region | undefined;
  millesime?: string | undefined;
  voie?: Filiere | undefined;
}

const PARIS_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' });

/**
 * The only door from stored rows to answers. Each request gathers its material once
 * (codes resolved, establishment, region, rows, labels, see {@link gather}), then a pure
 * function chooses and builds: the compatible routes' records, the widget's fallback, an
 * establishment's overall figures. Routes (and the coverage check, and future sub-apps)
 * call this facade and never read rows themselves.
 */
export class ReadModel {
  readonly #state: DataState;
  readonly #source: RowSource;
  readonly #db: DbHandle;
  readonly #now: () => Date;
  #day = { minute: Number.NaN, value: '' };

  constructor(db: DbHandle, state: DataState, now: () => Date) {
    this.#db = db;
    this.#state = state;
    this.#source = createRowSource(db);
    this.#now = now;
  }

  /** The data version's nomenclature and in-memory figures. */
  snapshot(): Promise<DataSnapshot> {
    return this.#state.current();
  }

  /** Today in France, `YYYY-MM-DD`; formatting a date in a time zone is slow, so once a minute. */
  today(): string {
    const now = this.#now();
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute !== this.#day.minute) this.#day = { minute, value: PARIS_DAY.format(now) };
    return this.#day.value;
  }

  /** Resolves codes against the nomenclature, or answers 404 naming the unknown ones. */
  resolve(codes: readonly CertificationCode[], snapshot: DataSnapshot): ResolvedCode[] {
    return resolveAll(codes, snapshot);
  }

  /** What a code is and how it resolves (`/resolve/:code`); 404 for an unknown code. */
  async resolution(requested: CertificationCode): Promise<Resolution> {
    const snapshot = await this.snapshot();
    const { nomenclature } = snapshot;
    const [resolved] = resolveAll([requested], snapshot);
    const nature = natureOf(requested, resolved, nomenclature);
    const places = await this.#source.dataPlaces(
      codesWithData(requested, nature.finals, nomenclature),
    );
    return resolutionAnswer(requested, resolved, nature, places, nomenclature, this.today());
  }

  /** National figures of one or several codes (`/certifications/:codes`). */
  national(codes: readonly CertificationCode[], query: FigureQuery = {}) {
    return this.compatible({ scope: 'national' }, codes, query);
  }

  /** Figures of one or several codes in a region (`/regionales/:region/certifications/:codes`). */
  regional(region: Region, codes: readonly CertificationCode[], query: FigureQuery = {}) {
    return this.compatible({ scope: 'regional', region }, codes, query);
  }

  /** Figures of one or several codes in one establishment (`/formations/:uai-:codes`). */
  formation(uai: string, codes: readonly CertificationCode[], query: FigureQuery = {}) {
    return this.compatible({ scope: 'formation', uai }, codes, query);
  }

  /** The compatible routes' answer at one place. */
  async compatible(
    place: Place,
    codes: readonly CertificationCode[],
    query: FigureQuery,
  ): Promise<CompatibleAnswer> {
    const gathered = await this.#gather({
      codes,
      national: place.scope === 'national',
      region: place.scope === 'regional' ? place.region : null,
      uai: place.scope === 'formation' ? place.uai : null,
    });
    if (gathered.establishment !== null) requireEstablishment(gathered.establishment);
    return compatibleAnswer(gathered, place, codes, query);
  }

  /**
   * The widget's view (ADR 3): the establishment, its region (or the one asked), then
   * France. An unknown code is a 404; an unknown establishment is not: the widget then says
   * it shows a wider scope.
   */
  async affichage(query: AffichageQuery): Promise<Affichage> {
    const gathered = await this.#gather({
      codes: query.codes,
      national: true,
      region: query.region ?? null,
      uai: query.uai ?? null,
      regionOfEstablishment: true,
    });
    const candidates = rowsForCodes(gathered.rows, gathered.finals, 'filieres').filter(
      (row) => query.voie === undefined || row.filiere === query.voie,
    );
    checkMillesime(query.millesime, candidates, null);
    const { establishment } = gathered;
    return computeAffichage({
      requested: query.codes,
      resolved: gathered.resolved,
      etablissement:
        establishment === null
          ? null
          : {
              uai: establishment.uai,
              libelle: establishment.libelle,
              hasOtherTrainings: notTaughtHere(
                gathered.snapshot.figures.formationVoies.get(establishment.uai),
                gathered.finals,
                gathered.rows,
              ),
            },
      region: gathered.region,
      millesime: query.millesime,
      voie: query.voie,
      rows: gathered.rows,
      context: gathered.context,
      similar: similarTrainingsOf(gathered.snapshot.figures, gathered.snapshot.nomenclature),
    });
  }

  /** An establishment's figures over all its trainings (`/etablissements/:uai`). */
  async etablissement(
    uai: string,
    query: { millesime?: string | undefined; filiere?: Filiere | undefined },
  ): Promise<IndicateursEtablissement> {
    const snapshot = await this.snapshot();
    const establishment = requireEstablishment(
      await findEstablishment(this.#source, snapshot, uai),
    );
    const [overall, formationCount] = await Promise.all([
      this.#source.overall(uai),
      this.#source.formationCount(uai),
    ]);
    return etablissementAnswer(
      { snapshot, today: this.today(), establishment, overall, formationCount },
      query,
    );
  }

  /**
   * A catalogue's establishments (one lookup) and their rows for the final codes (one
   * query); national and regional rows stay in the snapshot's store.
   */
  async catalogue(
    snapshot: DataSnapshot,
    uais: readonly string[],
    finals: readonly { code: string; cfd: string | null }[],
  ): Promise<{
    establishments: Map<string, Establishment>;
    rows: IndicatorRow[];
    context: BuildContext;
  }> {
    const found = await this.#source.etablissements(uais);
    const rows = await this.#source.rows(
      {
        codes: [...new Set(finals.map((final) => final.code))],
        cfds: [...new Set(finals.map((final) => final.cfd).filter((cfd) => cfd !== null))],
        national: false,
        regions: [],
        uais,
      },
      snapshot.figures,
    );
    const withFigures = snapshot.figures.uaisWithRows;
    return {
      establishments: new Map(
        found.map((row) => [
          row.uai,
          { ...row, known: true, hasFigures: withFigures.has(row.uai) },
        ]),
      ),
      rows,
      context: this.#context(snapshot, found),
    };
  }

  /** Establishments of the directory by UAI, with their region and académie codes. */
  etablissements(uais: readonly string[]) {
    return this.#source.etablissements(uais);
  }

  /** A build context naming the establishments `rows` have (the lists' pages). */
  async labelled(rows: readonly IndicatorRow[]): Promise<BuildContext> {
    const snapshot = await this.snapshot();
    const uais = [...new Set(rows.map((row) => row.uai).filter((uai) => uai !== null))];
    const found = await this.#source.etablissements(uais);
    return this.#context(snapshot, found);
  }

  /** The distributions of similar trainings comparisons use (computed once per data version). */
  async distributions(query: DistributionQuery) {
    return distributions(await this.snapshot(), query);
  }

  /** What the database holds per scope, filière and millésime (the statistics route). */
  dataCoverage(): Promise<CoverageRow[]> {
    return dataCoverage(this.#db);
  }

  /** Millésimes per scope and filière, the one served by default, and the imports (`/millesimes`). */
  async millesimes(query: {
    scope?: Scope | undefined;
    filiere?: Filiere | undefined;
  }): Promise<Millesimes> {
    const [rows, snapshot] = await Promise.all([millesimeRows(this.#db), this.snapshot()]);
    return millesimesAnswer(rows, snapshot, query);
  }

  async #gather(request: Parameters<typeof gather>[3]): Promise<Gathered> {
    return gather(this.#source, await this.snapshot(), this.today(), request);
  }

  /** A build context naming the establishments found and saying where they are. */
  #context(
    snapshot: DataSnapshot,
    found: readonly ({ uai: string; libelle: string | null } & EstablishmentPlace)[],
  ): BuildContext {
    return {
      nomenclature: snapshot.nomenclature,
      etablissements: new Map(found.map((row) => [row.uai, row.libelle])),
      today: this.today(),
      places: placesOf(found),
    };
  }
}
