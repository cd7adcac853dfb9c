import * as z from 'zod/mini';
import { AUDIENCES } from '../audience.js';
import { Libelle } from '../indicateur.js';
import { Pagination } from './listes.js';

/** One diploma found by `GET /api/inserjeunes/diplomes?q=`. */
export const DiplomeTrouve = z.object({
  /** CFD or SISE code, without prefix. */
  code: z.string(),
  code_type: z.enum(['CFD', 'SISE']),
  libelle: z.string(),
  /** The BCN level (or SISE diploma type) and its label, when known. */
  diplome: z.nullable(Libelle),
  formation_fermee: z.boolean(),
  /** Whether any figures exist for it (its own, at any scope). */
  a_des_chiffres: z.boolean(),
  audience_suggeree: z.enum(AUDIENCES),
});
export type DiplomeTrouve = z.infer<typeof DiplomeTrouve>;

/** `GET /api/inserjeunes/diplomes?q=`: diplomas whose label or code matches, best first. */
export const ListeDiplomes = z.object({
  diplomes: z.array(DiplomeTrouve),
  pagination: Pagination,
});
export type ListeDiplomes = z.infer<typeof ListeDiplomes>;
