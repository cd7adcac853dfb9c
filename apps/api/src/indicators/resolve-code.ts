import type { CertificationCode, SecondeCommune } from '@inserjeunes/contract';
import type { Nomenclature } from '../data/nomenclature.js';
import { describeCode } from './describe-code.js';

/** A final-year code whose figures answer for a requested code. */
export interface FinalCode {
  code: string;
  /** Its diploma, to find the other filière's rows (apprenticeship rows are keyed by CFD). */
  cfd: string | null;
}

export type ResolvedCode =
  | {
      kind: 'final';
      requested: CertificationCode;
      final: FinalCode;
      /** Set when the requested code was an earlier year of the training. */
      resolution: { code_demande: string; raison: 'annee_non_terminale' } | null;
    }
  | {
      kind: 'seconde_commune';
      requested: CertificationCode;
      secondeCommune: SecondeCommune;
      finals: FinalCode[];
    }
  | { kind: 'inconnu'; requested: CertificationCode };

/**
 * Says what a requested code stands for: itself when it is a final year or a diploma, its
 * final year when it is an earlier one (from the importer's resolutions, else from the BCN
 * rule that the 4th character of a MEFSTAT11 is the year), the specialities of a common
 * first year, or nothing known at all.
 */
export function resolveCode(
  requested: CertificationCode,
  nomenclature: Nomenclature,
): ResolvedCode {
  const { code } = requested;
  const links = nomenclature.resolutions.get(code) ?? [];
  const familles = nomenclature.familles.get(code) ?? [];

  const specialityCodes = new Map<string, { cfd: string | null; libelle: string | null }>();
  for (const row of familles) {
    specialityCodes.set(row.mefstat11_specialite, {
      cfd: row.cfd_specialite,
      libelle: row.specialite,
    });
  }
  // The importer links a common CFD to the specialities' CFDs too: a speciality already
  // known by its final-year MEFSTAT11 is not listed a second time by its CFD.
  const knownCfds = new Set([...specialityCodes.values()].map((known) => known.cfd));
  for (const link of links) {
    if (
      link.raison === 'seconde_commune' &&
      !specialityCodes.has(link.code_final) &&
      !knownCfds.has(link.code_final)
    ) {
      specialityCodes.set(link.code_final, { cfd: null, libelle: null });
    }
  }
  if (specialityCodes.size > 0) {
    const finals: FinalCode[] = [];
    const specialites = [];
    for (const [finalCode, known] of [...specialityCodes].sort(([a], [b]) => a.localeCompare(b))) {
      const described = describeCode(finalCode, nomenclature);
      finals.push({ code: finalCode, cfd: known.cfd ?? described.cfd });
      specialites.push({
        code: finalCode,
        libelle: known.libelle ?? described.libelle ?? finalCode,
      });
    }
    const described = describeCode(code, nomenclature);
    const mef = nomenclature.mefs.get(code);
    return {
      kind: 'seconde_commune',
      requested,
      finals,
      secondeCommune: {
        seconde_commune: {
          code,
          libelle: mef?.libelle_long ?? described.libelle,
          famille: familles[0]?.famille ?? null,
        },
        specialites,
      },
    };
  }

  const nonFinal = links.find((link) => link.raison === 'annee_non_terminale');
  const computed = requested.type === 'MEFSTAT11' ? finalYearOf(code, nomenclature) : null;
  const finalCode = nonFinal?.code_final ?? computed;
  if (finalCode !== null && finalCode !== undefined && finalCode !== code) {
    return {
      kind: 'final',
      requested,
      final: { code: finalCode, cfd: describeCode(finalCode, nomenclature).cfd },
      resolution: { code_demande: code, raison: 'annee_non_terminale' },
    };
  }
  if (!isKnown(requested, nomenclature)) return { kind: 'inconnu', requested };
  return {
    kind: 'final',
    requested,
    final: { code, cfd: describeCode(code, nomenclature).cfd },
    resolution: null,
  };
}

/**
 * The final year of a school-route year: its 4th character replaced by the training's length,
 * when N_MEF knows that code as a final year (a BTS's common first year has none: its
 * options' final years answer for it); never a code the BCN does not list.
 */
function finalYearOf(mefstat11: string, nomenclature: Nomenclature): string | null {
  const mef = nomenclature.mefs.get(mefstat11);
  if (!mef || mef.duree === null || mef.annee === null || mef.annee >= mef.duree) return null;
  const final = `${mefstat11.slice(0, 3)}${mef.duree}${mefstat11.slice(4)}`;
  const known = nomenclature.mefs.get(final);
  return known !== undefined && known.annee === known.duree ? final : null;
}

function isKnown({ type, code }: CertificationCode, nomenclature: Nomenclature): boolean {
  // A code with figures or with published salaries is known, whatever the BCN says of it.
  if (nomenclature.codesWithRows.has(code) || nomenclature.salaires.has(code)) return true;
  if (type === 'MEFSTAT11') return nomenclature.mefs.has(code);
  return (
    nomenclature.diplomes.has(code) ||
    nomenclature.anciens.has(code) ||
    nomenclature.nouveaux.has(code)
  );
}
