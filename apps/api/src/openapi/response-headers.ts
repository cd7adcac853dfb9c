/**
 * The headers the API's answers carry, documented once under `components.headers` and
 * referenced by the responses that carry them.
 */
export const RESPONSE_HEADERS = {
  ETag: {
    description:
      'Version de la réponse (version des données et empreinte du corps) ; à renvoyer dans If-None-Match.',
    schema: { type: 'string' },
    example: '"12.5-Vq2aKXq4bQ1x0c3mYy8d"',
  },
  'Cache-Control': {
    description: 'Durée de conservation : public pour les réponses anonymes, private avec une clé.',
    schema: { type: 'string' },
    example: 'public, max-age=300, stale-while-revalidate=300',
  },
  'Surrogate-Key': {
    description: 'Clés de purge d’un CDN : les données, et leur version (voir aussi Cache-Tag).',
    schema: { type: 'string' },
    example: 'inserjeunes-donnees inserjeunes-donnees-12_5',
  },
  RateLimit: {
    description: 'Requêtes restantes et secondes avant la fenêtre suivante (draft IETF RateLimit).',
    schema: { type: 'string' },
    example: '"anonyme";r=0;t=42',
  },
  'RateLimit-Policy': {
    description: 'La limite du client : requêtes par fenêtre de 60 s.',
    schema: { type: 'string' },
    example: '"anonyme";q=300;w=60',
  },
  'Retry-After': {
    description: 'Secondes à attendre avant de réessayer.',
    schema: { type: 'integer', minimum: 0 },
    example: 42,
  },
} as const;

const ref = (name: keyof typeof RESPONSE_HEADERS) => ({ $ref: `#/components/headers/${name}` });

/** The headers of an answer by status: what a client may read on it. */
export function headersOf(status: number): Record<string, unknown> | undefined {
  if (status === 200) {
    return { ETag: ref('ETag'), 'Cache-Control': ref('Cache-Control') };
  }
  if (status === 304) return { ETag: ref('ETag'), 'Surrogate-Key': ref('Surrogate-Key') };
  if (status === 429) {
    return {
      RateLimit: ref('RateLimit'),
      'RateLimit-Policy': ref('RateLimit-Policy'),
      'Retry-After': ref('Retry-After'),
    };
  }
  if (status === 503) return { 'Retry-After': ref('Retry-After') };
  return undefined;
}
