import { apiKeys, type DbHandle } from '@inserjeunes/db';
import { asc } from 'drizzle-orm';
import { createKey, DEFAULT_KEY_LIMIT, revokeKey } from './api-keys.js';

const USAGE = `Usage :
  pnpm keys create <partenaire> [--limite <requêtes par minute>]   crée une clé et l’affiche une seule fois
  pnpm keys revoke <partenaire>                                   révoque la clé active du partenaire
  pnpm keys list                                                  liste les clés (préfixes, jamais les clés)`;

/** Output of the command: what to print, and the exit code. */
export interface CommandResult {
  code: number;
  out: string[];
  err: string[];
}

/** `pnpm keys …`: create, revoke and list partners' API keys. */
export async function keysCommand(args: readonly string[], db: DbHandle): Promise<CommandResult> {
  const out: string[] = [];
  const err: string[] = [];
  const [action, ...rest] = args;
  try {
    if (action === 'create') {
      const limitAt = rest.indexOf('--limite');
      const limit = limitAt >= 0 ? Number(rest[limitAt + 1]) : DEFAULT_KEY_LIMIT;
      const partner = rest
        .filter((_, i) => limitAt < 0 || (i !== limitAt && i !== limitAt + 1))
        .join(' ');
      if (partner === '') throw new Error('Nom du partenaire manquant.');
      const key = await createKey(db, partner, limit);
      out.push(
        `Clé créée pour « ${partner.trim()} » (${limit} requêtes par minute) :`,
        '',
        `  ${key}`,
        '',
        'Elle ne sera plus jamais affichée (seule son empreinte est conservée) : transmettez-la au partenaire maintenant.',
        'Le partenaire l’envoie dans l’en-tête X-API-Key, jamais dans l’URL.',
      );
      return { code: 0, out, err };
    }
    if (action === 'revoke') {
      const partner = rest.join(' ');
      if (partner === '') throw new Error('Nom du partenaire manquant.');
      const revoked = await revokeKey(db, partner);
      if (revoked === 0) throw new Error(`Aucune clé active pour « ${partner} ».`);
      out.push(
        `Clé de « ${partner} » révoquée ; elle est refusée dès maintenant (au plus une seconde de délai).`,
      );
      return { code: 0, out, err };
    }
    if (action === 'list') {
      const rows = await db.db
        .select()
        .from(apiKeys)
        .orderBy(asc(apiKeys.partenaire), asc(apiKeys.id));
      if (rows.length === 0) out.push('Aucune clé.');
      for (const row of rows) {
        const state =
          row.revoque_le === null ? 'active' : `révoquée le ${row.revoque_le.toISOString()}`;
        out.push(
          `${row.prefixe}…  ${row.partenaire}  ${row.limite_par_minute}/min  créée le ${row.cree_le.toISOString()}  ${state}`,
        );
      }
      return { code: 0, out, err };
    }
    err.push(action === undefined ? 'Action manquante.' : `Action « ${action} » inconnue.`, USAGE);
    return { code: 2, out, err };
  } catch (error) {
    err.push(error instanceof Error ? error.message : String(error));
    return { code: 1, out, err };
  }
}
