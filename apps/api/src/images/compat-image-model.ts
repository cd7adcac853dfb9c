import type { Indicateur, Scope } from '@inserjeunes/contract';
import { describeModel } from './affichage-image-model.js';
import type { FigureLine, ImageBlock, ImageModel } from './image-model.js';
import type { CompatibleAnswer } from './image-sources.js';
import { IMAGE_WORDS, type Outcome } from './image-words.js';

/** The reference service's options of its images. */
export interface CompatImageOptions {
  theme: 'dsfr' | 'lba';
  direction: 'vertical' | 'horizontal';
}

const FR = IMAGE_WORDS.fr;
const TITLE = 'Que deviennent les jeunes après cette formation ?';
const KEYS: Record<Outcome, 'taux_en_emploi_6_mois' | 'taux_en_formation' | 'taux_autres_6_mois'> =
  { emploi: 'taux_en_emploi_6_mois', formation: 'taux_en_formation', autres: 'taux_autres_6_mois' };
/** The reference's orders: employment first on its state look, further study first on La bonne alternance's. */
const ORDER: Record<CompatImageOptions['theme'], readonly Outcome[]> = {
  dsfr: ['emploi', 'formation', 'autres'],
  lba: ['formation', 'emploi', 'autres'],
};
const WITHOUT_FIGURES = {
  scolaire: 'Aucun chiffre n’est disponible pour la voie scolaire.',
  apprentissage: 'Aucun chiffre n’est disponible pour l’apprentissage.',
};

/** Until the promotions of 2021, only jobs in the private sector were counted. */
function emploiLine(millesime: string): string {
  const last = Number(millesime.slice(-4));
  return last > 2021
    ? 'emploi salarié en France, privé ou public, 6 mois après'
    : 'emploi salarié du privé en France, 6 mois après';
}

function figures(record: Indicateur, options: CompatImageOptions): FigureLine[] {
  return ORDER[options.theme].map((outcome) => {
    const value = record[KEYS[outcome]];
    const valueText = value === null ? FR.notPublished : FR.percent(value);
    return {
      key: KEYS[outcome],
      value,
      outcome,
      label: FR.name[outcome],
      valueText,
      line: outcome === 'emploi' ? emploiLine(record.millesime) : FR.line[outcome],
      bar: options.direction === 'vertical',
      spoken: value === null ? null : FR.spoken[outcome](valueText),
    };
  });
}

/** The reference drew an image when one of the three rates is there; so do we (0 % counts). */
export function hasCompatFigures(record: Indicateur): boolean {
  return Object.values(KEYS).some((key) => record[key] !== null);
}

function scopeText(record: Indicateur, scope: Scope): string {
  if (scope === 'regional') return FR.region(record.region?.libelle ?? null);
  if (scope === 'formation') return FR.etablissement(record.etablissement?.libelle ?? null);
  return FR.national;
}

function block(
  record: Indicateur,
  heading: string | null,
  options: CompatImageOptions,
): ImageBlock {
  return {
    filiere: record.filiere,
    heading,
    sections: [
      {
        kind: 'figures',
        title: null,
        layout: options.direction === 'vertical' ? 'rows' : 'columns',
        figures: figures(record, options),
      },
    ],
    withheld: null,
  };
}

/**
 * The compatible routes' image of a JSON answer, in French as the reference's: one
 * record (national, regional, establishment), or one block per route for several codes
 * or `vue=filieres` (school route, then apprenticeship, saying when one has nothing).
 * Returns null when there is no rate to draw: the route then answers as the reference did.
 */
export function compatImageModel(
  answer: CompatibleAnswer,
  scope: Scope,
  options: CompatImageOptions,
): ImageModel | null {
  let records: Indicateur[];
  let blocks: ImageBlock[];
  if ('filieres' in answer) {
    records = answer.filieres.filter(
      (r) => (r.filiere === 'scolaire' || r.filiere === 'apprentissage') && hasCompatFigures(r),
    );
    if (records.length === 0) return null;
    blocks = (['scolaire', 'apprentissage'] as const).map((filiere) => {
      const record = records.find((r) => r.filiere === filiere);
      const heading = FR.filiere[filiere];
      if (record !== undefined) return block(record, heading, options);
      return { filiere, heading, sections: [], withheld: WITHOUT_FIGURES[filiere] };
    });
  } else if ('scope' in answer) {
    if (!hasCompatFigures(answer)) return null;
    records = [answer];
    blocks = [block(answer, null, options)];
  } else {
    // A common first year has no rates of its own: the reference drew nothing either.
    return null;
  }
  const [first] = records;
  if (first === undefined) return null;
  const sources = [
    ...new Set(records.map((r) => (r.filiere === 'superieur' ? 'InserSup' : 'InserJeunes'))),
  ];
  const model = {
    lang: 'fr' as const,
    title: TITLE,
    libelle: new Set(records.map((r) => r.libelle)).size === 1 ? first.libelle : null,
    scope: scopeText(first, scope),
    notices: first.formation_fermee ? [FR.closed(first.date_fermeture)] : [],
    blocks,
    message: null,
    footer: [FR.source(sources.join(', '), FR.promotions(first.millesime))],
  };
  return { ...model, desc: describeModel(model) };
}

/** Why an answer has no rate to draw, when it says: too few students, or not published. */
export function compatNoFigureReason(answer: CompatibleAnswer): string | null {
  if (!('scope' in answer) || answer.masquage === null) return null;
  return answer.masquage.raison === 'effectif_insuffisant'
    ? FR.withheldFew(answer.masquage.seuil, answer.filiere === 'superieur')
    : FR.withheldSource;
}

/** The image the reference drew for `imageOnError=true`: nothing to show, and why when we know. */
export function compatErrorModel(scope: Scope, reason: string | null): ImageModel {
  const model = {
    lang: 'fr' as const,
    title: TITLE,
    libelle: null,
    scope:
      scope === 'national'
        ? FR.national
        : scope === 'regional'
          ? 'Chiffres régionaux'
          : FR.etablissement(null),
    notices: [],
    blocks: [],
    message: reason ?? 'Aucun chiffre n’est disponible pour cette formation.',
    footer: [],
  };
  return { ...model, desc: describeModel(model) };
}
