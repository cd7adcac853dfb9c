import {
  type Affichage,
  ETATS_EXEMPLE,
  type EtatExemple,
  type ExempleGalerie,
  type ExemplesGalerie,
  parseCertificationCode,
  parseRegion,
} from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { ApiFailure } from '../http/api-failure.js';
import type { ReadModel } from '../read-model/read-model.js';
import { CANDIDATE_SQL, type Candidate, UNKNOWN_CODE_CANDIDATES } from './exemple-candidates.js';
import { matchesEtat } from './exemple-matches.js';

/** What the database holds, from the imports behind its figures. */
async function dataKind(db: DbHandle): Promise<ExemplesGalerie['donnees']> {
  const rows = await db.query<{ fictif: boolean }>(
    `select distinct m.fictif from import m
      where exists (select 1 from indicateur i where i.import_id = m.id)`,
  );
  const kinds = new Set(rows.map((row) => row.fictif));
  if (kinds.size === 0) return 'aucune';
  if (kinds.size === 2) return 'mixtes';
  return kinds.has(true) ? 'fictives' : 'officielles';
}

/** The widget's view of a candidate, or null when the API refuses it (unknown code…). */
async function view(readModel: ReadModel, candidate: Candidate): Promise<Affichage | null> {
  const code = parseCertificationCode(candidate.code);
  const region = candidate.region === null ? null : parseRegion(candidate.region);
  if (!code.ok || (region !== null && !region.ok)) return null;
  try {
    return await readModel.affichage({
      codes: [code.value],
      uai: candidate.uai ?? undefined,
      region: region?.ok ? region.value : undefined,
    });
  } catch (error) {
    if (error instanceof ApiFailure) return null;
    throw error;
  }
}

function example(
  etat: EtatExemple,
  candidate: Candidate,
  affichage: Affichage | null,
  fictif: boolean,
): ExempleGalerie {
  return {
    etat,
    code: candidate.code,
    uai: candidate.uai,
    region: candidate.region,
    libelle: affichage?.libelle ?? null,
    scope: affichage?.scope ?? null,
    millesime: affichage?.millesime ?? null,
    fictif:
      affichage !== null && affichage.filieres.length > 0
        ? affichage.filieres.some((block) => block.provenance.some((source) => source.fictif))
        : fictif,
  };
}

/**
 * One example per widget state, taken from the data loaded: candidates are listed by SQL,
 * official rows first, and the first whose API answer shows the state is kept.
 */
export async function findExemples(db: DbHandle, readModel: ReadModel): Promise<ExemplesGalerie> {
  const donnees = await dataKind(db);
  const fictif = donnees === 'fictives';
  const today = readModel.today();
  const exemples: ExempleGalerie[] = [];
  const manquants: EtatExemple[] = [];
  for (const etat of ETATS_EXEMPLE) {
    let found: ExempleGalerie | null = null;
    if (etat === 'code_inconnu') {
      for (const code of UNKNOWN_CODE_CANDIDATES) {
        const candidate = { code, uai: null, region: null };
        if ((await view(readModel, candidate)) === null) {
          found = example(etat, candidate, null, fictif);
          break;
        }
      }
    } else {
      const sql = CANDIDATE_SQL[etat];
      const candidates = await db.query<Candidate>(sql, sql.includes('$1') ? [today] : []);
      for (const candidate of candidates) {
        const affichage = await view(readModel, candidate);
        if (affichage !== null && matchesEtat(etat, affichage)) {
          found = example(etat, candidate, affichage, fictif);
          break;
        }
      }
    }
    if (found === null) manquants.push(etat);
    else exemples.push(found);
  }
  return { donnees, exemples, manquants };
}
