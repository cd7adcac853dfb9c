import { escapeMarkup } from '@inserjeunes/contract';

/** One documented name of the widget's public surface and what it does, in French. */
export interface ReferenceEntry {
  name: string;
  /** Values or type, shown in code font (attributes, event `detail`). */
  values?: string;
  description: string;
}

/** The element's attributes, as the integration guide documents them. */
export const ATTRIBUTS: readonly ReferenceEntry[] = [
  {
    name: 'code',
    values: 'CFD, MEFSTAT11 ou SISE',
    description:
      'Obligatoire. Le code du diplôme, avec ou sans préfixe (<code>CFD:</code>, <code>MEFSTAT11:</code>, <code>SISE:</code>) ; plusieurs codes séparés par des virgules sont additionnés. Une année de seconde commune affiche ses spécialités.',
  },
  {
    name: 'uai',
    values: '7 chiffres + 1 lettre',
    description:
      'Un établissement : ses propres chiffres pour ce diplôme, sinon ceux de sa région, sinon les chiffres nationaux. Le widget dit toujours lesquels il montre.',
  },
  {
    name: 'region',
    values: 'code INSEE ou code postal',
    description:
      'Une région (<code>84</code>, ou un code postal comme <code>69001</code>) : ses chiffres, sinon les chiffres nationaux.',
  },
  {
    name: 'millesime',
    values: '<code>2023</code> ou <code>2022_2023</code>',
    description: 'Les promotions à montrer. Par défaut, les plus récentes disponibles.',
  },
  {
    name: 'voie',
    values: 'scolaire | apprentissage | agricole | superieur',
    description:
      'Ne montrer qu’une voie de formation. Par défaut, toutes celles qui ont des chiffres.',
  },
  {
    name: 'audience',
    values: '3eme | lycee | superieur',
    description:
      'Le lecteur visé. Par défaut, déduit du diplôme : SISE → <code>superieur</code>, BTS et au-delà → <code>lycee</code>, sinon <code>3eme</code>.',
  },
  {
    name: 'lang',
    values: 'fr | en',
    description:
      'La langue du widget. Par défaut, celle de la page (attribut <code>lang</code> le plus proche).',
  },
  {
    name: 'api',
    values: 'URL',
    description:
      'L’adresse de l’API. Par défaut, l’origine qui a servi le script : inutile de la préciser avec la balise script.',
  },
  {
    name: 'heading-level',
    values: '1 à 6',
    description: 'Le niveau du titre du widget dans le plan de la page (2 par défaut).',
  },
  {
    name: 'no-title',
    values: 'booléen',
    description:
      'Masque le titre quand la page a déjà le sien ; le widget le garde comme nom accessible.',
  },
];

/** The events it fires. */
export const EVENEMENTS: readonly ReferenceEntry[] = [
  {
    name: 'inserjeunes-load',
    values: '{ state, scope, millesime, audience, lang, fallback, closed, demo }',
    description:
      'Les chiffres (ou la raison de leur absence) sont affichés. <code>state</code> vaut <code>figures</code>, <code>partial</code>, <code>withheld</code> ou <code>no-data</code>.',
  },
  {
    name: 'inserjeunes-error',
    values: '{ code, message }',
    description:
      'Les chiffres ne peuvent pas être affichés : code inconnu, attribut erroné ou erreur réseau.',
  },
  {
    name: 'inserjeunes-info-open',
    values: '{ id, subject }',
    description: 'Un lecteur a ouvert une explication (utile pour mesurer ce qui intrigue).',
  },
];

/** Its parts, styled from the page with `::part()`. */
export const PARTIES: readonly ReferenceEntry[] = [
  { name: 'base', description: 'La carte qui contient tout.' },
  { name: 'title', description: 'Le titre.' },
  { name: 'subtitle', description: 'L’intitulé de la formation.' },
  { name: 'scope', description: 'Les chiffres montrés : France, région ou établissement.' },
  {
    name: 'notice',
    description:
      'Un avertissement au-dessus des chiffres (repli, diplôme fermé, données fictives…).',
  },
  { name: 'tabs', description: 'Les onglets voie scolaire / apprentissage (public 3ème).' },
  { name: 'tab', description: 'Un onglet.' },
  { name: 'outcome', description: 'Un devenir : en emploi, en formation, autres situations.' },
  { name: 'value', description: 'Un chiffre : « 4 élèves sur 10 », « 38 % », « 1 520 € ».' },
  {
    name: 'bar',
    description: 'Une barre qui dessine un pourcentage ou une fourchette de salaires.',
  },
  { name: 'info-button', description: 'Le bouton qui ouvre une explication.' },
  { name: 'explanation', description: 'Une explication ouverte.' },
  { name: 'salary', description: 'Le bloc des salaires.' },
  { name: 'chart', description: 'Le graphique de l’emploi dans le temps (public supérieur).' },
  {
    name: 'comparison',
    description:
      'Un chiffre parmi les formations semblables : la bande de leur moitié du milieu, leur médiane, et la phrase qui le dit.',
  },
  { name: 'legend', description: 'Ce que veulent dire la bande et le trait de la médiane.' },
  {
    name: 'trend',
    description: 'L’emploi au fil des promotions publiées, dès qu’il y en a deux (public lycée).',
  },
  {
    name: 'menu',
    description:
      'Le menu sous les chiffres : télécharger en CSV, copier le lien, citer, signaler une erreur.',
  },
  {
    name: 'footer',
    description: 'La source, les promotions, le périmètre et le lien vers les explications.',
  },
  { name: 'link', description: 'Le lien « D’où viennent ces données ? ».' },
];

/** Its custom properties, set on the element or any ancestor. */
export const PROPRIETES: readonly ReferenceEntry[] = [
  { name: '--ij-color-text', values: '--text-default-grey', description: 'Couleur du texte.' },
  { name: '--ij-color-muted', values: '--text-mention-grey', description: 'Texte secondaire.' },
  {
    name: '--ij-color-accent',
    values: '--text-action-high-blue-france',
    description: 'Liens, boutons, anneau de focus, onglet choisi.',
  },
  {
    name: '--ij-color-surface',
    values: '--background-default-grey',
    description: 'Fond de la carte.',
  },
  {
    name: '--ij-color-notice',
    values: '--background-contrast-info',
    description: 'Fond des avertissements et des explications.',
  },
  {
    name: '--ij-color-border',
    values: '--border-default-grey',
    description: 'Bordures et grille du graphique.',
  },
  {
    name: '--ij-color-track',
    values: '--background-contrast-grey',
    description: 'Partie vide des barres.',
  },
  {
    name: '--ij-color-emploi',
    values: '--background-action-high-green-emeraude',
    description: 'L’emploi : pictogrammes, barres, courbe.',
  },
  {
    name: '--ij-color-formation',
    values: '--background-action-high-orange-terre-battue',
    description: 'La poursuite d’études.',
  },
  {
    name: '--ij-color-autres',
    values: '--background-action-high-purple-glycine',
    description: 'Les autres situations.',
  },
  { name: '--ij-radius', description: 'Arrondi des coins de la carte (0.5rem par défaut).' },
  { name: '--ij-spacing', description: 'Unité d’espacement intérieur (1rem par défaut).' },
];

interface Column {
  header: string;
  cell: (entry: ReferenceEntry) => string;
}

/**
 * One reference table. Names and values are plain text (escaped); descriptions are our own
 * wording with `<code>` markup, written above, never from outside.
 */
export function referenceTable(
  caption: string,
  entries: readonly ReferenceEntry[],
  valuesHeader: string | null,
): string {
  const columns: Column[] = [
    { header: 'Nom', cell: (entry) => `<code>${escapeMarkup(entry.name)}</code>` },
  ];
  if (valuesHeader !== null) {
    columns.push({
      header: valuesHeader,
      cell: (entry) =>
        entry.values === undefined
          ? '—'
          : entry.values.includes('<code>')
            ? entry.values
            : `<code>${escapeMarkup(entry.values)}</code>`,
    });
  }
  columns.push({ header: 'Rôle', cell: (entry) => entry.description });
  const head = columns
    .map((column) => `<th scope="col">${escapeMarkup(column.header)}</th>`)
    .join('');
  const rows = entries
    .map((entry) => {
      const [first, ...rest] = columns.map((column) => column.cell(entry));
      return `<tr><th scope="row">${first}</th>${rest.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
    })
    .join('\n');
  return `<div class="table-wrap"><table>
<caption>${escapeMarkup(caption)}</caption>
<thead><tr>${head}</tr></thead>
<tbody>
${rows}
</tbody></table></div>`;
}

/** The four tables of the integration guide: attributes, events, parts, custom properties. */
export function widgetReference(): Record<
  'attributs' | 'evenements' | 'parties' | 'proprietes',
  string
> {
  return {
    attributs: referenceTable('Attributs de <inserjeunes-indicateurs>', ATTRIBUTS, 'Valeurs'),
    evenements: referenceTable('Événements', EVENEMENTS, 'detail'),
    parties: referenceTable('Parties stylables avec ::part()', PARTIES, null),
    proprietes: referenceTable(
      'Propriétés personnalisées (et jeton de l’État repris quand la page le définit)',
      PROPRIETES,
      'Jeton repris',
    ),
  };
}
