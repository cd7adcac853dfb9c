import type { Filiere } from '@inserjeunes/contract';
import { describeCode } from '../indicators/describe-code.js';
import { listIndicateurs } from '../indicators/list-indicateurs.js';
import { sortMillesimes } from '../indicators/millesime-order.js';
import type { RouteDeps } from '../routes/route-deps.js';
import type { CompatEtablissement, CompatSource } from './compat-source.js';

/**
 * The compatible base URL's data, read through the read model behind `/api/inserjeunes/…`.
 * This file is the only one of `compat/` that knows them: rewiring the compatible routes
 * onto another read model means rewriting it alone.
 */
export function figuresCompatSource({
  db,
  readModel,
}: Pick<RouteDeps, 'db' | 'readModel'>): CompatSource {
  let held: { version: string; byScope: Map<string, Promise<Map<Filiere, string[]>>> } = {
    version: '',
    byScope: new Map(),
  };
  return {
    figures(lookup) {
      return readModel.compatible(lookup.place, lookup.codes, {
        millesime: lookup.millesime,
        vue: lookup.vue,
      });
    },

    async list(request) {
      const { records, pagination } = await listIndicateurs(db, readModel, {
        scope: request.scope,
        filters: {
          millesimes: request.millesimes && [...request.millesimes],
          codes: request.codes && [...request.codes],
          regions: request.regions && [...request.regions],
          academies: request.academies && [...request.academies],
          uais: request.uais && [...request.uais],
        },
        page: request.page,
      });
      return { records, total: pagination.total };
    },

    async millesimes(scope) {
      // Every page of a list asks for them: read once per data version, not per request.
      const { version } = await readModel.snapshot();
      if (held.version !== version) held = { version, byScope: new Map() };
      let found = held.byScope.get(scope);
      if (found === undefined) {
        found = heldMillesimes(db, scope);
        held.byScope.set(scope, found);
        // A failed read (the database away) is not kept: the next request reads again.
        const byScope = held.byScope;
        found.catch(() => byScope.delete(scope));
      }
      return found;
    },

    async etablissements(uais) {
      const snapshot = await readModel.snapshot();
      const { regions, academies } = snapshot.nomenclature;
      const found = new Map<string, CompatEtablissement>();
      for (const row of await readModel.etablissements(uais)) {
        const academie = row.academie_code === null ? undefined : academies.get(row.academie_code);
        const regionCode = row.region_code ?? academie?.region_code ?? null;
        found.set(row.uai, {
          uai: row.uai,
          libelle: row.libelle,
          region:
            regionCode === null
              ? null
              : { code: regionCode, libelle: regions.get(regionCode) ?? regionCode },
          academie:
            row.academie_code === null || academie === undefined
              ? null
              : { code: row.academie_code, libelle: academie.libelle },
        });
      }
      return found;
    },

    async cfdOf(code) {
      const snapshot = await readModel.snapshot();
      return describeCode(code, snapshot.nomenclature).cfd;
    },

    async familleOf(code) {
      const snapshot = await readModel.snapshot();
      for (const rows of snapshot.nomenclature.familles.values()) {
        const row = rows.find((r) => r.mefstat11_specialite === code || r.cfd_specialite === code);
        if (row !== undefined) return row.famille;
      }
      return null;
    },

    async healthy() {
      try {
        await db.ping();
        return true;
      } catch {
        return false;
      }
    },
  };
}

/** The millésimes held at one scope, per filière, newest first. */
async function heldMillesimes(
  { query }: RouteDeps['db'],
  scope: string,
): Promise<Map<Filiere, string[]>> {
  const rows = await query<{ filiere: Filiere; millesime: string }>(
    'select distinct filiere, millesime from indicateur where scope = $1',
    [scope],
  );
  const byFiliere = new Map<Filiere, string[]>();
  for (const row of rows) {
    byFiliere.set(row.filiere, [...(byFiliere.get(row.filiere) ?? []), row.millesime]);
  }
  for (const [filiere, millesimes] of byFiliere) {
    byFiliere.set(filiere, sortMillesimes(millesimes));
  }
  return byFiliere;
}
