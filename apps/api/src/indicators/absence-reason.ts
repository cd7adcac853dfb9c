import type { RaisonAbsence } from '@inserjeunes/contract';
import type { Nomenclature } from '../data/nomenclature.js';
import { describeCode } from './describe-code.js';
import type { FinalCode } from './resolve-code.js';

const MESSAGES: Record<RaisonAbsence, string> = {
  nouveau_diplome:
    'Ce diplôme est récent : aucune de ses promotions n’a encore pu être suivie après la fin de la formation.',
  non_enseigne:
    'D’après les données publiées, cette formation n’est pas suivie dans cet établissement.',
  non_publie: 'Aucun chiffre n’est publié pour cette formation.',
};

/** A training lasts this long when the BCN does not say (CAP, BTS: two years). */
const DEFAULT_DURATION = 2;

export interface Absence {
  raison: RaisonAbsence;
  message: string;
}

export function absence(raison: RaisonAbsence): Absence {
  return { raison, message: MESSAGES[raison] };
}

/**
 * Why known codes have no figures at all: a diploma whose first promotion had not yet
 * finished when the latest millésime was measured is new; a training missing from an
 * establishment whose other trainings are published is not taught there; otherwise the
 * source published nothing.
 */
export function absenceReason(
  finals: readonly FinalCode[],
  nomenclature: Nomenclature,
  establishment: { asked: boolean; hasOtherTrainings: boolean },
): Absence {
  const latest = nomenclature.latestMeasuredYear;
  const allNew =
    latest !== null &&
    finals.length > 0 &&
    finals.every((final) => {
      const described = describeCode(final.code, nomenclature);
      const opened =
        described.date_ouverture ?? nomenclature.diplomes.get(final.cfd ?? '')?.date_ouverture;
      if (!opened) return false;
      const duration = nomenclature.mefs.get(final.code)?.duree ?? DEFAULT_DURATION;
      // Opened in September of year Y, the first promotion finishes in June of Y + duration.
      return Number(opened.slice(0, 4)) + duration > latest;
    });
  if (allNew) return absence('nouveau_diplome');
  if (establishment.asked && establishment.hasOtherTrainings) return absence('non_enseigne');
  return absence('non_publie');
}
