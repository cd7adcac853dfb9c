import type { Indicateur, IndicateursSecondeCommune } from '@inserjeunes/contract';
import { referenceDiplome } from './reference-conventions.js';
import { type ReferenceStat, referenceStat } from './reference-stat.js';

/** What the reference put in `certificationsTerminales` for a speciality without figures. */
export interface TerminaleSansDonnees {
  error: 'ErrorNoDataForMillesime';
  millesimes: string[];
  code_certification: string;
}

/**
 * A seconde commune as the reference gave it: the common year's own record (no figures),
 * its famille de métiers, and in `certificationsTerminales` the full record of each
 * speciality, or why it has none, ordered by label.
 */
export function referenceSecondeCommune(
  body: IndicateursSecondeCommune,
  context: {
    cfd: string | null;
    millesime: string | undefined;
    /** Millésimes held by each speciality without a record, for the error entries. */
    missing: ReadonlyMap<string, string[]>;
  },
): ReferenceStat {
  const { seconde_commune: commune } = body;
  // A speciality's school-route record stands for it, as the reference's MEF records did.
  const byCode = new Map<string | null, Indicateur>();
  for (const record of body.certifications) {
    const known = byCode.get(record.code_certification);
    if (known === undefined || record.filiere === 'scolaire') {
      byCode.set(record.code_certification, record);
    }
  }
  const terminales = body.specialites
    .map((specialite) => {
      const record = byCode.get(specialite.code);
      return {
        libelle: record?.libelle ?? specialite.libelle,
        entry:
          record === undefined
            ? ({
                error: 'ErrorNoDataForMillesime',
                millesimes: context.missing.get(specialite.code) ?? [],
                code_certification: specialite.code,
              } satisfies TerminaleSansDonnees)
            : referenceStat(record),
      };
    })
    .sort((a, b) => a.libelle.localeCompare(b.libelle, 'fr'))
    .map(({ entry }) => entry);
  const diplome = referenceDiplome(context.cfd, null);
  const millesime = context.millesime ?? body.certifications[0]?.millesime;
  const details = `Données InserJeunes pour la certification ${commune.code} (seconde commune${commune.famille === null ? '' : ` de la famille de métiers ${commune.famille}`})`;
  return {
    ...(millesime === undefined ? {} : { millesime }),
    code_certification: commune.code,
    code_certification_type: 'mef11',
    ...(context.cfd === null ? {} : { code_formation_diplome: context.cfd }),
    ...(commune.libelle === null ? {} : { libelle: commune.libelle }),
    filiere: 'pro',
    ...(diplome === null ? {} : { diplome }),
    familleMetier: {
      ...(commune.famille === null ? {} : { libelle: commune.famille }),
      isAnneeCommune: true,
    },
    certificationsTerminales: terminales,
    donnee_source: { code_certification: commune.code, type: 'self' },
    _meta: {
      titre: `Certification ${commune.code}`,
      details: `${details}${millesime === undefined ? '' : ` pour le millésime ${millesime}`}`,
    },
  };
}
