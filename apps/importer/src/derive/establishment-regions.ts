import type { Tx } from '../load/transaction.js';

/** Gives each establishment the region and académie of its département, once both are known. */
export async function fillEstablishmentRegions(tx: Tx): Promise<void> {
  await tx.query(`
    update etablissement e
    set region_code = d.region_code, academie_code = coalesce(e.academie_code, d.academie_code)
    from departement d
    where d.code = e.departement_code
      and (e.region_code is distinct from d.region_code or e.academie_code is null)`);
}

/** Gives school-route figures their diploma (CFD) through N_MEF when it arrives after them. */
export async function fillDiplomaOfMef(tx: Tx): Promise<void> {
  await tx.query(`
    update indicateur i set cfd = m.cfd
    from mef m
    where i.code_type = 'MEFSTAT11' and i.cfd is null and m.mefstat11 = i.code`);
}
