import { aboveThresholdSql, type EtatExemple } from '@inserjeunes/contract';

/** A request worth trying for a state: the widget's `code`, `uai` and `region`. */
export interface Candidate extends Record<string, unknown> {
  code: string;
  uai: string | null;
  region: string | null;
}

/** How many requests are tried per state before giving up on it. */
export const CANDIDATES_PER_STATE = 12;

/** Rates the API shows: not withheld by the source, enough students, headline figures present. */
const shown = (i: string) =>
  `(${aboveThresholdSql(i)} and ${i}.taux_en_emploi_6_mois is not null and ${i}.taux_en_formation is not null)`;
/** Rates the API withholds: by the source, or under the threshold (stored raw, masked on read). */
const withheld = (i: string) => `(not ${aboveThresholdSql(i)})`;
/**
 * Official rows first, then rows with employment at 12 and 24 months too, then vocational
 * levels a 3ème reader knows (CAP 5xx, bac pro 4xx).
 */
const order = (i: string) =>
  `bool_or(${i}.fictif),
   bool_and(${i}.taux_en_emploi_12_mois is not null and ${i}.taux_en_emploi_24_mois is not null) desc,
   min(case when ${i}.cfd like '5%' or ${i}.cfd like '4%' then 0 else 1 end), 1`;
const limit = `limit ${CANDIDATES_PER_STATE}`;

/**
 * SQL that lists likely examples of each state, cheaply, from the stored rows; `$1`, where
 * used, is today (`YYYY-MM-DD`). Each candidate is then checked against the API's own
 * answer, so these queries only need to be good guesses, never exact.
 */
export const CANDIDATE_SQL: Record<Exclude<EtatExemple, 'code_inconnu'>, string> = {
  // One route preferred: the routes of a diploma come together in the widget.
  chiffres: `select coalesce(i.cfd, i.code) as code, null as uai, null as region from indicateur i
    where i.scope = 'national' and ${shown('i')} and i.taux_autres_6_mois is not null
      and i.derivation is distinct from 'continuum' and i.code_type <> 'SISE'
      and not exists (select 1 from indicateur o where o.scope = 'national'
                        and coalesce(o.cfd, o.code) = coalesce(i.cfd, i.code) and ${withheld('o')})
      and not exists (select 1 from diplome d where d.code = coalesce(i.cfd, i.code)
                        and d.date_fermeture::text < $1)
    group by coalesce(i.cfd, i.code)
    order by bool_or(i.fictif), max(right(i.millesime, 4)) desc, count(distinct i.filiere),
      ${order('i')} ${limit}`,

  deux_voies: `select i.cfd as code, null as uai, null as region from indicateur i
    where i.scope = 'national' and ${shown('i')} and i.derivation is distinct from 'continuum' and i.cfd is not null
      and i.filiere <> 'superieur'
    group by i.cfd having count(distinct i.filiere) >= 2 order by ${order('i')} ${limit}`,

  // A figure missing in a block that is shown (employment at 12 or 24 months, or a
  // headline share), or one route withheld beside another shown.
  chiffres_partiels: `select code, uai, region from (
      select i.code, i.uai, null as region, bool_or(i.fictif) as fictif
        from indicateur i
       where i.scope in ('national', 'formation') and i.derivation is distinct from 'continuum'
         and ${aboveThresholdSql('i')}
         and (i.taux_en_emploi_6_mois is not null or i.taux_en_formation is not null)
         and (i.taux_en_emploi_6_mois is null or i.taux_en_formation is null
              or i.taux_en_emploi_12_mois is null or i.taux_en_emploi_24_mois is null)
         and i.filiere <> 'superieur'
       group by i.code, i.uai
      union all
      select i.cfd as code, null as uai, null as region, bool_or(i.fictif) as fictif
        from indicateur i
       where i.scope = 'national' and i.derivation is distinct from 'continuum' and ${shown('i')}
         and exists (select 1 from indicateur o where o.scope = 'national' and o.cfd = i.cfd
                       and o.millesime = i.millesime and o.filiere <> i.filiere and ${withheld('o')})
       group by i.cfd
    ) c order by fictif, uai nulls first, code ${limit}`,

  etablissement: `select i.code, i.uai, null as region from indicateur i
    where i.scope = 'formation' and ${shown('i')} and i.taux_autres_6_mois is not null
    group by i.code, i.uai order by ${order('i')} ${limit}`,

  // Too few students at the establishment first, then an establishment of a region that
  // has figures but does not teach the diploma.
  repli_region: `select code, uai, region from (
      select f.code, f.uai, null as region, 0 as rang, bool_or(f.fictif) as fictif
        from indicateur f join etablissement e on e.uai = f.uai
       where f.scope = 'formation' and ${withheld('f')}
         and exists (select 1 from indicateur r where r.scope = 'regional' and r.code = f.code
                       and r.region_code = e.region_code and ${shown('r')})
       group by f.code, f.uai
      union all
      select r.code, min(e.uai) as uai, null as region, 1 as rang, bool_or(r.fictif) as fictif
        from (select x.code, x.cfd, x.region_code, x.fictif from indicateur x
               where x.scope = 'regional' and ${shown('x')}
               order by x.fictif, x.code limit ${CANDIDATES_PER_STATE * 4}) r
        join etablissement e on e.region_code = r.region_code
       where not exists (select 1 from indicateur f where f.scope = 'formation'
                           and f.uai = e.uai and (f.code = r.code or f.cfd = r.cfd))
       group by r.code
    ) c order by fictif, rang, code ${limit}`,

  repli_national: `select code, uai, region from (
      select r.code, null as uai, r.region_code as region, 0 as rang, bool_or(r.fictif) as fictif
        from indicateur r
       where r.scope = 'regional' and ${withheld('r')}
         and exists (select 1 from indicateur n where n.scope = 'national' and n.code = r.code and ${shown('n')})
       group by r.code, r.region_code
      union all
      select n.code, null as uai, min(g.code) as region, 1 as rang, bool_or(n.fictif) as fictif
        from indicateur n cross join region g
       where n.scope = 'national' and ${shown('n')}
         and not exists (select 1 from indicateur r where r.scope = 'regional'
                           and r.code = n.code and r.region_code = g.code)
       group by n.code
    ) c order by fictif, rang, code ${limit}`,

  masque: `select i.code, null as uai, null as region from indicateur i
    where i.scope = 'national' and ${withheld('i')} and i.raison_masquage is distinct from 'non_publie'
      and not exists (select 1 from indicateur o where o.scope = 'national'
                        and (o.code = i.code or o.cfd = i.code) and ${shown('o')})
    group by i.code order by ${order('i')} ${limit}`,

  aucune_donnee: `select d.code, null as uai, null as region from diplome d
    where not exists (select 1 from indicateur i where i.cfd = d.code or i.code = d.code)
      and (d.date_fermeture is null or d.date_fermeture::text >= $1)
    order by d.date_ouverture desc nulls last, d.code ${limit}`,

  diplome_ferme: `select i.code, null as uai, null as region from indicateur i
    join diplome d on d.code = i.cfd
    where i.scope = 'national' and ${shown('i')} and d.date_fermeture::text < $1
    group by i.code order by ${order('i')} ${limit}`,

  continuum: `select i.code, null as uai, null as region from indicateur i
    where i.scope = 'national' and i.donnee_source_type <> 'self' and ${shown('i')}
    group by i.code order by ${order('i')} ${limit}`,

  seconde_commune: `select code, null as uai, null as region from (
      select r.code from resolution_code r where r.raison = 'seconde_commune'
      union
      select f.mefstat11_commun as code from famille_metier_specialite f
    ) c order by code ${limit}`,

  superieur: `select i.code, i.uai, null as region from indicateur i
    where i.code_type = 'SISE' and i.scope in ('national', 'formation') and ${shown('i')}
    group by i.code, i.uai order by ${order('i')}, i.uai nulls first ${limit}`,
};

/** Well-formed CFD codes tried for the unknown-code state (the first the API does not know). */
export const UNKNOWN_CODE_CANDIDATES = ['99999999', '99999998', '9999999Z', 'ZZZZZZZZ'];
