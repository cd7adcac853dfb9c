/** The looks a designer can try the widget in. */
export const THEMES = ['sobre', 'etat', 'sombre', 'partenaire'] as const;
export type ThemeId = (typeof THEMES)[number];

export function isThemeId(value: string): value is ThemeId {
  return (THEMES as readonly string[]).includes(value);
}

/** Colours a partner passes to the widget through its `--ij-*` custom properties. */
export interface PartnerColours {
  accent: string;
  emploi: string;
  formation: string;
  autres: string;
}

export const PARTNER_COLOUR_KEYS = ['accent', 'emploi', 'formation', 'autres'] as const;

/** Defaults chosen to keep AA contrast on white. */
export const DEFAULT_PARTNER_COLOURS: PartnerColours = {
  accent: '#6a1b9a',
  emploi: '#00695c',
  formation: '#8a4500',
  autres: '#1f4e9a',
};

/** The class the script snippet gives the element, which the partner's stylesheet targets. */
export const PARTNER_CLASS = 'ij-couleurs-partenaire';

function partnerDeclarations(colours: PartnerColours): string[] {
  return [
    `--ij-color-accent: ${colours.accent}`,
    `--ij-color-emploi: ${colours.emploi}`,
    `--ij-color-formation: ${colours.formation}`,
    `--ij-color-autres: ${colours.autres}`,
    '--ij-radius: 1rem',
  ];
}

/**
 * The custom properties the preview sets: only the partner theme sets the widget's own
 * `--ij-*`; the other themes style the page around it, which the widget follows by itself.
 */
export function partnerStyle(theme: ThemeId, colours: PartnerColours): string {
  return theme === 'partenaire' ? partnerDeclarations(colours).join('; ') : '';
}

/**
 * The rule a partner puts in its own stylesheet for its colours: a stylesheet rule works
 * under a strict CSP (`style-src 'self'`), where an inline `style` attribute is refused.
 */
export function partnerRule(theme: ThemeId, colours: PartnerColours): string {
  if (theme !== 'partenaire') return '';
  const body = partnerDeclarations(colours)
    .map((declaration) => `  ${declaration};`)
    .join('\n');
  return `inserjeunes-indicateurs.${PARTNER_CLASS} {\n${body}\n}`;
}

/**
 * The `theme` of the embed page that looks like each theme: an iframe cannot follow its
 * page, so it is told. A partner's own colours need the script tag.
 */
export const EMBED_THEME: Record<ThemeId, string | null> = {
  sobre: null,
  etat: 'dsfr',
  sombre: 'sombre',
  partenaire: null,
};

/** What a partner's page needs for the widget to look as previewed in each theme. */
export const THEME_NOTES: Record<ThemeId, string> = {
  sobre: 'Le widget garde ses propres couleurs et prend la police de la page.',
  etat: 'Si votre page définit les jetons de couleur du système de design de l’État (--text-action-high-blue-france…), le widget les reprend : rien à ajouter. En iframe, le paramètre theme=dsfr les lui donne.',
  sombre:
    'Déclarez color-scheme: dark sur votre page (ou un ancêtre du widget) : le widget passe à sa palette sombre. En iframe, le paramètre theme=sombre la lui donne.',
  partenaire:
    'Les couleurs choisies sont des propriétés --ij-* posées par une règle de votre propre feuille de style, sur la classe que le code ci-dessous donne à l’élément : elle fonctionne sous une CSP stricte, où un attribut style serait refusé.',
};
