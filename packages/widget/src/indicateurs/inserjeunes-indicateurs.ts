import { type Audience, isFiliere, type Lang } from '@inserjeunes/contract';
import { html, LitElement, type PropertyValues } from 'lit';
import { AudienceViewController } from '../audiences/audience-view-controller.js';
import { AffichageController } from '../data/affichage-controller.js';
import type { AffichageLoad } from '../data/affichage-load.js';
import { requestFromAttributes } from '../data/request-from-attributes.js';
import { resolveAudience } from '../data/resolve-audience.js';
import { warnUnknownAudience } from '../data/warn-unknown-audience.js';
import type { InserjeunesErrorEvent } from '../events/inserjeunes-error-event.js';
import type { InserjeunesInfoOpenEvent } from '../events/inserjeunes-info-open-event.js';
import type { InserjeunesLoadEvent } from '../events/inserjeunes-load-event.js';
import { inLocale, preloadLocale } from '../i18n/localization.js';
import { resolveLang } from '../i18n/resolve-lang.js';
import { audienceTitle } from '../words/audience-title.js';
import { ExplanationsController } from '../words/explanations-controller.js';
import { unknownText } from '../words/state-text.js';
import { announcement } from './announcement.js';
import { figuresStyles } from './figures.styles.js';
import { styles } from './inserjeunes-indicateurs.styles.js';
import { renderCard } from './render-card.js';
import { renderBody, trainingName } from './render-state.js';
import { ReservedHeightController } from './reserved-height-controller.js';
import { reservedRoomStyles } from './reserved-room.styles.js';
import { TabsController } from './tabs-controller.js';
import { roomFor, type WidgetFrame, widgetFrame } from './widget-frame.js';

/** The attributes that call for other figures. */
const REQUEST_KEYS = ['code', 'uai', 'region', 'millesime', 'voie', 'audience', 'api'] as const;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Where the script was served from: the default API, since the API serves the script. */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/**
 * What became of the students of a training: employment, further study and other paths,
 * from the InserJeunes and InserSup open data, for the reader the page is written for.
 *
 * @summary The indicators of one training, for a 3ème pupil, a lycéen or a student.
 *
 * @fires {InserjeunesLoadEvent} inserjeunes-load - Figures (or the reason there are none) are on screen. `detail`: `{ state, scope, millesime, audience, lang, fallback }`.
 * @fires {InserjeunesErrorEvent} inserjeunes-error - The figures cannot be shown: unknown code, wrong attribute or network error. `detail`: `{ code, message }`.
 * @fires {InserjeunesInfoOpenEvent} inserjeunes-info-open - A reader opened an explanation. `detail`: `{ id, subject }`.
 *
 * @csspart base - The card around everything.
 * @csspart title - The heading.
 * @csspart subtitle - The training's name.
 * @csspart scope - Which figures are shown (national, a region, an establishment).
 * @csspart notice - A notice above the figures (fallback, closed diploma, demo data…).
 * @csspart tabs - The tab list (school route / apprenticeship) of the 3ème variant.
 * @csspart tab - One tab.
 * @csspart outcome - One outcome (employment, further study, other paths…).
 * @csspart value - A figure: "4 élèves sur 10", "38 %", "1 520 €".
 * @csspart bar - A bar drawing a percentage or a salary range.
 * @csspart info-button - The button that opens an explanation.
 * @csspart explanation - An explanation, once opened.
 * @csspart salary - The salary block.
 * @csspart chart - The chart of employment over time (supérieur).
 * @csspart comparison - A figure among similar trainings: the band of their middle half, their median, in words too.
 * @csspart legend - What the band and the median mark mean.
 * @csspart trend - Employment over the millésimes held (lycée).
 * @csspart menu - The menu under the figures: download as CSV, copy the link, cite, report an error.
 * @csspart footer - Source, promotions, scope and the link about the data.
 * @csspart link - The link to the page explaining the data.
 *
 * @cssproperty --ij-color-text - Text colour.
 * @cssproperty --ij-color-muted - Secondary text colour.
 * @cssproperty --ij-color-accent - Links, buttons, focus ring, selected tab.
 * @cssproperty --ij-color-surface - Background of the card.
 * @cssproperty --ij-color-notice - Background of notices and explanations.
 * @cssproperty --ij-color-border - Borders and chart grid.
 * @cssproperty --ij-color-track - Empty part of the bars.
 * @cssproperty --ij-color-emploi - Employment (pictograms, bars, chart line).
 * @cssproperty --ij-color-formation - Further study.
 * @cssproperty --ij-color-autres - Other paths.
 * @cssproperty --ij-radius - Corner radius of the card.
 * @cssproperty --ij-spacing - Inner spacing unit.
 */
export class InserjeunesIndicateurs extends LitElement {
  static override styles = [styles, figuresStyles, reservedRoomStyles];

  // Strings are Lit's default: their attributes are read as they are.
  static override properties = {
    code: {},
    uai: {},
    region: {},
    millesime: {},
    voie: {},
    audience: {},
    lang: {},
    api: {},
    headingLevel: { type: Number, attribute: 'heading-level' },
    noTitle: { type: Boolean, attribute: 'no-title' },
  };

  /** The certification code(s): CFD, MEFSTAT11 or SISE, prefixed or not, several separated by `,`. Required. */
  declare code: string;
  /** An establishment (UAI): its own figures, else its region's, else the national ones. */
  declare uai: string;
  /** A region, as an INSEE code (`53`) or a postal code (`35000`). */
  declare region: string;
  /** The promotions to show (`2023` or `2022_2023`); the latest by default. */
  declare millesime: string;
  /** Only one route: `scolaire`, `apprentissage`, `agricole` or `superieur`. */
  declare voie: string;
  /** The reader: `3eme`, `lycee` or `superieur`; inferred from the diploma when absent. */
  declare audience: string;
  /** `fr` or `en`; the page's language by default. */
  declare lang: string;
  /** Base URL of the API; by default the origin that served the script. */
  declare api: string;
  /** The level of the widget's heading (1 to 6, default 2). */
  declare headingLevel: number;
  /** Hides the heading (the page has its own); the card keeps it as its accessible name. */
  declare noTitle: boolean;

  readonly #data = new AffichageController(this, () => requestFromAttributes(this, SCRIPT_ORIGIN));
  readonly #views = new AudienceViewController(this, () => this.#audience());
  readonly #room = new ReservedHeightController(this, () => roomFor(this.#frame));
  readonly #tabs = new TabsController(this);
  readonly #explanations = new ExplanationsController(
    this,
    () => this.#frame.load.status === 'ready' && this.#frame.view !== null,
  );
  /** What the last update drew (read once per update, in `willUpdate`). */
  #frame: WidgetFrame = widgetFrame({ status: 'loading' }, '3eme', null, 'fr', false);
  /** Whether anything was drawn yet. */
  #drawn = false;
  /** The answer last announced by an event. */
  #announced: AffichageLoad | null = null;
  /** Whether the element was in the page when it was defined (upgraded, not created). */
  readonly #upgraded = this.isConnected;

  constructor() {
    super();
    this.code = '';
    this.uai = '';
    this.region = '';
    this.millesime = '';
    this.voie = '';
    this.audience = '';
    this.lang = '';
    this.api = '';
    this.headingLevel = 2;
    this.noTitle = false;
  }

  /** Resolves once the current request has settled and its figures (and explanations) are rendered. */
  get dataComplete(): Promise<boolean> {
    return this.updateComplete
      .then(() => this.#data.settled)
      .then(() => this.updateComplete)
      .then(() => (this.#frame.load.status === 'ready' ? this.#explanations.load() : undefined))
      .then(() => this.updateComplete);
  }

  /** Resolves once the charts of the current figures are drawn. */
  get chartsComplete(): Promise<void> {
    return this.dataComplete.then(() => this.#views.drawn);
  }

  override connectedCallback(): void {
    // An element the page held before the script ran has all its attributes: its request
    // leaves first, before the controllers' own connection work (the view's chunk, the first
    // measure of the width). One a script inserts may get its attributes just after: it asks
    // at its first update.
    if (this.#upgraded) this.#data.sync();
    preloadLocale(this.#lang());
    super.connectedCallback();
  }

  protected override async scheduleUpdate(): Promise<void> {
    // Ask the API before drawing anything; an answer that comes before the next frame is
    // drawn at once, without a loading state in between.
    const waiting = this.#data.sync() && this.#data.state.status === 'loading';
    const loadingShown = this.#drawn && this.#frame.load.status === 'loading';
    if (waiting && !loadingShown) await Promise.race([this.#data.settled, nextFrame()]);
    // The code drawing this audience (higher education's is a chunk), and the texts of the
    // explanations a reader opened, are there before the render that shows them.
    const viewHere = this.#views.view !== null;
    await this.#views.prepare();
    // The view's chunk also holds the answer's checks: an answer that came before the chunk
    // is read as soon as the chunk is, and drawn at once, rather than a loading state drawn
    // for a single frame while the figures wait behind it.
    if (!viewHere && !loadingShown && this.#data.state.status === 'loading') {
      await Promise.race([this.#data.settled, nextFrame()]);
    }
    await this.#explanations.prepare();
    // Render in this widget's language, whatever language other widgets of the page use.
    await inLocale(this.#lang(), () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (REQUEST_KEYS.some((key) => changed.has(key))) {
      this.#tabs.reset();
      this.#explanations.reset();
      this.#room.reset();
      warnUnknownAudience(this.audience);
    }
    const { view, failed } = this.#views;
    this.#frame = widgetFrame(this.#data.state, this.#audience(), view, this.#lang(), failed);
  }

  protected override render() {
    const frame = this.#frame;
    const { load, audience, view, lang } = frame;
    if (load.status === 'unknown') {
      return html`<p class="state discreet" part="base" lang=${lang}>${unknownText()}</p>`;
    }
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const { open, onInfo } = this.#explanations;
    const ctx = { lang, level: Math.min(6, level + 1), open, onInfo };
    const { selected, onSelect, onKeydown } = this.#tabs;
    const tabs = { selected, always: this.#room.narrow, onSelect, onKeydown };
    const donnees = `${(this.api || SCRIPT_ORIGIN).replace(/\/$/, '')}/donnees/lecteur`;
    const shape = { oneFiliere: isFiliere(this.voie), national: !this.uai && !this.region };
    const body = renderBody({ ctx, tabs, donnees }, frame, shape, this.#onRetry);
    const busy = load.status === 'loading' || (load.status === 'ready' && view === null);
    const title = audienceTitle(audience);
    const training =
      load.status === 'ready' && frame.described ? trainingName(load.affichage) : null;
    return renderCard({ lang, level, title, noTitle: this.noTitle, busy, training }, body);
  }

  protected override updated(): void {
    this.#drawn = true;
    const { load, view } = this.#frame;
    // The answer called for another audience while this one was drawn: load its view.
    if (load.status === 'ready' && view === null) this.#views.loadMissing();
    else if (load !== this.#announced) {
      const event = announcement(this.#frame, this.code);
      if (event !== null) this.dispatchEvent(event);
      this.#announced = load;
    }
  }

  #lang(): Lang {
    return resolveLang(this, this.lang);
  }

  #audience(): Audience {
    const state = this.#data.state;
    const suggested = state.status === 'ready' ? state.affichage.audience_suggeree : null;
    return resolveAudience(this.audience, this.code, suggested);
  }

  readonly #onRetry = (): void => {
    this.#views.retry();
    this.#data.retry();
    this.requestUpdate();
    // The button goes with the error: the focus stays in the widget, on its card.
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('.card')?.focus(),
    );
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'inserjeunes-indicateurs': InserjeunesIndicateurs;
  }
  interface HTMLElementEventMap {
    'inserjeunes-load': InserjeunesLoadEvent;
    'inserjeunes-error': InserjeunesErrorEvent;
    'inserjeunes-info-open': InserjeunesInfoOpenEvent;
  }
}
