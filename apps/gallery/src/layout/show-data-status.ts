import { Millesimes } from '@inserjeunes/contract';
import { fetchApi } from '../api/fetch-api.js';
import { DATA_KIND_TEXT, type DataKind, dataKind } from './data-kind.js';

/**
 * Fills the banner under the navigation with what data the server holds, and resolves to
 * it (null when the API cannot say).
 */
export async function showDataStatus(): Promise<DataKind | null> {
  const banner = document.querySelector<HTMLElement>('[data-data-status]');
  try {
    const kind = dataKind(await fetchApi('/api/inserjeunes/millesimes', Millesimes));
    if (banner !== null) {
      banner.textContent = DATA_KIND_TEXT[kind];
      banner.dataset.kind = kind;
      banner.hidden = false;
    }
    return kind;
  } catch {
    return null;
  }
}
