import * as z from 'zod/mini';
import { Affichage } from '../affichage.js';

/**
 * What a downloaded answer says of itself, so it can be cited away from the page: the
 * source, its licence, where the definitions are, when the data was imported and which
 * promotions it measures.
 */
export const AffichageMeta = z.object({
  /** "InserJeunes, DEPP-DARES" or "InserSup, SIES". */
  source: z.string(),
  licence: z.string(),
  licence_url: z.string(),
  /** The page that defines every figure, comparison and threshold. */
  definitions: z.string(),
  /** The latest import behind the figures (ISO 8601), null with no figures. */
  importe_le: z.nullable(z.string()),
  millesime: z.nullable(z.string()),
  /** The promotions pooled in the millésime, oldest first. */
  promotions: z.array(z.int()),
  /** Demonstration figures, invented: never cite them. */
  fictif: z.boolean(),
  /** A sentence to cite the figures with. */
  citation: z.string(),
});
export type AffichageMeta = z.infer<typeof AffichageMeta>;

/** `GET /affichage/:codes.json`: the widget's answer and its `meta` block. */
export const AffichageExport = z.object({ meta: AffichageMeta, affichage: Affichage });
export type AffichageExport = z.infer<typeof AffichageExport>;

/** `GET /api/oembed`: an oEmbed 1.0 `rich` answer for an `/embed` URL. */
export const Oembed = z.object({
  version: z.literal('1.0'),
  type: z.literal('rich'),
  title: z.string(),
  provider_name: z.string(),
  provider_url: z.string(),
  html: z.string(),
  width: z.int(),
  height: z.int(),
  cache_age: z.int(),
});
export type Oembed = z.infer<typeof Oembed>;
