import {
  type CertificationCode,
  FILIERES,
  inferAudience,
  type NatureCode,
  type Resolution,
  SCOPES,
} from '@inserjeunes/contract';
import type { Nomenclature } from '../data/nomenclature.js';
import { describeCode, isClosed } from '../indicators/describe-code.js';
import { sortMillesimes } from '../indicators/millesime-order.js';
import type { ResolvedCode } from '../indicators/resolve-code.js';
import type { DataPlace } from '../indicators/row-source.js';

/** A code's nature and the final-year codes whose figures answer for it. */
export function natureOf(
  requested: CertificationCode,
  resolved: ResolvedCode | undefined,
  nomenclature: Nomenclature,
): { nature: NatureCode; finals: string[] } {
  if (resolved?.kind === 'seconde_commune') {
    return { nature: 'seconde_commune', finals: resolved.finals.map((final) => final.code) };
  }
  if (resolved?.kind === 'final' && resolved.resolution !== null) {
    return { nature: 'annee_non_terminale', finals: [resolved.final.code] };
  }
  if (requested.type === 'MEFSTAT11')
    return { nature: 'annee_terminale', finals: [requested.code] };
  return { nature: 'diplome', finals: nomenclature.finalMefsByCfd.get(requested.code) ?? [] };
}

/** The codes whose rows say what data exists for a code: itself, its final years, its CFD. */
export function codesWithData(
  requested: CertificationCode,
  finals: readonly string[],
  nomenclature: Nomenclature,
): string[] {
  const withData = new Set([requested.code, ...finals]);
  const { cfd } = describeCode(requested.code, nomenclature);
  if (cfd !== null) withData.add(cfd);
  return [...withData];
}

/** What a code is and how it resolves: level, label, renewals, final years, closure, data. */
export function resolutionAnswer(
  requested: CertificationCode,
  resolved: ResolvedCode | undefined,
  { nature, finals }: { nature: NatureCode; finals: readonly string[] },
  places: readonly DataPlace[],
  nomenclature: Nomenclature,
  today: string,
): Resolution {
  const described = describeCode(requested.code, nomenclature);
  const mef = nomenclature.mefs.get(requested.code);
  const continuumOf = described.cfd ?? requested.code;
  const donnees = [];
  for (const scope of SCOPES) {
    for (const filiere of FILIERES) {
      const millesimes = places
        .filter((row) => row.scope === scope && row.filiere === filiere)
        .map((row) => row.millesime);
      if (millesimes.length > 0) {
        donnees.push({ scope, filiere, millesimes: sortMillesimes(millesimes) });
      }
    }
  }
  return {
    code: requested.code,
    code_type: requested.type,
    nature,
    libelle: described.libelle,
    diplome: described.niveau,
    code_formation_diplome: described.cfd,
    duree: mef?.duree ?? null,
    annee: mef?.annee ?? null,
    date_ouverture: described.date_ouverture,
    date_fermeture: described.date_fermeture,
    formation_fermee: isClosed(described.date_fermeture, today),
    continuum: {
      anciens: labelled(nomenclature.anciens.get(continuumOf) ?? [], nomenclature),
      nouveaux: labelled(nomenclature.nouveaux.get(continuumOf) ?? [], nomenclature),
    },
    annees_terminales: labelled(finals, nomenclature),
    seconde_commune: resolved?.kind === 'seconde_commune' ? resolved.secondeCommune : null,
    donnees,
    audience_suggeree: inferAudience(requested),
  };
}

function labelled(codes: readonly string[], nomenclature: Nomenclature) {
  return [...codes]
    .sort()
    .map((code) => ({ code, libelle: describeCode(code, nomenclature).libelle }));
}
