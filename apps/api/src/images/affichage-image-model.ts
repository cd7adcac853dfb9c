import type { Affichage, Audience, Indicateur, Lang, Masquage } from '@inserjeunes/contract';
import { IMAGE_AUDIENCES, type ImageAudience } from './image-audiences.js';
import type { ImageBlock, ImageModel } from './image-model.js';
import { IMAGE_WORDS, type ImageWords } from './image-words.js';

export interface AffichageImageOptions {
  audience: Audience;
  lang: Lang;
}

function scopeText(affichage: Affichage, words: ImageWords): string | null {
  switch (affichage.scope) {
    case 'national':
      return words.national;
    case 'regional':
      return words.region(affichage.region?.libelle ?? null);
    case 'formation':
    case 'etablissement':
      return words.etablissement(affichage.etablissement?.libelle ?? null);
    case null:
      return null;
  }
}

function withheldText(masquage: Masquage | null, words: ImageWords, audience: ImageAudience) {
  return masquage?.raison === 'effectif_insuffisant'
    ? words.withheldFew(masquage.seuil, audience.higher)
    : words.withheldSource;
}

function noticesOf(affichage: Affichage, words: ImageWords): string[] {
  const notices: string[] = [];
  const [first] = affichage.filieres;
  const fallback = affichage.scope === null ? undefined : affichage.repli[0];
  if (fallback !== undefined) {
    const where = fallback.scope === 'regional' ? 'region' : 'etablissement';
    notices.push(words.fallback(fallback.raison, where));
  }
  if (affichage.formation_fermee) notices.push(words.closed(first?.date_fermeture ?? null));
  const carried = affichage.filieres.find((block) => block.donnee_source.type !== 'self');
  if (carried !== undefined && carried.donnee_source.type !== 'self') {
    notices.push(words.carried(carried.donnee_source.type, carried.donnee_source.code));
  }
  if (affichage.seconde_commune !== null) {
    const names = affichage.seconde_commune.specialites.map((s) => s.libelle).join(', ');
    notices.push(words.secondeCommune(names));
  }
  if (affichage.filieres.some((block) => block.provenance.some((p) => p.fictif))) {
    notices.push(words.demo);
  }
  return notices;
}

function footerOf(affichage: Affichage, words: ImageWords, audience: ImageAudience): string[] {
  if (affichage.filieres.length === 0) return [];
  const sources = [
    ...new Set(
      affichage.filieres.map((b) => (b.filiere === 'superieur' ? 'InserSup' : 'InserJeunes')),
    ),
  ].join(', ');
  const footer = [
    words.source(
      sources,
      affichage.millesime === null ? null : words.promotions(affichage.millesime),
    ),
  ];
  const counts = affichage.filieres
    .map((block) => block.nb_annee_term)
    .filter((count) => count !== null);
  if (counts.length > 0) {
    footer.push(
      words.students(
        counts.reduce((a, b) => a + b, 0),
        audience.higher,
      ),
    );
  }
  return footer;
}

function blockOf(
  block: Indicateur,
  several: boolean,
  options: AffichageImageOptions,
  audience: ImageAudience,
): ImageBlock {
  const words = IMAGE_WORDS[options.lang];
  const hasAny = audience.headline.some((key) => block[key] !== null);
  return {
    filiere: block.filiere,
    heading: several ? words.filiere[block.filiere] : null,
    sections: hasAny ? audience.sections(block, options.lang) : [],
    withheld: hasAny ? null : withheldText(block.masquage, words, audience),
  };
}

/** The sentence of `<desc>`: what is shown, then each filière's figures or why they are withheld. */
export function describeModel(model: Omit<ImageModel, 'desc'>): string {
  const sentences = [[model.libelle, model.scope].filter((part) => part !== null).join(' — ')];
  sentences.push(...model.notices);
  for (const block of model.blocks) {
    const figures = block.sections.flatMap((section) =>
      section.kind === 'figures' ? section.figures.flatMap((f) => f.spoken ?? []) : [],
    );
    const said = block.withheld ?? figures.join(', ');
    const colon = model.lang === 'fr' ? '\u00a0: ' : ': ';
    sentences.push(block.heading === null ? said : `${block.heading}${colon}${said}`);
  }
  if (model.message !== null) sentences.push(model.message);
  sentences.push(...model.footer);
  return sentences
    .filter((sentence) => sentence !== '')
    .map((sentence) => (/[.!?…]$/.test(sentence) ? sentence : `${sentence}.`))
    .join(' ');
}

/**
 * The native image of what the widget shows for an answer of `/affichage`: same scope,
 * fallback, notices and states (figures, partial, withheld, no data), in the audience's
 * figures and the reader's language.
 */
export function affichageImageModel(
  affichage: Affichage,
  options: AffichageImageOptions,
): ImageModel {
  const words = IMAGE_WORDS[options.lang];
  const audience = IMAGE_AUDIENCES[options.audience];
  const several = affichage.filieres.length > 1;
  const nothing = affichage.scope === null || affichage.filieres.length === 0;
  const model = {
    lang: options.lang,
    title: words.title[options.audience],
    libelle: affichage.libelle ?? affichage.codes.join(', '),
    scope: scopeText(affichage, words),
    notices: noticesOf(affichage, words),
    blocks: affichage.filieres.map((block) => blockOf(block, several, options, audience)),
    message: nothing ? words.noData[affichage.absence?.raison ?? 'non_publie'] : null,
    footer: footerOf(affichage, words, audience),
  };
  return { ...model, desc: describeModel(model) };
}

/** An image that only says why there is nothing to show (unknown code, millésime missing). */
export function messageImageModel(
  message: string,
  options: AffichageImageOptions & { libelle: string | null },
): ImageModel {
  const model = {
    lang: options.lang,
    title: IMAGE_WORDS[options.lang].title[options.audience],
    libelle: options.libelle,
    scope: null,
    notices: [],
    blocks: [],
    message,
    footer: [],
  };
  return { ...model, desc: describeModel(model) };
}
