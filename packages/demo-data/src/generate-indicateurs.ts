import { type Counts, type Filiere, SEUIL_EFFECTIF } from '@inserjeunes/contract';
import { DIPLOMES_BCN } from './bcn-diplomes.js';
import { ETABLISSEMENTS } from './etablissements.js';
import { finalYearMef } from './final-year-mef.js';
import { generateCounts, generateSalaires } from './generate-counts.js';
import { millesimesFor } from './millesimes-demo.js';
import { type Omission, PLAN_INDICATEURS, type SeriePrevue } from './plan-indicateurs.js';
import { profilFor } from './profils.js';
import { createRandom } from './random.js';
import { DIPLOMES_SISE } from './sise-diplomes.js';
import { REGIONS_DEMO } from './territoires.js';

export type Perimetre = 'national' | 'regional' | 'formation';

/** One row of the demo's figures file, before it is written out. */
export interface LigneIndicateur {
  perimetre: Perimetre;
  millesime: string;
  filiere: Filiere;
  /** CFD (apprenticeship), final-year MEFSTAT11 (school route) or SISE (higher education). */
  code: string;
  uai: string | null;
  region: string | null;
  counts: Counts;
  salaires: readonly [number, number, number] | null;
}

/** Bump to redraw every figure (the seed is part of every row's own seed). */
const SEED = 'inserjeunes-demo-1';

/** Every row of the plan, for every millésime, in the order they are written. */
export function generateIndicateurs(): LigneIndicateur[] {
  const rows = PLAN_INDICATEURS.flatMap(seriesRows);
  return rows.sort(compareRows);
}

function seriesRows(serie: SeriePrevue): LigneIndicateur[] {
  const niveau = levelOf(serie.diplome);
  const profil = profilFor(niveau, serie.filiere);
  const code = serie.filiere === 'scolaire' ? finalYearMef(serie.diplome).mefstat11 : serie.diplome;
  const seriesSeed = `${SEED}|${serie.filiere}|${code}`;
  // One change of cohort size for the earlier millésime, shared by every scope so that an
  // establishment never outgrows its region.
  const earlier = createRandom(`${seriesSeed}|cohorte`).between(0.9, 1.1);
  const millesimes = millesimesFor(serie.filiere);
  const latest = millesimes.length - 1;
  const rows: LigneIndicateur[] = [];
  const superieur = serie.filiere === 'superieur';

  const add = (
    perimetre: Perimetre,
    base: number,
    where: { region: string | null; uai: string | null },
    omissions: readonly Omission[],
  ) => {
    millesimes.forEach((millesime, index) => {
      const effectif = index === latest ? base : resize(base, earlier);
      const random = createRandom(
        `${seriesSeed}|${perimetre}|${where.region ?? ''}|${where.uai ?? ''}|${millesime}`,
      );
      const counts = generateCounts(effectif, profil, random, superieur, omissions);
      const salaires =
        perimetre === 'national' && !omissions.includes('salaires')
          ? generateSalaires(profil, random)
          : null;
      rows.push({ perimetre, millesime, filiere: serie.filiere, code, ...where, counts, salaires });
    });
  };

  if (serie.national !== null) {
    add('national', serie.national, { region: null, uai: null }, serie.omissionsNational ?? []);
  }
  for (const [region, size] of regionalSizes(serie, seriesSeed)) {
    add('regional', size, { region, uai: null }, []);
  }
  for (const formation of serie.formations ?? []) {
    const etablissement = ETABLISSEMENTS[formation.etablissement];
    add(
      'formation',
      formation.effectif,
      { region: etablissement.region, uai: etablissement.uai },
      formation.omissions ?? [],
    );
  }
  return rows;
}

function regionalSizes(serie: SeriePrevue, seed: string): [string, number][] {
  if (serie.regions === 'aucune') return [];
  if (serie.regions !== undefined) {
    return Object.entries(serie.regions).filter(
      (entry): entry is [string, number] => entry[1] !== undefined,
    );
  }
  const national = serie.national;
  if (national === null) throw new Error(`${serie.diplome}: no national size to share out`);
  return REGIONS_DEMO.map(({ code, part }) => {
    const spread = createRandom(`${seed}|part|${code}`).between(0.85, 1.15);
    return [code, Math.max(1, Math.round(national * part * spread))];
  });
}

/** The earlier millésime's size: same side of the threshold as the latest one. */
function resize(base: number, factor: number): number {
  const varied = Math.round(base * factor);
  if (base < SEUIL_EFFECTIF) {
    return Math.min(SEUIL_EFFECTIF - 1, Math.max(1, base - 3, Math.min(base + 3, varied)));
  }
  return Math.max(SEUIL_EFFECTIF, varied);
}

function levelOf(diplome: string): string {
  const bcn = DIPLOMES_BCN.find((d) => d.cfd === diplome);
  if (bcn !== undefined) return bcn.niveau;
  const sise = DIPLOMES_SISE.find((d) => d.code === diplome);
  if (sise !== undefined) return sise.type;
  throw new Error(`${diplome} is not in the demo's diploma tables`);
}

const PERIMETRE_ORDER: Record<Perimetre, number> = { national: 0, regional: 1, formation: 2 };

function compareRows(a: LigneIndicateur, b: LigneIndicateur): number {
  return (
    PERIMETRE_ORDER[a.perimetre] - PERIMETRE_ORDER[b.perimetre] ||
    compareText(a.code, b.code) ||
    compareText(a.filiere, b.filiere) ||
    compareText(a.region ?? '', b.region ?? '') ||
    compareText(a.uai ?? '', b.uai ?? '') ||
    compareText(a.millesime, b.millesime)
  );
}

/** Code-unit order, so the file never depends on the machine's locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
