/**
 * The surrogate key (`Surrogate-Key`, `Cache-Tag`) every answer computed from the data
 * carries, so a CDN purges them all at once after an import. Each also carries
 * `{@link DATA_SURROGATE_KEY}-<data version>`, to purge one version only.
 */
export const DATA_SURROGATE_KEY = 'inserjeunes-donnees';

/** The surrogate keys of an answer computed from data version `version`. */
export function dataSurrogateKeys(version: string): string[] {
  return [DATA_SURROGATE_KEY, `${DATA_SURROGATE_KEY}-${version.replace(/[^0-9A-Za-z_-]/g, '_')}`];
}
