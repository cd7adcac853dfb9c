import {
  academies,
  continuum,
  departements,
  diplomes,
  etablissements,
  famillesMetier,
  famillesMetiers,
  groupesFormation,
  indicateurs,
  liensFormationGroupe,
  liensMefFamilleMetier,
  mefs,
  niveauxFormation,
  optionsBts,
  regions,
  salairesCertification,
} from '@inserjeunes/db';
import { getTableColumns, getTableName } from 'drizzle-orm';
import { getTableConfig, type PgTable } from 'drizzle-orm/pg-core';

/** A value as it goes into a column. */
export type Value = string | number | boolean | null;

/** Every table the importer writes, by its SQL name, in the order a file's rows are merged. */
const IMPORTED = {
  region: regions,
  academie: academies,
  departement: departements,
  niveau_formation: niveauxFormation,
  diplome: diplomes,
  diplome_continuum: continuum,
  mef: mefs,
  groupe_formation: groupesFormation,
  lien_formation_groupe: liensFormationGroupe,
  famille_metier: famillesMetier,
  famille_metier_specialite: famillesMetiers,
  lien_mef_famille_metier: liensMefFamilleMetier,
  option_bts: optionsBts,
  etablissement: etablissements,
  indicateur: indicateurs,
  salaire_certification: salairesCertification,
} as const;

export type TableName = keyof typeof IMPORTED;

/** Columns the database fills, never a file: the serial id and the import that wrote the row. */
const BOOKKEEPING: ReadonlySet<string> = new Set(['id', 'import_id']);
type Bookkeeping = 'id' | 'import_id';

/**
 * Every column stated, null included: the insert shape of the schema has its nullable and
 * defaulted columns optional, and a dataset that forgot one would silently store null.
 */
type Stated<Row> = { [C in keyof Row]-?: Exclude<Row[C], undefined> };

/** The rows each table receives, keyed by table name, as the schema describes them. */
export type TableRows = {
  [K in TableName]: Stated<Omit<(typeof IMPORTED)[K]['$inferInsert'], Bookkeeping>>;
};

export type IndicateurRow = TableRows['indicateur'];

/**
 * How a staged row meets a row already in the table with the same key:
 * - `replace`: the file's values win (official data is re-published as a whole);
 * - `fill`: only empty columns are filled (an establishment's name from a figures file never
 *   overwrites the directory's).
 */
export type MergeMode = 'replace' | 'fill';

/** What the schema does not say: how a file's rows meet the table's. */
interface MergeRules<K extends TableName> {
  /** What a second row with the same key in one file means. */
  duplicates: 'error' | 'identical' | 'keep-first';
  /**
   * The unique constraint that is the key (`ON CONFLICT ON CONSTRAINT`, for keys that need
   * NULLS NOT DISTINCT); the primary key otherwise.
   */
  unique?: string;
  /** SQL replacing a staged column in the merge (`s.` is the staged row). */
  select?: Partial<Record<keyof TableRows[K] & string, string>>;
  /** Columns a `fill` merge replaces when the file outranks the import that wrote the row. */
  newer?: readonly string[];
}

const MERGE_RULES: { readonly [K in TableName]: MergeRules<K> } = {
  region: { duplicates: 'identical' },
  academie: { duplicates: 'identical' },
  departement: { duplicates: 'error' },
  niveau_formation: { duplicates: 'error' },
  diplome: { duplicates: 'error' },
  diplome_continuum: { duplicates: 'keep-first' },
  mef: { duplicates: 'error' },
  groupe_formation: { duplicates: 'error' },
  lien_formation_groupe: { duplicates: 'keep-first' },
  famille_metier: { duplicates: 'error' },
  famille_metier_specialite: { duplicates: 'error' },
  lien_mef_famille_metier: { duplicates: 'error' },
  option_bts: { duplicates: 'identical' },
  // A newer file's name of an establishment replaces an older one's (ADR 26).
  etablissement: { duplicates: 'keep-first', newer: ['libelle'] },
  indicateur: {
    duplicates: 'error',
    unique: 'indicateur_cle',
    // A school-route row knows its diploma through N_MEF once the BCN is loaded.
    select: {
      cfd: "coalesce(s.cfd, (select m.cfd from mef m where s.code_type = 'MEFSTAT11' and m.mefstat11 = s.code))",
    },
  },
  salaire_certification: { duplicates: 'error', unique: 'salaire_certification_cle' },
};

/** A table as the stager and the derivations write it; columns by their SQL names. */
export interface TableSpec {
  name: TableName;
  /** The columns a file fills: all but {@link BOOKKEEPING}. */
  columns: readonly string[];
  key: readonly string[];
  /** `ON CONFLICT ON CONSTRAINT …` for keys that need NULLS NOT DISTINCT. */
  constraint?: string;
  duplicates: MergeRules<TableName>['duplicates'];
  select: Readonly<Partial<Record<string, string>>>;
  newer: readonly string[];
  /**
   * Columns with a default in the database: always sent, so that a null there fails loudly
   * instead of silently taking the default when an empty column is left out of a COPY.
   */
  defaults: readonly string[];
}

/** The spec of one table: its columns and key read from the schema, its merge rules added. */
function specOf(name: TableName, table: PgTable, rules: MergeRules<TableName>): TableSpec {
  if (getTableName(table) !== name) {
    throw new Error(`table ${name} : le schéma la nomme ${getTableName(table)}`);
  }
  const columns = Object.entries(getTableColumns(table)).filter(([key, column]) => {
    // Rows are keyed by the schema's property names, SQL by the columns' names.
    if (key !== column.name) throw new Error(`${name}.${key} : colonne SQL ${column.name}`);
    return !BOOKKEEPING.has(key);
  });
  const config = getTableConfig(table);
  const keyColumns =
    rules.unique === undefined
      ? (config.primaryKeys[0]?.columns ?? columns.filter(([, c]) => c.primary).map(([, c]) => c))
      : config.uniqueConstraints.find((constraint) => constraint.name === rules.unique)?.columns;
  if (keyColumns === undefined || keyColumns.length === 0) {
    throw new Error(`table ${name} : clé ${rules.unique ?? 'primaire'} introuvable`);
  }
  return {
    name,
    columns: columns.map(([key]) => key),
    key: keyColumns.map((column) => column.name),
    ...(rules.unique === undefined ? {} : { constraint: rules.unique }),
    duplicates: rules.duplicates,
    select: rules.select ?? {},
    newer: rules.newer ?? [],
    defaults: columns.filter(([, c]) => c.hasDefault && c.notNull).map(([key]) => key),
  };
}

/** Every table the importer writes, in the order a file's rows are merged. */
export const TABLE_ORDER = Object.keys(IMPORTED) as TableName[];

export const TABLES = Object.fromEntries(
  TABLE_ORDER.map((name) => [name, specOf(name, IMPORTED[name], MERGE_RULES[name])]),
) as { readonly [K in TableName]: TableSpec };
