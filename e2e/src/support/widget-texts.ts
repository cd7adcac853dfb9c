/**
 * Words of the widget the journeys wait for, in French and English. Matched as parts of a
 * text: the markup around them holds line breaks.
 */
export const WIDGET_TEXT = {
  /** The loading state's status line. */
  loading: /Chargement des chiffres…|Loading the figures…/,
  /** The footer link every drawn state but "unknown code" ends with. */
  sourceLink: /^(D’où viennent ces données \?|Where do these figures come from\?)/,
  /** The one discreet line of an unknown code. */
  unknown: /Chiffres indisponibles pour cette formation\.|Figures unavailable for this course\./,
  /** The error state's sentence. */
  error: /Les chiffres n’ont pas pu être chargés\.|The figures could not be loaded\./,
} as const;
