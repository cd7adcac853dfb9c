import { writeFileSync } from 'node:fs';
import { uaiCheckLetter } from '@inserjeunes/contract';

const HEADER =
  'perimetre;millesime;filiere;code_certification;uai;code_region;nb_annee_term;nb_poursuite_etudes;nb_sortant;nb_en_emploi_6_mois;nb_en_emploi_12_mois;nb_en_emploi_18_mois;nb_en_emploi_24_mois;fictif';

/**
 * Writes a figures file in the project's own CSV format (`docs/formats/indicateurs-csv.md`)
 * with `rows` establishments teaching one CAP of the demo dataset, each a UAI of its own with
 * its right check letter: a valid file, large enough for its import to take a while.
 */
export function writeBigFiguresFile(path: string, rows: number): void {
  const lines = [HEADER];
  for (let i = 0; i < rows; i++) {
    const digits = String(7_000_000 + i);
    const uai = `${digits}${uaiCheckLetter(digits)}`;
    const total = 20 + (i % 80);
    const leavers = total - (i % 10);
    const employed = Math.floor(leavers / 2);
    lines.push(
      `formation;2022_2023;scolaire;23220022420;${uai};84;${total};${total - leavers};${leavers};${employed - 3};${employed - 2};${employed - 1};${employed};oui`,
    );
  }
  writeFileSync(path, `${lines.join('\n')}\n`);
}
