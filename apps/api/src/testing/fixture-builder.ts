import { COUNT_KEYS, type Counts, computeRates, emptyCounts } from '@inserjeunes/contract';
import {
  academies,
  continuum,
  type DbHandle,
  diplomes,
  etablissements,
  famillesMetiers,
  imports,
  indicateurs,
  mefs,
  niveauxFormation,
  regions,
  resolutions,
  salairesCertification,
} from '@inserjeunes/db';

type Insert<T extends { $inferInsert: unknown }> = T['$inferInsert'];
type IndicateurInput = Omit<Insert<typeof indicateurs>, 'import_id' | keyof Counts> &
  Partial<Counts> & { import?: string };

/**
 * Writes test data straight into the schema, as the importer would leave it: imports,
 * nomenclature, establishments and indicator rows whose rates are computed from their
 * counts with the contract's rules. Rows are collected, then `save()` inserts them.
 */
export class FixtureBuilder {
  readonly #imports = new Map<string, Insert<typeof imports>>();
  readonly #niveaux: Insert<typeof niveauxFormation>[] = [];
  readonly #diplomes: Insert<typeof diplomes>[] = [];
  readonly #mefs: Insert<typeof mefs>[] = [];
  readonly #continuum: Insert<typeof continuum>[] = [];
  readonly #familles: Insert<typeof famillesMetiers>[] = [];
  readonly #resolutions: Insert<typeof resolutions>[] = [];
  readonly #regions: Insert<typeof regions>[] = [];
  readonly #academies: Insert<typeof academies>[] = [];
  readonly #etablissements: Insert<typeof etablissements>[] = [];
  readonly #indicateurs: IndicateurInput[] = [];
  readonly #salaires: (Omit<Insert<typeof salairesCertification>, 'import_id'> & {
    import: string;
  })[] = [];

  /** Declares an import; indicator rows name it with `import`. */
  import(name: string, fields: Partial<Insert<typeof imports>> = {}): this {
    this.#imports.set(name, {
      dataset: name,
      fichier: `${name}.csv`,
      sha256: `${name}-${Math.random().toString(16).slice(2)}`,
      lignes_lues: 1,
      lignes_importees: 1,
      lignes_inchangees: 0,
      lignes_rejetees: 0,
      debut: new Date('2025-01-10T09:00:00Z'),
      fin: new Date('2025-01-10T09:01:00Z'),
      ...fields,
    });
    return this;
  }

  niveau(code: string, libelle_court: string): this {
    this.#niveaux.push({ code, libelle_court });
    return this;
  }

  diplome(code: string, libelle_long: string, fields: Partial<Insert<typeof diplomes>> = {}): this {
    this.#diplomes.push({
      code,
      code_type: code.length === 7 ? 'SISE' : 'CFD',
      niveau: code.length === 7 ? null : code.slice(0, 3),
      libelle_long,
      date_ouverture: '2015-09-01',
      ...fields,
    });
    return this;
  }

  mef(
    mefstat11: string,
    cfd: string,
    duree: number,
    annee: number,
    libelle_long = `MEF ${mefstat11}`,
  ): this {
    this.#mefs.push({ mefstat11, cfd, duree, annee, libelle_long });
    return this;
  }

  renewal(ancien_code: string, nouveau_code: string): this {
    this.#continuum.push({ ancien_code, nouveau_code });
    return this;
  }

  famille(row: Insert<typeof famillesMetiers>): this {
    this.#familles.push(row);
    return this;
  }

  resolution(
    code: string,
    code_final: string,
    raison: 'annee_non_terminale' | 'seconde_commune',
  ): this {
    this.#resolutions.push({ code, code_final, raison });
    return this;
  }

  region(code: string, libelle: string): this {
    this.#regions.push({ code, libelle });
    return this;
  }

  academie(code: string, libelle: string, region_code: string): this {
    this.#academies.push({ code, libelle, region_code });
    return this;
  }

  etablissement(row: Insert<typeof etablissements>): this {
    this.#etablissements.push(row);
    return this;
  }

  /** An indicator row; rates are computed from the counts unless given. */
  indicateur(row: IndicateurInput): this {
    this.#indicateurs.push(row);
    return this;
  }

  /** National salary quartiles of a certification, published without a millésime. */
  salaire(row: Omit<Insert<typeof salairesCertification>, 'import_id'> & { import: string }): this {
    this.#salaires.push(row);
    return this;
  }

  async save({ db }: DbHandle): Promise<Map<string, number>> {
    const ids = new Map<string, number>();
    for (const [name, values] of this.#imports) {
      const [inserted] = await db.insert(imports).values(values).returning({ id: imports.id });
      if (inserted === undefined) throw new Error(`import ${name} not inserted`);
      ids.set(name, inserted.id);
    }
    const insertAll = async <T>(table: Parameters<typeof db.insert>[0], rows: T[]) => {
      if (rows.length > 0) await db.insert(table).values(rows as never);
    };
    await insertAll(niveauxFormation, this.#niveaux);
    await insertAll(diplomes, this.#diplomes);
    await insertAll(mefs, this.#mefs);
    await insertAll(continuum, this.#continuum);
    await insertAll(famillesMetiers, this.#familles);
    await insertAll(resolutions, this.#resolutions);
    await insertAll(regions, this.#regions);
    await insertAll(academies, this.#academies);
    await insertAll(etablissements, this.#etablissements);
    const rows = this.#indicateurs.map(({ import: name = 'ij', ...row }) => {
      const importId = ids.get(name);
      if (importId === undefined) throw new Error(`unknown import ${name}`);
      const counts = { ...emptyCounts(), ...pickCounts(row) };
      const rates = computeRates(counts);
      return { ...rates, ...row, ...counts, import_id: importId };
    });
    await insertAll(indicateurs, rows);
    await insertAll(
      salairesCertification,
      this.#salaires.map(({ import: name, ...row }) => ({ ...row, import_id: ids.get(name) })),
    );
    return ids;
  }
}

function pickCounts(row: Partial<Counts>): Partial<Counts> {
  const counts: Partial<Counts> = {};
  for (const key of COUNT_KEYS) {
    const value = row[key];
    if (value !== undefined) counts[key] = value;
  }
  return counts;
}
