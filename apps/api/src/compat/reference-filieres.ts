import type { Indicateur, IndicateursParFiliere } from '@inserjeunes/contract';
import { referenceFiliere } from './reference-conventions.js';
import { type ReferenceStat, referenceStat } from './reference-stat.js';

/** The filières view as the reference gave it: only these two keys, each optional. */
export interface ReferenceFilieres {
  pro?: ReferenceStat;
  apprentissage?: ReferenceStat;
}

/** Fields of a filière block that the reference gave only when the block had a single CFD. */
const SINGLE_CFD_FIELDS = [
  'code_certification',
  'code_certification_type',
  'code_formation_diplome',
  'libelle',
  'diplome',
  'date_fermeture',
  'formation_fermee',
] as const;

/**
 * Several codes, or `vue=filieres`: one block per filière, `{ pro, apprentissage }`. Each
 * lists the codes and CFDs summed (`codes_certifications`, `codes_formation_diplome`) and,
 * for one CFD, its label. Agricultural and higher-education blocks are left out, as the
 * reference left them out: its partners read these two keys only.
 */
export function referenceFilieres(
  body: IndicateursParFiliere,
  cfdOf: ReadonlyMap<string, string | null>,
): ReferenceFilieres {
  const result: ReferenceFilieres = {};
  for (const record of body.filieres) {
    const key = referenceFiliere(record.filiere);
    if (key !== 'pro' && key !== 'apprentissage') continue;
    result[key] = filiereBlock(record, cfdOf);
  }
  return result;
}

function filiereBlock(
  record: Indicateur,
  cfdOf: ReadonlyMap<string, string | null>,
): ReferenceStat {
  const codes =
    record.codes_sommes ?? (record.code_certification === null ? [] : [record.code_certification]);
  const cfds = [
    ...new Set(
      codes
        .map((code) => cfdOf.get(code) ?? null)
        .concat(record.code_formation_diplome)
        .filter((cfd) => cfd !== null),
    ),
  ].sort();
  const stat = referenceStat(record);
  const block: ReferenceStat = {
    millesime: stat.millesime,
    filiere: stat.filiere,
    codes_certifications: codes,
    codes_formation_diplome: cfds,
  };
  for (const [name, value] of Object.entries(stat)) {
    if (name in block) continue;
    const single = (SINGLE_CFD_FIELDS as readonly string[]).includes(name);
    if (single && cfds.length !== 1) continue;
    block[name] = value;
  }
  return block;
}
