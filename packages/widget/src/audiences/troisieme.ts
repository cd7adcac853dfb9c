import { HEADLINE_FIGURE_KEYS } from '@inserjeunes/contract';
import { msg } from '@lit/localize';
import { html } from 'lit';
import { attachContext, inContext } from '../context/context-chunk.js';
import { explanation, infoButton } from '../parts/info-disclosure.js';
import type { Outcome } from '../parts/percent-bar.js';
import { pictograms } from '../parts/pictograms.js';
import { peopleOutOfTen } from '../people/people-out-of-ten.js';
import { tenPeople } from '../people/ten-people.js';
import type { ExplanationKey } from '../words/explanations.js';
import { filiereLabel } from '../words/filiere-label.js';
import { learnersOf } from '../words/learners.js';
import { formatPercent } from '../words/number-format.js';
import { peoplePhrase } from '../words/people-phrase.js';
import type { AudienceView, BlockFigures } from './audience-view.js';
import type { ViewContext } from './view-context.js';

interface OutcomeWords {
  outcome: Outcome;
  key: 'taux_en_emploi_6_mois' | 'taux_en_formation' | 'taux_autres_6_mois';
  /** What they do, after "N élèves sur 10": singular or plural. */
  verb(singular: boolean): string;
  /** What the outcome is called when its figure is missing or explained. */
  name(): string;
  explanation: ExplanationKey;
}

const OUTCOMES: readonly OutcomeWords[] = [
  {
    outcome: 'emploi',
    key: 'taux_en_emploi_6_mois',
    verb: (singular) => (singular ? msg('travaille') : msg('travaillent')),
    name: () => msg('travaillent'),
    explanation: 'emploi3eme',
  },
  {
    outcome: 'formation',
    key: 'taux_en_formation',
    verb: (singular) => (singular ? msg('continue ses études') : msg('continuent leurs études')),
    name: () => msg('continuent leurs études'),
    explanation: 'formation3eme',
  },
  {
    outcome: 'autres',
    key: 'taux_autres_6_mois',
    verb: (singular) => (singular ? msg('fait autre chose') : msg('font autre chose')),
    name: () => msg('font autre chose'),
    explanation: 'autres3eme',
  },
];

function renderBlock(block: BlockFigures, ctx: ViewContext, key: string) {
  const shares = OUTCOMES.map(({ key }) => block[key]);
  const known = shares.reduce<number>((sum, share) => sum + (share ?? 0), 0);
  // A missing figure keeps its people, drawn as unknown, so the others stay out of ten.
  const people = peopleOutOfTen([...shares.map((share) => share ?? 0), Math.max(0, 100 - known)]);
  const kinds = OUTCOMES.map(({ outcome }) => outcome);
  const learners = learnersOf(block);
  const { contexte } = block;
  const parts = inContext();
  return html`<div class="people" aria-hidden="true">
      ${pictograms(tenPeople(people, kinds, 'inconnu'), key)}
    </div>
    <ul class="outcomes" role="list">
      ${OUTCOMES.map((words, i) => {
        const share = shares[i] ?? null;
        const id = `${key}-${words.outcome}`;
        const phrase = peoplePhrase(people[i] ?? 0, learners, share ?? 0);
        return html`<li class="outcome" part="outcome">
          <span class="swatch ${words.outcome}" aria-hidden="true"></span>
          <span class="text">
            ${
              share === null
                ? html`<span part="value">${msg('Chiffre non publié')}</span> : ${words.name()}`
                : html`<span part="value">${phrase.text} ${words.verb(phrase.singular)}</span>
                    <span class="pct">(${formatPercent(share, ctx.lang)})</span>`
            }
          </span>
          ${infoButton(ctx, id, words.name())}
          ${share === null ? null : parts?.situatingLine(contexte, words.key)}
          ${explanation(ctx, id, words.explanation)}
        </li>`;
      })}
    </ul>
    ${parts?.blockClosing(
      contexte,
      OUTCOMES.map(({ key }) => key),
      false,
    )}
    ${parts?.countLine(contexte, learners, ctx.lang)}`;
}

/**
 * For a 14-year-old choosing a CAP or a bac pro: ten people, "N sur 10" in plain words,
 * school route and apprenticeship as tabs.
 */
export const troisieme: AudienceView = {
  headline: HEADLINE_FIGURE_KEYS['3eme'],
  figures: OUTCOMES.map(({ key }) => key),
  layout: 'tabs',
  typicalBlocks: 2,
  filiereLabel: (filiere) => {
    if (filiere === 'scolaire') return msg('Au lycée professionnel');
    if (filiere === 'apprentissage') return msg('En apprentissage');
    return filiereLabel(filiere);
  },
  renderBlock,
  attach: attachContext,
};
