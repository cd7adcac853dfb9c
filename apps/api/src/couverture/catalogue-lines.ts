import {
  type CertificationCode,
  type LigneCouverture,
  parseCertificationCode,
  parseRegion,
  parseUai,
  type Region,
} from '@inserjeunes/contract';
import type { CatalogueColumns } from './find-columns.js';
import { invalidLine, type LineBase, MISSING_CODE } from './line-verdict.js';
import type { Catalogue } from './read-catalogue.js';

/** A catalogue line's values in the columns found, trimmed; empty when absent. */
export interface CatalogueLine {
  ligne: number;
  code: string;
  uai: string;
  region: string;
}

/** What a valid line asks the widget: a code, maybe an establishment, maybe a region. */
export interface LineRequest {
  base: LineBase;
  code: CertificationCode;
  uai: string | null;
  region: Region | null;
}

/** Each line's code (the first code column that has one), UAI and region. */
export function catalogueLines(catalogue: Catalogue, columns: CatalogueColumns): CatalogueLine[] {
  return catalogue.rows.map((row) => {
    const code = columns.codes
      .map((name) => row.values.get(name)?.trim() ?? '')
      .find((v) => v !== '');
    const uai = columns.uai === null ? '' : (row.values.get(columns.uai)?.trim() ?? '');
    const region = columns.region === null ? '' : (row.values.get(columns.region)?.trim() ?? '');
    return { ligne: row.ligne, code: code ?? '', uai, region };
  });
}

/** A line read into what it asks, or the invalid line that says what is wrong with it. */
export function readLine(line: CatalogueLine): LineRequest | LigneCouverture {
  const base: LineBase = {
    ligne: line.ligne,
    uai: line.uai === '' ? null : line.uai,
    code: line.code === '' ? null : line.code,
    region: line.region === '' ? null : line.region,
  };
  if (line.code === '') return invalidLine(base, 'code_manquant', MISSING_CODE);
  const code = parseCertificationCode(line.code);
  if (!code.ok)
    return invalidLine(base, 'code_invalide', `Code « ${line.code} » : ${code.reason}.`);
  const uai = parseUai(line.uai);
  if (line.uai !== '' && !uai.ok)
    return invalidLine(base, 'uai_invalide', `UAI « ${line.uai} » : ${uai.reason}.`);
  const region = parseRegion(line.region);
  if (line.region !== '' && !region.ok) {
    return invalidLine(base, 'region_invalide', `Région « ${line.region} » : ${region.reason}.`);
  }
  return {
    base,
    code: code.value,
    uai: line.uai === '' || !uai.ok ? null : uai.value,
    region: line.region !== '' && region.ok ? region.value : null,
  };
}
