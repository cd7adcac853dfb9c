import { isAudience } from '@inserjeunes/contract';

/**
 * An `audience` attribute no variant answers to is an integration mistake: the widget
 * draws the audience the diploma calls for, and says so in the console.
 */
export function warnUnknownAudience(attribute: string): void {
  if (attribute === '' || isAudience(attribute)) return;
  console.warn(
    `<inserjeunes-indicateurs> audience « ${attribute} » inconnue : attendu 3eme, lycee ou superieur`,
  );
}
