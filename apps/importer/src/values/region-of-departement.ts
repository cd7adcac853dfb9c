import { parseRegion } from '@inserjeunes/contract';

/**
 * The INSEE region of a département written on three characters as the education
 * directories do (`001`, `02A`, `974`), or null outside the regions (`975`, `990`…).
 */
export function regionOfDepartement(code: string): string | null {
  if (code === '02A' || code === '02B') return '94';
  let postal: string;
  if (/^0\d{2}$/.test(code)) postal = `${code.slice(1)}000`;
  else if (/^9[78]\d$/.test(code)) postal = `${code}00`;
  else return null;
  const region = parseRegion(postal);
  return region.ok ? region.value.code : null;
}
