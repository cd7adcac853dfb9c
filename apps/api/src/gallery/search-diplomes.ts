import {
  type DiplomeTrouve,
  inferAudience,
  type ListeDiplomes,
  parseCertificationCode,
} from '@inserjeunes/contract';
import type { DbHandle } from '@inserjeunes/db';
import { searchParts } from './search-abbreviations.js';
import { ACCENTED, PLAIN, searchTerms } from './search-terms.js';

export interface DiplomeSearch {
  query: string;
  page: number;
  size: number;
  /** Today (`YYYY-MM-DD`): diplomas closed before it are closed. */
  today: string;
}

interface Row extends Record<string, unknown> {
  code: string;
  code_type: 'CFD' | 'SISE';
  libelle: string;
  niveau: string | null;
  niveau_libelle: string | null;
  date_fermeture: string | null;
  a_des_chiffres: boolean;
}

/**
 * Finds diplomas (CFD and SISE) whose label holds every word of the query, accents and case
 * aside, or whose code starts with it. A common abbreviation ("MCO", "licence pro", "BTS")
 * is found by any of its spellings, and a diploma type also by the diploma's level. Best first: exact code, code prefix, label starting
 * with the first word; then diplomas with figures, open ones, and alphabetical order.
 */
export async function searchDiplomes(db: DbHandle, search: DiplomeSearch): Promise<ListeDiplomes> {
  const terms = searchTerms(search.query);
  const code = search.query.trim().toUpperCase();
  const params: unknown[] = [code];
  const label = `upper(translate(d.libelle_long, '${ACCENTED}', '${PLAIN}'))`;
  const param = (value: string) => {
    params.push(value);
    return `$${params.length}`;
  };
  const parts = searchParts(search.query).map((part) => {
    const ways = part.spellings.map((spelling) =>
      spelling.map((word) => `position(${param(word)} in ${label}) > 0`).join(' and '),
    );
    if (part.niveaux.length > 0) ways.push(`d.niveau in (${part.niveaux.map(param).join(', ')})`);
    return `((${ways.join(') or (')}))`;
  });
  const where = `(d.code like $1 || '%'${parts.length > 0 ? ` or (${parts.join(' and ')})` : ''})`;
  const first = terms[0] ?? '';
  params.push(first);
  const firstParam = `$${params.length}`;
  params.push(search.today);
  const todayParam = `$${params.length}`;

  const [{ total = 0 } = {}] = await db.query<{ total: number }>(
    `select count(*)::int as total from diplome d where ${where}`,
    params.slice(0, params.length - 2),
  );
  const offset = (search.page - 1) * search.size;
  const rows = await db.query<Row>(
    `select d.code, d.code_type, d.libelle_long as libelle, d.niveau,
            n.libelle_court as niveau_libelle, d.date_fermeture::text as date_fermeture,
            exists (select 1 from indicateur i where i.cfd = d.code) as a_des_chiffres
       from diplome d
       left join niveau_formation n on n.code = d.niveau
      where ${where}
      order by case when d.code = $1 then 0
                    when d.code like $1 || '%' then 1
                    when ${label} like ${firstParam} || '%' then 2
                    else 3 end,
               a_des_chiffres desc,
               (d.date_fermeture is not null and d.date_fermeture::text < ${todayParam}),
               d.libelle_long, d.code
      limit ${search.size} offset ${offset}`,
    params,
  );
  return {
    diplomes: rows.map((row) => toDiplome(row, search.today)),
    pagination: {
      page: search.page,
      items_par_page: search.size,
      nombre_de_pages: Math.ceil(total / search.size),
      total,
    },
  };
}

function toDiplome(row: Row, today: string): DiplomeTrouve {
  const parsed = parseCertificationCode(`${row.code_type}:${row.code}`);
  return {
    code: row.code,
    code_type: row.code_type,
    libelle: row.libelle,
    diplome:
      row.niveau === null ? null : { code: row.niveau, libelle: row.niveau_libelle ?? row.niveau },
    formation_fermee: row.date_fermeture !== null && row.date_fermeture < today,
    a_des_chiffres: row.a_des_chiffres === true,
    audience_suggeree: parsed.ok ? inferAudience(parsed.value) : 'lycee',
  };
}
