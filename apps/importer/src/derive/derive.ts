import type { Scope } from '@inserjeunes/contract';
import type { TableName } from '../load/tables.js';
import type { Tx } from '../load/transaction.js';
import { carryContinuum, createContinuumLinks } from './continuum.js';
import { fillDiplomaOfMef, fillEstablishmentRegions } from './establishment-regions.js';
import { aggregateInserSupNational, aggregateNational } from './national-aggregates.js';
import { deriveResolutions } from './resolutions.js';

/** What a file changed, so that only the derivations depending on it run again. */
export interface Changes {
  tables: ReadonlySet<TableName>;
  /** Scopes of the figures whose rows changed. */
  scopes: ReadonlySet<Scope>;
  /** Codes of the figures inserted or changed. */
  codes: ReadonlySet<string>;
}

/**
 * Everything computed from imported rows, run inside each file's transaction after its
 * rows are merged: links may arrive after figures (a BCN file imported last) as well as
 * before, so each derivation is rebuilt whenever one of its inputs changed, and only then:
 * - resolutions, from N_MEF, the familles de métiers and the options of BTS;
 * - establishments' regions, from the départements;
 * - continuum carry-over, per scope, from the figures of that scope and the links (a national
 *   figure also depends on the regional ones, which forbid carrying over a sum of their own);
 * - national sums of regional figures, from the regional and national figures and from the
 *   carried regional ones.
 *
 * When only figures changed, the derived rows are rebuilt for their codes and the codes
 * linked to them by a renewal, and for no other: a carried row depends on its own code's
 * figures and its partner's only, a national sum on its own code's rows (real or carried).
 * When the links changed, every derived row is rebuilt.
 */
export async function derive(tx: Tx, changes: Changes): Promise<void> {
  const { tables, scopes, codes } = changes;
  if (
    tables.has('mef') ||
    tables.has('famille_metier_specialite') ||
    tables.has('lien_mef_famille_metier') ||
    tables.has('option_bts')
  ) {
    await deriveResolutions(tx);
  }
  if (tables.has('departement') || tables.has('etablissement')) await fillEstablishmentRegions(tx);
  if (tables.has('mef')) await fillDiplomaOfMef(tx);
  const links = tables.has('diplome_continuum') || tables.has('mef');
  const carried = new Set<Scope>();
  if (links || scopes.has('formation')) carried.add('formation');
  if (links || scopes.has('regional')) carried.add('regional');
  if (links || scopes.has('regional') || scopes.has('national')) carried.add('national');
  if (carried.size === 0) return;
  await createContinuumLinks(tx);
  const restricted = !links;
  if (restricted) {
    await tx.query('create temp table derivation_code (code text primary key) on commit drop');
    await tx.query(
      `insert into derivation_code
       select code from unnest($1::text[]) as code
       union select l.b from continuum_link l where l.a = any($1::text[])
       union select l.a from continuum_link l where l.b = any($1::text[])`,
      [[...codes]],
    );
    await tx.query('analyze derivation_code');
  }
  await tx.query(
    restricted
      ? `delete from indicateur i using derivation_code k
          where i.derivation is not null and i.scope = any($1::text[]) and i.code = k.code`
      : 'delete from indicateur where derivation is not null and scope = any($1::text[])',
    [[...carried]],
  );
  await carryContinuum(tx, [...carried], restricted);
  if (carried.has('national')) await aggregateNational(tx, restricted);
  if (links || scopes.has('formation')) await aggregateInserSupNational(tx, restricted);
  await tx.query('drop table continuum_link');
  if (restricted) await tx.query('drop table derivation_code');
}
