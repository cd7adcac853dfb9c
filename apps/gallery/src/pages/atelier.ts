import './page-setup.js';
import '../styles/themes.css';
import '../styles/atelier.css';
import type { ExempleGalerie } from '@inserjeunes/contract';
import { html, render } from 'lit';
import { loadExemples } from '../api/load-exemples.js';
import { clearResults, diplomaSearch } from '../atelier/diploma-search.js';
import { logWidgetEvents } from '../atelier/events-log.js';
import { checkCodes, checkRegion, checkUai, type FieldCheck } from '../atelier/field-checks.js';
import { readForm, writeForm } from '../atelier/form-config.js';
import { updatePreview } from '../atelier/preview.js';
import { copyText } from '../clipboard/copy-text.js';
import { configFromQuery, configToQuery, type WidgetConfig } from '../config/widget-config.js';
import { ETATS_MATRICE } from '../matrice/etats-matrice.js';
import { iframeSnippet } from '../snippets/iframe-snippet.js';
import { imageSnippet, noscriptImage } from '../snippets/image-snippet.js';
import { scriptSnippet } from '../snippets/script-snippet.js';
import { THEME_NOTES } from '../themes/themes.js';

function byId<T extends HTMLElement>(id: string, type: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`élément #${id} absent de la page`);
  return element;
}

const form = byId('configuration', HTMLFormElement);
const preview = byId('apercu', HTMLElement);
const origin = window.location.origin;

function showCheck(input: string, check: FieldCheck): void {
  const field = byId(input, HTMLInputElement);
  const message = byId(`${input}-message`, HTMLElement);
  message.textContent = check.message;
  message.classList.toggle('error', !check.ok);
  if (check.ok) field.removeAttribute('aria-invalid');
  else field.setAttribute('aria-invalid', 'true');
}

function shareLink(config: WidgetConfig): string {
  const query = configToQuery(config);
  return `${origin}${window.location.pathname}${query === '' ? '' : `?${query}`}`;
}

/** Everything that follows the form: URL, preview, snippets, field messages. */
function apply(config: WidgetConfig): void {
  const link = shareLink(config);
  if (link !== window.location.href) window.history.replaceState(null, '', link);
  updatePreview(preview, config, origin);
  byId('snippet-script', HTMLElement).textContent =
    `${scriptSnippet(config, origin)}\n${noscriptImage(config, origin)}`;
  byId('snippet-iframe', HTMLElement).textContent = iframeSnippet(config, origin);
  byId('snippet-image', HTMLElement).textContent = imageSnippet(config, origin);
  byId('lien-partage', HTMLElement).textContent = link;
  byId('largeur-valeur', HTMLOutputElement).textContent = `${config.width} px`;
  byId('couleurs', HTMLElement).hidden = config.theme !== 'partenaire';
  byId('note-theme', HTMLElement).textContent = THEME_NOTES[config.theme];
  showCheck('code', checkCodes(config.code));
  showCheck('uai', checkUai(config.uai));
  showCheck('region', checkRegion(config.region));
}

function update(): void {
  apply(readForm(form));
}

function choose(patch: Partial<WidgetConfig>): void {
  const config = { ...readForm(form), ...patch };
  writeForm(form, config);
  apply(config);
}

form.addEventListener('input', update);
form.addEventListener('change', update);
form.addEventListener('submit', (event) => event.preventDefault());

const status = byId('resultats-statut', HTMLElement);
const search = {
  input: byId('recherche', HTMLInputElement),
  results: byId('resultats', HTMLUListElement),
  status,
};
diplomaSearch({
  ...search,
  onPick: (diplome) => {
    choose({ code: diplome.code });
    clearResults(search);
    status.textContent = `Diplôme choisi : ${diplome.libelle} (${diplome.code}).`;
    byId('code', HTMLInputElement).focus();
  },
});

const copyStatus = byId('copie-statut', HTMLElement);
const COPY_NAMES: Record<string, string> = {
  'snippet-script': 'Le code de la balise script',
  'snippet-iframe': 'Le code de l’iframe',
  'snippet-image': 'Le code de l’image',
  'lien-partage': 'Le lien',
};
for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  button.addEventListener('click', async () => {
    const target = button.dataset.copy ?? '';
    const text = document.getElementById(target)?.textContent ?? '';
    const copied = await copyText(text);
    // Emptied first so the same message is announced again on a second copy.
    copyStatus.textContent = '';
    copyStatus.classList.toggle('error', !copied);
    window.setTimeout(() => {
      copyStatus.textContent = copied
        ? `${COPY_NAMES[target] ?? 'Le texte'} est copié dans le presse-papiers.`
        : 'La copie a échoué : sélectionnez le code et copiez-le avec Ctrl+C (ou Cmd+C).';
    }, 50);
  });
}

logWidgetEvents(preview, byId('evenements', HTMLOListElement));

const initial = configFromQuery(window.location.search);
writeForm(form, initial);
if (initial.code !== '') apply(initial);

/** Examples worth a button: each sets the code and the place that show a state. */
const EXAMPLE_STATES = [
  'chiffres',
  'deux_voies',
  'etablissement',
  'repli_region',
  'masque',
  'seconde_commune',
  'superieur',
];

try {
  const { exemples } = await loadExemples();
  const shown = EXAMPLE_STATES.map((etat) =>
    exemples.find((exemple) => exemple.etat === etat),
  ).filter((exemple): exemple is ExempleGalerie => exemple !== undefined);
  const title = (exemple: ExempleGalerie) =>
    ETATS_MATRICE.find((etat) => etat.id === exemple.etat)?.titre ?? exemple.etat;
  render(
    html`${shown.map(
      (exemple) => html`<button
        type="button"
        class="secondary"
        @click=${() => {
          choose({ code: exemple.code, uai: exemple.uai ?? '', region: exemple.region ?? '' });
          status.textContent = `Exemple choisi : ${title(exemple)}, ${exemple.libelle ?? exemple.code}.`;
        }}
      >
        ${title(exemple)}
      </button>`,
    )}`,
    byId('exemples-atelier', HTMLElement),
  );
  const first = shown[0];
  // A code typed while the examples were loading is the user's choice: keep it.
  if (readForm(form).code === '' && first !== undefined) {
    choose({ code: first.code, uai: first.uai ?? '', region: first.region ?? '' });
  }
} catch {
  if (readForm(form).code === '') apply(readForm(form));
}
