import * as z from 'zod/mini';
import { Indicateur } from '../indicateur.js';

/** Where a page sits in a filtered list: 1-based page number, page size, page count, total rows. */
export const Pagination = z.object({
  page: z.int().check(z.gte(1)),
  items_par_page: z.int().check(z.gte(1)),
  nombre_de_pages: z.int().check(z.nonnegative()),
  total: z.int().check(z.nonnegative()),
});
export type Pagination = z.infer<typeof Pagination>;

/** `GET /api/inserjeunes/certifications`: national records, filtered and paginated. */
export const ListeCertifications = z.object({
  certifications: z.array(Indicateur),
  pagination: Pagination,
});
export type ListeCertifications = z.infer<typeof ListeCertifications>;

/** `GET /api/inserjeunes/regionales`: regional records, filtered and paginated. */
export const ListeRegionales = z.object({
  regionales: z.array(Indicateur),
  pagination: Pagination,
});
export type ListeRegionales = z.infer<typeof ListeRegionales>;

/** `GET /api/inserjeunes/formations`: records per establishment × certification. */
export const ListeFormations = z.object({
  formations: z.array(Indicateur),
  pagination: Pagination,
});
export type ListeFormations = z.infer<typeof ListeFormations>;

/** The default and largest page sizes of every list. */
export const ITEMS_PAR_PAGE_DEFAUT = 20;
export const ITEMS_PAR_PAGE_MAX = 500;
