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

/**
 * The custom properties a partner page would declare, for the snippet and the preview:
 * only the partner theme sets the widget's own `--ij-*`; the other themes style the page
 * around it, which the widget follows by itself.
 */
export function partnerStyle(theme: ThemeId, colours: PartnerColours): string {
  if (theme !== 'partenaire') return '';
  return [
    `--ij-color-accent: ${colours.accent}`,
    `--ij-color-emploi: ${colours.emploi}`,
    `--ij-color-formation: ${colours.formation}`,
    `--ij-color-autres: ${colours.autres}`,
    '--ij-radius: 1rem',
  ].join('; ');
}

/** What a partner's page needs for the widget to look as previewed in each theme. */
export const THEME_NOTES: Record<ThemeId, string> = {
  sobre: 'Le widget garde ses propres couleurs et prend la police de la page.',
  etat: 'Si votre page définit les jetons de couleur du système de design de l’État (--text-action-high-blue-france…), le widget les reprend : rien à ajouter.',
  sombre:
    'Déclarez color-scheme: dark sur votre page (ou un ancêtre du widget) : le widget passe à sa palette sombre.',
  partenaire:
    'Les couleurs choisies sont passées au widget par l’attribut style du code ci-dessous (propriétés --ij-*).',
};
