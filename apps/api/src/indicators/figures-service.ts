import type {
  CertificationCode,
  Filiere,
  Indicateur,
  IndicateursParFiliere,
  IndicateursSecondeCommune,
  Region,
  Scope,
} from '@inserjeunes/contract';
import type { DataSnapshot, DataState } from '../data/data-state.js';
import { ApiFailure } from '../http/api-failure.js';
import { absenceReason } from './absence-reason.js';
import type { BuildContext } from './build-indicateur.js';
import { buildIndicateur } from './build-indicateur.js';
import type { IndicatorRow } from './indicator-row.js';
import { sortMillesimes } from './millesime-order.js';
import { type FinalCode, type ResolvedCode, resolveCode } from './resolve-code.js';
import type { RowSource } from './row-source.js';
import { latestOf, rowsForCodes, selectBlocks } from './select-blocks.js';

const PARIS_DAY = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' });

/** Where the compatible routes look: France, one region, or one establishment. */
export type Place =
  | { scope: 'national' }
  | { scope: 'regional'; region: Region }
  | { scope: 'formation'; uai: string };

export interface CompatibleQuery {
  place: Place;
  codes: readonly CertificationCode[];
  millesime?: string | undefined;
  filiere?: Filiere | undefined;
  vue?: 'filieres' | undefined;
}

/** The filière a single code's record comes from when several exist, by code type. */
const PREFERRED: Record<CertificationCode['type'], readonly Filiere[]> = {
  MEFSTAT11: ['scolaire', 'agricole', 'apprentissage', 'superieur'],
  CFD: ['apprentissage', 'agricole', 'scolaire', 'superieur'],
  SISE: ['superieur', 'scolaire', 'apprentissage', 'agricole'],
};

/**
 * Reads figures for the routes: resolves codes against the in-memory nomenclature, reads
 * the rows with the prepared lookups, and builds records with the contract's rules.
 */
export class FiguresService {
  readonly #state: DataState;
  readonly #rows: RowSource;
  readonly #now: () => Date;
  #day = { minute: Number.NaN, value: '' };

  constructor(state: DataState, rows: RowSource, now: () => Date) {
    this.#state = state;
    this.#rows = rows;
    this.#now = now;
  }

  get rowSource(): RowSource {
    return this.#rows;
  }

  snapshot(): Promise<DataSnapshot> {
    return this.#state.current();
  }

  /** Today in France, `YYYY-MM-DD`; formatting a date in a time zone is slow, so once a minute. */
  today(): string {
    const now = this.#now();
    const minute = Math.floor(now.getTime() / 60_000);
    if (minute !== this.#day.minute) {
      this.#day = { minute, value: PARIS_DAY.format(now) };
    }
    return this.#day.value;
  }

  /** A build context with the labels of the establishments `rows` name. */
  async context(snapshot: DataSnapshot, rows: readonly IndicatorRow[]): Promise<BuildContext> {
    const uais = [...new Set(rows.map((row) => row.uai).filter((uai) => uai !== null))];
    const found = await this.#rows.etablissements(uais);
    return {
      nomenclature: snapshot.nomenclature,
      etablissements: new Map(found.map((row) => [row.uai, row.libelle])),
      today: this.today(),
    };
  }

  /** Resolves every code, or answers 404 naming those nobody knows. */
  resolveAll(codes: readonly CertificationCode[], snapshot: DataSnapshot): ResolvedCode[] {
    const resolved = codes.map((code) => resolveCode(code, snapshot.nomenclature));
    const unknown = resolved
      .filter((entry) => entry.kind === 'inconnu')
      .map((e) => e.requested.code);
    if (unknown.length > 0) {
      throw new ApiFailure(
        'code_inconnu',
        unknown.length === 1
          ? `Code « ${unknown[0]} » inconnu : ni la BCN ni les données importées ne le connaissent.`
          : `Codes inconnus : ${unknown.join(', ')}.`,
        { codes: unknown },
      );
    }
    return resolved;
  }

  /** Answers 404 when an establishment is neither in the directory nor in any figure. */
  async etablissement(uai: string) {
    const [known] = await this.#rows.etablissements([uai]);
    if (known !== undefined) return known;
    if ((await this.#rows.uaisWithRows([uai])).has(uai)) {
      return { uai, libelle: null, region_code: null, academie_code: null };
    }
    throw new ApiFailure(
      'etablissement_inconnu',
      `Établissement « ${uai} » inconnu : aucun établissement ni aucun chiffre ne porte cet UAI.`,
      { uai },
    );
  }

  /** The compatible routes: one record, one per filière, or a common first year's specialities. */
  async compatible(
    query: CompatibleQuery,
  ): Promise<Indicateur | IndicateursParFiliere | IndicateursSecondeCommune> {
    const snapshot = await this.snapshot();
    const resolved = this.resolveAll(query.codes, snapshot);
    const { place } = query;
    if (place.scope === 'formation') await this.etablissement(place.uai);
    const finals = resolved.flatMap((entry) =>
      entry.kind === 'final' ? [entry.final] : entry.kind === 'seconde_commune' ? entry.finals : [],
    );
    const all = await this.#rows.rows(
      {
        codes: finals.map((final) => final.code),
        cfds: finals.map((final) => final.cfd).filter((cfd) => cfd !== null),
        national: place.scope === 'national',
        regions: place.scope === 'regional' ? [place.region.code] : [],
        uais: place.scope === 'formation' ? [place.uai] : [],
      },
      snapshot.figures,
    );
    const atScope = all.filter((row) => row.scope === place.scope);
    const context = await this.context(snapshot, atScope);
    const [only] = resolved;

    if (resolved.length === 1 && only?.kind === 'seconde_commune' && query.vue === undefined) {
      const certifications: Indicateur[] = [];
      for (const final of only.finals) {
        const rows = rowsForCodes(atScope, [final], 'filieres');
        const blocks = selectBlocks(rows, query);
        for (const block of blocks) certifications.push(buildIndicateur(block.rows, context));
      }
      this.#checkMillesime(query.millesime, certifications.length, atScope, place.scope);
      return { ...only.secondeCommune, certifications };
    }

    if (resolved.length === 1 && only?.kind === 'final' && query.vue === undefined) {
      const rows = rowsForCodes(atScope, [only.final], 'exact');
      const filiere = query.filiere ?? this.#preferredFiliere(only.requested, rows);
      const [block] = selectBlocks(rows, { millesime: query.millesime, filiere });
      if (block === undefined) {
        this.#checkMillesime(
          query.millesime,
          0,
          rows.filter((r) => r.filiere === filiere),
          place.scope,
        );
        throw await this.#noData(finals, snapshot, place, query.filiere);
      }
      return buildIndicateur(block.rows, context, { resolution: only.resolution });
    }

    const rows = rowsForCodes(atScope, finals, query.vue === 'filieres' ? 'filieres' : 'exact');
    const blocks = selectBlocks(rows, query);
    if (blocks.length === 0) {
      this.#checkMillesime(query.millesime, 0, rows, place.scope);
      throw await this.#noData(finals, snapshot, place, query.filiere);
    }
    const filieres = blocks.map((block) => buildIndicateur(block.rows, context));
    return {
      codes: query.codes.map((code) => code.code),
      millesime: latestOf(blocks) ?? '',
      filieres,
    };
  }

  #preferredFiliere(code: CertificationCode, rows: readonly IndicatorRow[]): Filiere | undefined {
    const present = new Set(rows.map((row) => row.filiere));
    return PREFERRED[code.type].find((filiere) => present.has(filiere));
  }

  /** 404 listing the millésimes that exist, when the one asked for is not among them. */
  #checkMillesime(
    millesime: string | undefined,
    found: number,
    rows: readonly IndicatorRow[],
    scope: Scope,
  ): void {
    if (millesime === undefined || found > 0) return;
    const existing = sortMillesimes(rows.map((row) => row.millesime));
    if (existing.length === 0) return;
    throw millesimeUnavailable(millesime, existing, scope);
  }

  async #noData(
    finals: readonly FinalCode[],
    snapshot: DataSnapshot,
    place: Place,
    filiere: Filiere | undefined,
  ): Promise<ApiFailure> {
    const hasOtherTrainings =
      place.scope === 'formation' && (await this.#rows.uaisWithRows([place.uai])).has(place.uai);
    const { raison, message } = absenceReason(finals, snapshot.nomenclature, {
      asked: place.scope === 'formation',
      hasOtherTrainings,
    });
    const where = {
      national: 'au niveau national',
      regional: 'dans cette région',
      formation: 'dans cet établissement',
    }[place.scope];
    return new ApiFailure(
      'donnees_indisponibles',
      `Aucune donnée ${where}${filiere === undefined ? '' : ` pour la filière ${filiere}`}. ${message}`,
      { raison, scope: place.scope, codes: finals.map((final) => final.code) },
    );
  }
}

/** 404 for a millésime that does not exist, with those that do. */
export function millesimeUnavailable(
  millesime: string,
  existing: readonly string[],
  scope: Scope | null,
): ApiFailure {
  return new ApiFailure(
    'millesime_indisponible',
    `Millésime « ${millesime} » indisponible${scope === null ? '' : ` (${scope})`} ; millésimes disponibles : ${existing.join(', ')}.`,
    { parametre: 'millesime', millesime, millesimes_disponibles: existing },
  );
}
