import {
  COUNT_KEYS,
  type Counts,
  completeCounts,
  computeRates,
  type DonneeSource,
  type Indicateur,
  type Provenance,
  PUBLISHED_FIGURE_KEYS,
  type PublishableRateKey,
  isPublishable as publishable,
  RATE_KEYS,
  type RaisonMasquage,
  regionByCode,
  SEUIL_EFFECTIF,
  sumCounts,
  withholdingReason,
} from '@inserjeunes/contract';
import type { Nomenclature, SalaireRow } from '../data/nomenclature.js';
import { describeCode, isClosed } from './describe-code.js';
import { academieOf, type EstablishmentPlace } from './establishment-place.js';
import type { IndicatorRow } from './indicator-row.js';
import { masquage } from './masking.js';

/** What building a record needs besides its rows. */
export interface BuildContext {
  nomenclature: Nomenclature;
  /** Labels of the establishments the rows name. */
  etablissements: ReadonlyMap<string, string | null>;
  /** Today, `YYYY-MM-DD`, to tell closed diplomas. */
  today: string;
  /** Where the establishments the rows name are, when known (their figures name no region). */
  places?: ReadonlyMap<string, EstablishmentPlace>;
}

export interface BuildOptions {
  /** Set when the requested code was a non-final year. */
  resolution?: { code_demande: string; raison: string } | null;
  /** A label to use when the rows span several diplomas (a common first year's). */
  libelle?: string | null;
  /** Its readable form. */
  libelle_lisible?: string | null;
}

/** A record's rates and published figures, in the record's order. */
const VALUE_KEYS: readonly string[] = [...RATE_KEYS, ...PUBLISHED_FIGURE_KEYS];
/** Every figure of a record, in its order: counts, rates, published figures. */
const FIGURE_KEYS: readonly string[] = [...COUNT_KEYS, ...VALUE_KEYS];
/**
 * The figures of a record before they are filled. Records are copied from it rather than
 * grown key by key: V8 copies a record grown one key at a time into another tens of times
 * more slowly, and coverage checks build thousands of them.
 */
const NO_FIGURES: Readonly<Record<string, null>> = Object.fromEntries(
  FIGURE_KEYS.map((key) => [key, null]),
);

/**
 * The figures of one block before the record around them is described: counts, rates and
 * published figures (withheld ones already null), and why they are withheld. They alone
 * decide whether a block can be shown, so the fallback judges blocks on them and describes
 * only the records it shows.
 */
export interface BlockFigures {
  values: Record<string, number | null> & Record<PublishableRateKey, number | null>;
  raison: RaisonMasquage | null;
  /** The certification's published salaries, when they fill a national record. */
  salaire: SalaireRow | null;
}

/**
 * Turns the rows of one scope × millésime × filière (× region or UAI) into one record.
 * One row keeps its published rates; several rows (several codes, or the specialities of a
 * common first year) are summed with the contract's rule and their rates recomputed, while
 * figures that cannot be summed (salaries, rates over leavers) become null. Below
 * {@link SEUIL_EFFECTIF} students, everything but `nb_annee_term` is withheld.
 */
export function buildIndicateur(
  rows: readonly IndicatorRow[],
  context: BuildContext,
  options: BuildOptions = {},
): Indicateur {
  return describeIndicateur(rows, blockFigures(rows, context.nomenclature), context, options);
}

/** The figures of {@link buildIndicateur}'s record, without the rest of it. */
export function blockFigures(
  rows: readonly IndicatorRow[],
  nomenclature: Nomenclature,
): BlockFigures {
  const [first] = rows;
  if (first === undefined) throw new RangeError('blockFigures needs at least one row');
  let counts: Counts;
  let raison: RaisonMasquage | null;
  let salaire: SalaireRow | null = null;
  // Filled in place: the copy already has every key, in the record's order.
  const record = { ...NO_FIGURES } as BlockFigures['values'];
  if (rows.length === 1) {
    counts = completeCounts(pick(first, COUNT_KEYS));
    const computed = computeRates(counts);
    for (const key of RATE_KEYS) record[key] = first[key] ?? computed[key];
    for (const key of PUBLISHED_FIGURE_KEYS) record[key] = first[key];
    salaire = first.scope === 'national' ? publishedSalary(first, record, nomenclature) : null;
    raison = withholdingReason({
      source: first.raison_masquage,
      nb_annee_term: counts.nb_annee_term,
      figures: record,
    });
  } else {
    const summed = sumCounts(rows.map((row) => pick(row, COUNT_KEYS)));
    counts = summed.counts;
    const computed = computeRates(counts);
    for (const key of RATE_KEYS) record[key] = computed[key];
    raison = withholdingReason({
      source: summed.rowsUsed === 0 ? 'non_publie' : null,
      nb_annee_term: counts.nb_annee_term,
      figures: record,
    });
  }
  for (const key of COUNT_KEYS) record[key] = counts[key];
  if (raison !== null) {
    for (const key of FIGURE_KEYS) {
      if (key !== 'nb_annee_term') record[key] = null;
    }
  }
  return { values: record, raison, salaire };
}

/**
 * Blocks' figures remembered across the rows of one catalogue, on one data version: a
 * block's figures depend on its rows alone, and the same national or regional block answers
 * for many establishments.
 */
export class BlockFiguresMemo {
  readonly #single = new Map<IndicatorRow, BlockFigures>();
  readonly #several = new Map<string, BlockFigures>();
  readonly #nomenclature: Nomenclature;

  constructor(nomenclature: Nomenclature) {
    this.#nomenclature = nomenclature;
  }

  figuresOf(rows: readonly IndicatorRow[]): BlockFigures {
    const [only] = rows;
    if (rows.length === 1 && only !== undefined) {
      let figures = this.#single.get(only);
      if (figures === undefined) {
        figures = blockFigures(rows, this.#nomenclature);
        this.#single.set(only, figures);
      }
      return figures;
    }
    const key = rows.map((row) => row.id).join(',');
    let figures = this.#several.get(key);
    if (figures === undefined) {
      figures = blockFigures(rows, this.#nomenclature);
      this.#several.set(key, figures);
    }
    return figures;
  }
}

/** The record of `rows` around figures computed by {@link blockFigures}. */
export function describeIndicateur(
  rows: readonly IndicatorRow[],
  figures: BlockFigures,
  context: BuildContext,
  options: BuildOptions = {},
): Indicateur {
  const [first] = rows;
  if (first === undefined) throw new RangeError('describeIndicateur needs at least one row');
  const single = rows.length === 1;
  const codes = [...new Set(rows.map((row) => row.code).filter((code) => code !== null))].sort();
  const cfds = new Set(rows.map((row) => row.cfd));
  const { nomenclature, today } = context;
  const described = codes.length === 1 && codes[0] ? describeCode(codes[0], nomenclature) : null;
  const cfd = cfds.size === 1 ? (first.cfd ?? described?.cfd ?? null) : null;
  const diploma = described ?? (cfd === null ? null : describeCode(cfd, nomenclature));
  const { raison } = figures;

  const place = first.uai === null ? undefined : context.places?.get(first.uai);
  const regionCode = first.region_code ?? place?.region_code ?? null;
  const region =
    regionCode === null
      ? null
      : {
          code: regionCode,
          libelle:
            nomenclature.regions.get(regionCode) ?? regionByCode(regionCode)?.libelle ?? regionCode,
        };
  const academie = place === undefined ? undefined : academieOf(place, nomenclature);
  const dateFermeture = diploma?.date_fermeture ?? null;
  return {
    scope: first.scope,
    millesime: first.millesime,
    filiere: first.filiere,
    code_certification: codes.length === 1 ? (codes[0] ?? null) : null,
    code_certification_type: codes.length === 1 ? first.code_type : null,
    code_formation_diplome: cfd,
    libelle: options.libelle ?? diploma?.libelle ?? null,
    libelle_lisible: options.libelle_lisible ?? diploma?.libelle_lisible ?? null,
    diplome: diploma?.niveau ?? null,
    formation_fermee: isClosed(dateFermeture, today),
    date_fermeture: dateFermeture,
    region,
    ...(academie === undefined ? {} : { academie }),
    etablissement:
      first.uai === null
        ? null
        : { uai: first.uai, libelle: context.etablissements.get(first.uai) ?? null },
    donnee_source: donneeSource(rows),
    agregat_regional: rows.some((row) => row.derivation === 'agregat_regional'),
    ...(rows.some((row) => row.derivation === 'agregat_etablissements')
      ? { agregat_etablissements: true }
      : {}),
    codes_sommes: single ? null : codes,
    resolution: options.resolution ?? null,
    masquage: raison === null ? null : masquage(raison),
    ...figures.values,
    provenance: provenance(rows, nomenclature, figures.salaire),
  } as Indicateur;
}

/** Whether a block's record would have figures a reader can be shown (the contract's `isPublishable`). */
export function hasPublishableFigures(figures: BlockFigures): boolean {
  return publishable(figures.raison, figures.values);
}

function pick<K extends keyof Counts>(row: IndicatorRow, keys: readonly K[]): Counts {
  const counts = {} as Counts;
  for (const key of keys) counts[key] = row[key];
  return counts;
}

function donneeSource(rows: readonly IndicatorRow[]): DonneeSource {
  const carried = rows.find((row) => row.donnee_source_type !== 'self');
  const row = carried ?? rows[0];
  return {
    code: row?.donnee_source_code ?? row?.code ?? row?.uai ?? '',
    type: row?.donnee_source_type ?? 'self',
  };
}

/**
 * Salaries published per certification without a millésime (reference service export,
 * InserSup) fill a national record that has none of its own: the filière's quartiles, else
 * those published for the code whatever the filière.
 */
function publishedSalary(
  row: IndicatorRow,
  values: Record<string, number | null>,
  nomenclature: Nomenclature,
): SalaireRow | null {
  if (row.code === null) return null;
  if (
    values.salaire_12_mois_q1 !== null ||
    values.salaire_12_mois_q2 !== null ||
    values.salaire_12_mois_q3 !== null
  ) {
    return null;
  }
  const published = nomenclature.salaires.get(row.code) ?? [];
  const found =
    published.find((salary) => salary.filiere === row.filiere) ??
    published.find((salary) => salary.filiere === null);
  if (found === undefined) return null;
  values.salaire_12_mois_q1 = found.salaire_12_mois_q1;
  values.salaire_12_mois_q2 = found.salaire_12_mois_q2;
  values.salaire_12_mois_q3 = found.salaire_12_mois_q3;
  return found;
}

function provenance(
  rows: readonly IndicatorRow[],
  nomenclature: Nomenclature,
  salaire: SalaireRow | null,
): Provenance[] {
  const sources = [...rows, ...(salaire === null ? [] : [salaire])];
  const ids = [...new Set(sources.map((row) => row.import_id))].sort((a, b) => a - b);
  return ids.map((id) => {
    const fictif = sources.some((row) => row.import_id === id && row.fictif);
    const known = nomenclature.provenances.get(id);
    if (known !== undefined) return fictif && !known.fictif ? { ...known, fictif } : known;
    return {
      jeu_de_donnees: 'inconnu',
      libelle: 'Import inconnu',
      fichier: null,
      importe_le: '',
      fictif,
    };
  });
}
