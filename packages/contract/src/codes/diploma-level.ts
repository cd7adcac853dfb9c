import type { CertificationCode } from './certification-code.js';

/**
 * The BCN level of a certification, as far as the code alone tells: the first 3 characters
 * of a CFD (`500` CAP, `400` BAC PRO, `320` BTS…). A MEFSTAT11 only tells its school
 * stage (`2…` upper-secondary vocational, `3…` post-bac), and a SISE code is higher education.
 */
export function cfdLevel(cfd: string): string {
  return cfd.slice(0, 3);
}

/** Whether a code names a post-bac training (BTS and higher), from the code alone. */
export function isPostBac(code: CertificationCode): boolean {
  switch (code.type) {
    case 'SISE':
      return true;
    case 'CFD':
      return /^[123]/.test(code.code);
    case 'MEFSTAT11':
      return code.code.startsWith('3');
  }
}
