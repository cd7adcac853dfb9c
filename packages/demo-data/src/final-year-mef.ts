import { MEFS_BCN, type MefBcn } from './bcn-mefs.js';

/** The final-year MEFSTAT11 of a diploma: the year whose rank equals the length of the route. */
export function finalYearMef(cfd: string): MefBcn {
  const finals = MEFS_BCN.filter((mef) => mef.cfd === cfd && mef.annee === mef.duree);
  const [only, ...others] = finals;
  if (only === undefined || others.length > 0) {
    throw new Error(`expected one final-year MEFSTAT11 for ${cfd}, found ${finals.length}`);
  }
  return only;
}
