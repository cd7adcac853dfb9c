import {
  type Counts,
  computeRates,
  type Filiere,
  parseCertificationCode,
  type RaisonRepli,
  type Rates,
  type Scope,
} from '@inserjeunes/contract';
import { attendu } from './attendu-builders.js';
import { DIPLOMES_BCN } from './bcn-diplomes.js';
import { MEFS_BCN } from './bcn-mefs.js';
import { ETABLISSEMENTS_LISTE } from './etablissements.js';
import type { Attendu, CasDemo } from './etat-demo.js';
import { FAMILLES_METIERS } from './familles-metiers.js';
import { finalYearMef } from './final-year-mef.js';
import type { LigneIndicateur, Perimetre } from './generate-indicateurs.js';
import { type Key, reasonPassedOver, type ScopeView, viewAt } from './scope-view.js';
import { DIPLOMES_SISE } from './sise-diplomes.js';

/** Closures are judged at this date (every closed demo diploma closed before it). */
const DATE_REFERENCE = '2025-09-01';
/** A diploma opened since then cannot have a measured promotion in the demo's millésimes. */
const OUVERTURE_RECENTE = '2022-09-01';

/** The figures of one shown block, with the rates the contract's rules give. */
export interface ChiffresBloc {
  filiere: Filiere;
  counts: Counts;
  rates: Rates | null;
  salaires: readonly [number, number, number] | null;
}

export interface Evaluation {
  attendu: Attendu;
  chiffres: ChiffresBloc[];
}

/**
 * What the demo's rows give for a case, by SPEC §2 and §5: resolve the code (first years,
 * seconde commune, renewed diploma), then walk formation → regional → national and stop at
 * the first scope with a publishable block. It is an independent reading of the rules that
 * checks the hand-written expectations of `cas-demo.ts` against the generated figures.
 */
export function evaluateCase(cas: CasDemo, rows: readonly LigneIndicateur[]): Evaluation {
  const none: Evaluation = { attendu: attendu({}), chiffres: [] };
  const parsed = parseCertificationCode(cas.code);
  if (!parsed.ok) return { ...none, attendu: { ...none.attendu, erreur: 'code_inconnu' } };
  const request = resolveRequest(parsed.value.type, parsed.value.code);
  if (request === null) return { ...none, attendu: { ...none.attendu, erreur: 'code_inconnu' } };

  let keys = request.diplomes.flatMap(keysOf);
  let source: Attendu['donnee_source'] =
    request.diplomes.length === 1 ? { code: request.diplomes[0] ?? '', type: 'self' } : null;
  if (request.diplomes.length === 1 && !keys.some((key) => hasRows(rows, key))) {
    const carried = continuumPartner(request.diplomes[0] ?? '');
    if (carried !== null) {
      keys = keysOf(carried.code);
      source = carried;
    }
  }

  const region =
    cas.uai === null
      ? cas.region
      : (ETABLISSEMENTS_LISTE.find((e) => e.uai === cas.uai)?.region ?? cas.region);
  const ladder: Perimetre[] = [];
  if (cas.uai !== null) ladder.push('formation');
  if (region !== null) ladder.push('regional');
  ladder.push('national');

  const repli: { scope: Scope; raison: RaisonRepli }[] = [];
  let firstWithRows: { view: ScopeView; passed: typeof repli } | null = null;
  for (const scope of ladder) {
    const view = viewAt(scope, keys, rows, cas.uai, region);
    if (view.blocks.some((block) => block.masquage === null)) return finish(view, repli);
    if (view.blocks.length > 0 && firstWithRows === null) {
      firstWithRows = { view, passed: [...repli] };
    }
    repli.push({ scope, raison: reasonPassedOver(view) });
  }
  // Withheld everywhere: the narrowest scope that has figures says why, in its own words.
  if (firstWithRows !== null) return finish(firstWithRows.view, firstWithRows.passed);
  const opened = request.ouverture;
  return {
    attendu: {
      ...base(null),
      repli,
      donnee_source: null,
      absence: opened !== null && opened >= OUVERTURE_RECENTE ? 'nouveau_diplome' : 'non_publie',
    },
    chiffres: [],
  };

  function base(view: ScopeView | null): Attendu {
    return {
      ...attendu({}),
      scope: view?.scope ?? null,
      millesime: view?.millesime ?? null,
      formation_fermee: request?.fermee ?? false,
      donnee_source: source,
      resolution: request?.resolution ?? null,
    };
  }

  function finish(view: ScopeView, passed: typeof repli): Evaluation {
    return {
      attendu: {
        ...base(view),
        repli: passed,
        agregat_regional: view.agregat,
        filieres: view.blocks.map(({ filiere, masquage, manquants }) => ({
          filiere,
          masquage,
          manquants,
        })),
      },
      chiffres: view.blocks.map(({ filiere, counts, masquage, salaires }) => ({
        filiere,
        counts,
        rates: masquage === null ? computeRates(counts) : null,
        salaires: masquage === null ? salaires : null,
      })),
    };
  }
}

interface Request {
  diplomes: string[];
  resolution: Attendu['resolution'];
  fermee: boolean;
  ouverture: string | null;
}

function resolveRequest(type: string, code: string): Request | null {
  const famille = FAMILLES_METIERS.filter(
    (f) => f.mefstat11Commun === code || f.cfdCommun === code,
  );
  if (famille.length > 0) {
    return {
      diplomes: famille.map((f) => f.cfdSpecialite),
      resolution: {
        raison: 'seconde_commune',
        codes: famille.map((f) => f.mefstat11Specialite),
      },
      ...dates(famille[0]?.cfdCommun ?? ''),
    };
  }
  if (type === 'MEFSTAT11') {
    const mef = MEFS_BCN.find((m) => m.mefstat11 === code);
    if (mef === undefined) return null;
    const resolution: Attendu['resolution'] =
      mef.annee < mef.duree
        ? { raison: 'annee_non_terminale', codes: [finalYearMef(mef.cfd).mefstat11] }
        : null;
    return { diplomes: [mef.cfd], resolution, ...dates(mef.cfd) };
  }
  const known =
    DIPLOMES_BCN.some((d) => d.cfd === code) || DIPLOMES_SISE.some((d) => d.code === code);
  return known ? { diplomes: [code], resolution: null, ...dates(code) } : null;
}

function dates(code: string): { fermee: boolean; ouverture: string | null } {
  const bcn = DIPLOMES_BCN.find((d) => d.cfd === code);
  const sise = DIPLOMES_SISE.find((d) => d.code === code);
  const fermeture = bcn?.fermeture ?? sise?.fermeture ?? null;
  const ouverture = bcn?.ouverture ?? (sise?.ouverture || null);
  return {
    fermee: fermeture !== null && isoDate(fermeture) < DATE_REFERENCE,
    ouverture: ouverture === null ? null : isoDate(ouverture),
  };
}

function isoDate(ddmmyyyy: string): string {
  const [day, month, year] = ddmmyyyy.split('/');
  return `${year}-${month}-${day}`;
}

function keysOf(diplome: string): Key[] {
  if (DIPLOMES_SISE.some((d) => d.code === diplome))
    return [{ filiere: 'superieur', code: diplome }];
  return [
    { filiere: 'scolaire', code: finalYearMef(diplome).mefstat11 },
    { filiere: 'apprentissage', code: diplome },
  ];
}

function hasRows(rows: readonly LigneIndicateur[], key: Key): boolean {
  return rows.some((row) => row.filiere === key.filiere && row.code === key.code);
}

/** A 1↔1 renewal partner (SPEC §2): the only predecessor whose only successor is this one. */
function continuumPartner(cfd: string): Attendu['donnee_source'] {
  const diplome = DIPLOMES_BCN.find((d) => d.cfd === cfd);
  if (diplome === undefined) return null;
  const [ancien, ...autresAnciens] = diplome.anciens;
  const previous = DIPLOMES_BCN.find((d) => d.cfd === ancien);
  if (autresAnciens.length === 0 && previous?.nouveaux.join() === cfd) {
    return { code: previous.cfd, type: 'ancienne' };
  }
  const [nouveau, ...autresNouveaux] = diplome.nouveaux;
  const next = DIPLOMES_BCN.find((d) => d.cfd === nouveau);
  if (autresNouveaux.length === 0 && next?.anciens.join() === cfd) {
    return { code: next.cfd, type: 'nouvelle' };
  }
  return null;
}
