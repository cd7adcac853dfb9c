import type { Tx } from '../load/transaction.js';

/** The final year of a MEFSTAT11: its 4th character (the year) replaced by the length. */
const FINAL_YEAR = (mefstat11: string, duree: string) =>
  `substr(${mefstat11}, 1, 3) || ${duree}::text || substr(${mefstat11}, 5)`;

/**
 * Rebuilds how codes without figures of their own resolve:
 * - a first- or second-year MEFSTAT11 → its final year, when N_MEF knows that final year;
 * - a seconde commune (famille de métiers) → each final-year speciality it leads to, from
 *   the familles de métiers table and from the BCN links (MEF tagged `2NDE PRO COMMUNE`,
 *   followed by the bac pro years of the same length: the famille also lists one- and
 *   two-year courses that do not start with it);
 * - a common first year of a BTS → the final year of each of its options (`optionsBTS.csv`).
 * A code resolves only to codes N_MEF knows: nothing is computed that the BCN does not list.
 */
export async function deriveResolutions(tx: Tx): Promise<void> {
  await tx.query('delete from resolution_code');
  await tx.query(`
    insert into resolution_code (code, code_final, raison)
    select f.mefstat11_commun, f.mefstat11_specialite, 'seconde_commune'
    from famille_metier_specialite f
    union
    select f.cfd_commun, f.cfd_specialite, 'seconde_commune'
    from famille_metier_specialite f
    where f.cfd_commun is not null and f.cfd_specialite is not null
    union
    select mc.mefstat11, mf.mefstat11, 'seconde_commune'
    from lien_mef_famille_metier lc
    join mef mc on mc.mef = lc.mef
    join lien_mef_famille_metier ls on ls.famille = lc.famille and not ls.seconde_commune
    join mef ms on ms.mef = ls.mef
    join mef mf on mf.mefstat11 = ${FINAL_YEAR('ms.mefstat11', 'ms.duree')} and mf.annee = mf.duree
    where lc.seconde_commune and ms.duree = mc.duree and ms.duree between 1 and 9
    on conflict do nothing`);
  // A common first year of a BTS (its first-year MEFSTAT11) → the final year of each option,
  // of the same length. Not its CFD: apprentices' figures are published under it.
  await tx.query(`
    insert into resolution_code (code, code_final, raison)
    select mc.mefstat11, mf.mefstat11, 'seconde_commune'
    from option_bts o
    join mef mc on mc.cfd = o.cfd_commun and mc.annee < mc.duree
    join mef mf on mf.cfd = o.cfd_specialite and mf.annee = mf.duree and mf.duree = mc.duree
    on conflict do nothing`);
  await tx.query(`
    insert into resolution_code (code, code_final, raison)
    select m.mefstat11, f.mefstat11, 'annee_non_terminale'
    from mef m
    join mef f on f.mefstat11 = ${FINAL_YEAR('m.mefstat11', 'm.duree')} and f.annee = f.duree
    where m.duree between 2 and 9 and m.annee < m.duree
      and substr(m.mefstat11, 4, 1) = m.annee::text
      and not exists (select 1 from resolution_code r where r.code = m.mefstat11)
    on conflict do nothing`);
}
