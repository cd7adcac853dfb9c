import {
  type Counts,
  completeCounts,
  FILIERES,
  type Filiere,
  type RaisonMasquage,
  type RaisonRepli,
  SEUIL_EFFECTIF,
  sumCounts,
} from '@inserjeunes/contract';
import type { BlocAttendu } from './etat-demo.js';
import type { LigneIndicateur, Perimetre } from './generate-indicateurs.js';

/** Where one route's figures of a diploma are filed: final-year MEFSTAT11, CFD or SISE. */
export interface Key {
  filiere: Filiere;
  code: string;
}

export interface Block extends BlocAttendu {
  counts: Counts;
  salaires: readonly [number, number, number] | null;
}

export interface ScopeView {
  scope: Perimetre;
  millesime: string | null;
  agregat: boolean;
  blocks: Block[];
}

/** The blocks of the latest millésime at one scope (national: summed from regions if need be). */
export function viewAt(
  scope: Perimetre,
  keys: readonly Key[],
  rows: readonly LigneIndicateur[],
  uai: string | null,
  region: string | null,
): ScopeView {
  // The national sum of regions takes every region, so only a regional view filters on one.
  const matching = (key: Key, perimetre: LigneIndicateur['perimetre']) =>
    rows.filter(
      (row) =>
        row.perimetre === perimetre &&
        row.filiere === key.filiere &&
        row.code === key.code &&
        (perimetre !== 'formation' || row.uai === uai) &&
        (scope !== 'regional' || row.region === region),
    );
  let agregat = false;
  const found = keys.map((key) => {
    if (scope !== 'national') return { key, rows: matching(key, scope) };
    const national = matching(key, 'national');
    if (national.length > 0 || matching(key, 'regional').length === 0)
      return { key, rows: national };
    agregat = true;
    return { key, rows: matching(key, 'regional') };
  });
  const millesimes = found.flatMap((f) => f.rows.map((row) => row.millesime)).sort();
  const millesime = millesimes[millesimes.length - 1] ?? null;
  const blocks: Block[] = [];
  for (const filiere of FILIERES) {
    const latest = found
      .filter((f) => f.key.filiere === filiere)
      .flatMap((f) => f.rows.filter((row) => row.millesime === millesime));
    if (latest.length === 0) continue;
    blocks.push(blockOf(filiere, latest, scope));
  }
  return { scope, millesime, agregat, blocks };
}

function blockOf(filiere: Filiere, rows: readonly LigneIndicateur[], scope: Perimetre): Block {
  const [single] = rows;
  const counts =
    rows.length === 1 && single !== undefined
      ? completeCounts(single.counts)
      : sumCounts(rows.map((row) => row.counts)).counts;
  if (rows.length > 1 && sumCounts(rows.map((row) => row.counts)).rowsUsed === 0) {
    counts.nb_annee_term = rows.reduce((sum, row) => sum + (row.counts.nb_annee_term ?? 0), 0);
  }
  const salaires = rows.length === 1 && single !== undefined ? single.salaires : null;
  const masquage = maskOf(counts);
  const manquants =
    masquage === null ? missing(counts, filiere, scope === 'national' ? salaires : []) : [];
  return { filiere, masquage, manquants, counts, salaires };
}

function maskOf(counts: Counts): RaisonMasquage | null {
  if (counts.nb_annee_term === null || counts.nb_annee_term < SEUIL_EFFECTIF) {
    return 'effectif_insuffisant';
  }
  if (counts.nb_poursuite_etudes === null || counts.nb_en_emploi_6_mois === null) {
    return 'non_publie';
  }
  return null;
}

/** The counts the widget's audience shows that this block leaves unpublished. */
function missing(counts: Counts, filiere: Filiere, salaires: readonly number[] | null): string[] {
  const horizons = filiere === 'superieur' ? [6, 12, 18, 24, 30] : [6, 12, 18, 24];
  const keys: (keyof Counts)[] = [
    'nb_poursuite_etudes',
    ...horizons.map((h) => `nb_en_emploi_${h}_mois` as keyof Counts),
  ];
  if (filiere === 'superieur') {
    keys.push(...horizons.map((h) => `nb_en_emploi_stable_${h}_mois` as keyof Counts));
  }
  const result: string[] = keys.filter((key) => counts[key] === null);
  if (salaires === null) result.push('salaire_12_mois_q2');
  return result;
}

export function reasonPassedOver(view: ScopeView): RaisonRepli {
  if (view.blocks.length === 0) return 'absent';
  return view.blocks.some((block) => block.masquage === 'effectif_insuffisant')
    ? 'effectif_insuffisant'
    : 'non_publie';
}
