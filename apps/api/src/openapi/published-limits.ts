import { DEFAULT_KEY_LIMIT } from '../keys/api-keys.js';

/** What the documentation page publishes of the service's limits and measured performance. */
export interface PublishedLimits {
  /** Requests per minute per client without a key (`RATE_LIMIT_ANONYME`). */
  anonymousPerMinute: number;
  /** Requests per minute of a key, unless it was given another. */
  keyedPerMinute: number;
}

/**
 * Response times measured by `pnpm bench:api` (50 connections, 10 s per route, the official
 * files, PGlite), as printed; measure again and update them with each release.
 */
export const MEASURED = {
  date: '2026-12-06',
  machine: '2 cœurs, machine au repos, PGlite',
  figures: { p50: 1, p99: 5, rps: 25064 },
  constant: { p50: 1, p99: 6, rps: 25989 },
} as const;

export const defaultLimits = (anonymousPerMinute: number): PublishedLimits => ({
  anonymousPerMinute,
  keyedPerMinute: DEFAULT_KEY_LIMIT,
});

/** The documentation page's paragraph on limits and performance (French, HTML). */
export function limitsSection(limits: PublishedLimits): string {
  const n = (value: number) => value.toLocaleString('fr-FR');
  return `<h2 id="limites">Limites et performances</h2>
<ul>
<li>Sans clé : <strong>${n(limits.anonymousPerMinute)} requêtes par minute</strong> et par client ; avec une clé (<code>X-API-Key</code>) : <strong>${n(limits.keyedPerMinute)} par minute</strong> par partenaire, sauf limite convenue. Au-delà : 429 avec <code>Retry-After</code>.</li>
<li>Vérification de catalogue (<code>POST /api/inserjeunes/couverture</code>) : 16 Mio au plus, une à la fois par client ; au plus 256 catalogues et 64 Mio en attente (503 au-delà).</li>
<li>Temps de réponse mesurés (<code>pnpm bench:api</code>, 50 connexions, ${MEASURED.date}, ${MEASURED.machine}) : chiffres nationaux et régionaux p50 ${n(MEASURED.figures.p50)} ms, p99 ${n(MEASURED.figures.p99)} ms (${n(MEASURED.figures.rps)} req/s) ; réponse constante p50 ${n(MEASURED.constant.p50)} ms, p99 ${n(MEASURED.constant.p99)} ms.</li>
<li>Avec sa clé, un partenaire lit son propre usage dans <code>mon_usage</code> de <a href="#service"><code>/api/inserjeunes/stats</code></a>.</li>
<li>Versions et dépréciations : une rupture vient avec une nouvelle version majeure, l’ancienne répond encore 12 mois avec les en-têtes <code>Deprecation</code> et <code>Sunset</code>.</li>
</ul>`;
}
