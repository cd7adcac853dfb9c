import { type DiplomeTrouve, ListeDiplomes } from '@inserjeunes/contract';
import { html, render } from 'lit';
import { fetchApi } from '../api/fetch-api.js';

export interface DiplomaSearchElements {
  input: HTMLInputElement;
  results: HTMLUListElement;
  status: HTMLElement;
  /** Called with the diploma the reader picks. */
  onPick: (diplome: DiplomeTrouve) => void;
}

const PAGE_SIZE = 8;
const DELAY_MS = 250;

function describe(diplome: DiplomeTrouve): string {
  const facts = [
    diplome.diplome?.libelle,
    diplome.formation_fermee ? 'fermé' : null,
    diplome.a_des_chiffres ? 'chiffres disponibles' : 'pas de chiffres',
  ].filter((fact) => fact !== null && fact !== undefined);
  return facts.join(', ');
}

/**
 * Finds diplomas by label as the reader types (`GET /api/inserjeunes/diplomes?q=`): a short
 * pause before each request, stale answers dropped, the count announced politely, and each
 * result a button.
 */
export function diplomaSearch({ input, results, status, onPick }: DiplomaSearchElements): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let latest = 0;

  const show = (found: readonly DiplomeTrouve[]) =>
    render(
      html`${found.map(
        (diplome) => html`<li>
          <button type="button" class="secondary result" @click=${() => onPick(diplome)}>
            <span class="result-label">${diplome.libelle}</span>
            <span class="result-code">${diplome.code}</span>
            <span class="hint">${describe(diplome)}</span>
          </button>
        </li>`,
      )}`,
      results,
    );

  const search = async (query: string, ticket: number) => {
    try {
      const params = new URLSearchParams({ q: query, items_par_page: String(PAGE_SIZE) });
      const answer = await fetchApi(`/api/inserjeunes/diplomes?${params}`, ListeDiplomes);
      if (ticket !== latest) return;
      show(answer.diplomes);
      const total = answer.pagination.total;
      status.textContent =
        total === 0
          ? `Aucun diplôme ne correspond à « ${query} ».`
          : `${total} diplôme${total > 1 ? 's' : ''} trouvé${total > 1 ? 's' : ''}${
              total > answer.diplomes.length
                ? `, les ${answer.diplomes.length} premiers affichés`
                : ''
            }.`;
    } catch (error) {
      if (ticket !== latest) return;
      show([]);
      status.textContent = `La recherche a échoué : ${error instanceof Error ? error.message : String(error)}`;
    }
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    latest += 1;
    const ticket = latest;
    const query = input.value.trim();
    if (query.length < 2) {
      show([]);
      status.textContent = '';
      return;
    }
    timer = setTimeout(() => void search(query, ticket), DELAY_MS);
  });
}

/** Empties the results once a diploma is picked. */
export function clearResults(elements: Pick<DiplomaSearchElements, 'results' | 'input'>): void {
  render(html``, elements.results);
  elements.input.value = '';
}
