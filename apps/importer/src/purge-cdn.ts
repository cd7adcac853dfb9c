import { DATA_SURROGATE_KEY } from '@inserjeunes/contract';

/**
 * Asks a CDN to drop every answer computed from the data, after an import changed it: a POST
 * to `url` naming the data's surrogate key both in the `Surrogate-Key` header and in a JSON
 * body (`{"surrogate_keys": […], "tags": […]}`), which CDNs' purge-by-key endpoints read,
 * or a small relay in front of one. Resolves with what to print.
 */
export async function purgeCdn(url: string, token: string | undefined): Promise<string> {
  const headers: Record<string, string> = {
    'Content-Type': 'application/json',
    'Surrogate-Key': DATA_SURROGATE_KEY,
  };
  if (token !== undefined) headers.Authorization = `Bearer ${token}`;
  const keys = [DATA_SURROGATE_KEY];
  const shown = new URL(url).origin;
  try {
    const response = await fetch(url, {
      method: 'POST',
      headers,
      body: JSON.stringify({ surrogate_keys: keys, tags: keys }),
      signal: AbortSignal.timeout(10_000),
    });
    await response.arrayBuffer();
    if (!response.ok) {
      throw new Error(`le CDN a répondu ${response.status}`);
    }
    return `✓ CDN purgé (${shown}, clé ${DATA_SURROGATE_KEY})`;
  } catch (error) {
    throw new Error(
      `Purge du CDN impossible (${shown}) : ${error instanceof Error ? error.message : String(error)} ; les réponses en cache expirent d’elles-mêmes en 5 minutes`,
    );
  }
}
