import { msg, str } from '@lit/localize';

/** The promotions a millésime measures, in words: `promotions 2022 et 2023`. */
export function promotions(millesime: string): string {
  const [first, second] = millesime.split('_');
  if (second !== undefined) return msg(str`promotions ${first} et ${second}`);
  return msg(str`promotion ${first}`);
}
