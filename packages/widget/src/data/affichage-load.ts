import type { Affichage, RaisonAbsence } from '@inserjeunes/contract';

/**
 * Where the widget's one request stands:
 * - `loading`: the request is under way;
 * - `ready`: an `Affichage` came back (it may still say there is nothing to show);
 * - `no-data`: the API answered that the code is known but has no figures;
 * - `unknown`: the code is unknown or an attribute is wrong: retrying will not help;
 * - `error`: network failure or unexpected answer: retrying may help.
 */
export type AffichageLoad =
  | { status: 'loading' }
  | { status: 'ready'; affichage: Affichage }
  | { status: 'no-data'; raison: RaisonAbsence | null; message: string }
  | { status: 'unknown'; code: string; message: string }
  | { status: 'error'; code: string; message: string };
