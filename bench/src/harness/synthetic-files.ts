// Large files shaped like the national ones, generated deterministically (a seeded generator:
// the same bytes at every run) and written as a stream, for `pnpm bench:import`.

import { once } from 'node:events';
import { createWriteStream, readFileSync } from 'node:fs';

/** A small seeded generator (mulberry32): the same sequence for the same seed. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Writes `count` lines made by `line(i)` after `header`, honouring back-pressure. */
async function writeLines(
  path: string,
  header: string,
  count: number,
  line: (i: number) => string,
): Promise<void> {
  const out = createWriteStream(path);
  out.write(`${header}\n`);
  let chunk: string[] = [];
  for (let i = 0; i < count; i++) {
    chunk.push(line(i));
    if (chunk.length === 2000 || i === count - 1) {
      if (!out.write(`${chunk.join('\n')}\n`)) await once(out, 'drain');
      chunk = [];
    }
  }
  out.end();
  await once(out, 'finish');
}

const REGIONAL_HEADER =
  '\uFEFFid;millesime;code_region_ij;code_region;voie;cfd;mefstat11;nb_annee_term;nb_en_emploi_12_mois;nb_en_emploi_18_mois;nb_en_emploi_24_mois;nb_en_emploi_6_mois;nb_poursuite_etudes;nb_sortant;taux_emploi_12_mois;taux_emploi_18_mois;taux_emploi_24_mois;taux_emploi_6_mois;taux_poursuite_etudes';
const MILLESIMES = ['2019_2020', '2020_2021', '2021_2022', '2022_2023'];
/** Metropolitan regions (INSEE codes). */
const REGIONS = ['11', '24', '27', '28', '32', '44', '52', '53', '75', '76', '84', '93', '94'];
const VOIES = ['scolaire', 'apprentissage'];
const COMBOS = MILLESIMES.length * REGIONS.length * VOIES.length;

/**
 * `ij_region_data.csv`'s shape: every millésime × region × route of a code, codes numbered
 * (MEFSTAT11 for the school route, CFD for apprenticeship), counts that hold together and the
 * source's publication thresholds (no rate under 20 students).
 */
export function writeRegionalFile(path: string, rows: number): Promise<void> {
  const random = seeded(20_260_101);
  const int = (max: number) => Math.floor(random() * (max + 1));
  const rate = (part: number, whole: number) =>
    whole === 0 ? '' : String(Math.round((part * 100) / whole));
  return writeLines(path, REGIONAL_HEADER, rows, (i) => {
    const combo = i % COMBOS;
    const n = Math.floor(i / COMBOS);
    const millesime = MILLESIMES[combo % MILLESIMES.length] ?? '';
    const region = REGIONS[Math.floor(combo / MILLESIMES.length) % REGIONS.length] ?? '';
    const voie = VOIES[Math.floor(combo / (MILLESIMES.length * REGIONS.length))] ?? '';
    const cfd = voie === 'apprentissage' ? `5${String(n).padStart(7, '0')}` : '';
    const mef = voie === 'scolaire' ? `23${String(n).padStart(9, '0')}` : '';
    const term = 5 + int(400);
    const poursuite = int(term);
    const sortants = term - poursuite;
    const e6 = int(sortants);
    const e12 = Math.min(sortants, e6 + int(5));
    const e18 = Math.min(sortants, e12 + int(5));
    const e24 = Math.min(sortants, e18 + int(5));
    const published = term >= 20;
    const rates = published
      ? [rate(e12, sortants), rate(e18, sortants), rate(e24, sortants), rate(e6, sortants)]
      : ['', '', '', ''];
    const code = cfd || mef;
    return [
      `${millesime}_${region}_${voie}_${code}`,
      millesime,
      region,
      region,
      voie,
      cfd,
      mef,
      term,
      e12,
      e18,
      e24,
      e6,
      poursuite,
      sortants,
      ...rates,
      published ? rate(poursuite, term) : '',
    ].join(';');
  });
}

const UAI_LETTERS = 'ABCDEFGHJKLMNPRSTUVWXYZ';

/** A valid establishment code (UAI) for a number: seven digits and their check letter. */
function uai(n: number): string {
  const digits = String(n % 10_000_000).padStart(7, '0');
  return `${digits}${UAI_LETTERS[Number(digits) % 23]}`;
}

/**
 * The InserSup export's shape (`fr-esr-insersup`, 101 columns): the real extract's rows
 * repeated, each time for another establishment (UAI) and SISE diploma, so that every line
 * is a new key.
 */
export async function writeInserSupFile(path: string, extract: string, rows: number) {
  const lines = readFileSync(extract, 'utf8')
    .replace(/^\uFEFF/, '')
    .trimEnd()
    .split(/\r?\n/);
  const header = lines[0] ?? '';
  const templates = lines.slice(1).map((line) => line.split(';'));
  const columns = header.split(';');
  const at = (name: string) => columns.indexOf(name);
  const etablissement = at('etablissement');
  const fresq = at('uai_fresq');
  const diplome = at('diplome');
  if (etablissement < 0 || diplome < 0 || templates.length === 0) {
    throw new Error(`${extract}: no etablissement or diplome column, or no rows`);
  }
  await writeLines(path, header, rows, (i) => {
    const fields = [...(templates[i % templates.length] ?? [])];
    const code = uai(100_000 + Math.floor(i / 100));
    fields[etablissement] = code;
    if (fresq >= 0) fields[fresq] = code;
    fields[diplome] = String(2_000_000 + (i % 100) * 1000 + (i % templates.length));
    return fields.join(';');
  });
}
