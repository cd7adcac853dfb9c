import { type Audience, isAudience, isFiliere, type Lang } from '@inserjeunes/contract';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { audienceView, loadAudienceView } from '../audiences/audience-views.js';
import type { ViewContext } from '../audiences/view-context.js';
import { AffichageController } from '../data/affichage-controller.js';
import type { AffichageLoad } from '../data/affichage-load.js';
import { requestFromAttributes } from '../data/request-from-attributes.js';
import { resolveAudience } from '../data/resolve-audience.js';
import { inLocale, preloadLocale } from '../i18n/localization.js';
import { resolveLang } from '../i18n/resolve-lang.js';
import { audienceTitle } from '../words/audience-title.js';
import { explanationsLoaded, loadExplanations } from '../words/load-explanations.js';
import { unknownText } from '../words/state-text.js';
import { styles } from './inserjeunes-indicateurs.styles.js';
import { type LoadDetail, loadDetail } from './load-detail.js';
import type { TabsState } from './render-blocks.js';
import { renderAffichage, renderError, renderLoading, renderNoData } from './render-state.js';

/** Below this width (px), filières shown side by side would be too cramped: tabs instead. */
const NARROW = 640;

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/** Runs `task` when the page is idle (soon at the latest), or after a moment where it cannot tell. */
const whenIdle = (task: () => void) =>
  typeof requestIdleCallback === 'function'
    ? requestIdleCallback(task, { timeout: 1000 })
    : setTimeout(task, 100);

/** The state shown when the code drawing the figures (a chunk) could not be loaded. */
const VIEW_UNAVAILABLE: AffichageLoad = {
  status: 'error',
  code: 'script',
  message: 'code d’affichage indisponible',
};

/** Where the script was served from: the default API, since the API serves the script. */
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/**
 * What became of the students of a training: employment, further study and other paths,
 * from the InserJeunes and InserSup open data, for the reader the page is written for.
 *
 * @summary The indicators of one training, for a 3ème pupil, a lycéen or a student.
 *
 * @fires inserjeunes-load - Figures (or the reason there are none) are on screen. `detail`: `{ state, scope, millesime, audience, lang, fallback }`.
 * @fires inserjeunes-error - The figures cannot be shown: unknown code, wrong attribute or network error. `detail`: `{ code, message }`.
 * @fires inserjeunes-info-open - A reader opened an explanation. `detail`: `{ id, subject }`.
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
  static override styles = styles;

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
    _tab: { state: true },
    _open: { state: true },
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
  /** @internal The selected tab. */
  declare _tab: number;
  /** @internal The explanations open. */
  declare _open: ReadonlySet<string>;

  readonly #data = new AffichageController(this);
  /** What draws into the figures once rendered (the chart), when the view has any. */
  #charts: { readonly drawn: Promise<void> } | null = null;
  /** The view's chunk could not be loaded: shown as an error, with a retry. */
  #viewFailed = false;
  /** The explanations are loading, or scheduled to. */
  #explaining = false;
  #reserved = 0;
  #width = 0;
  #announced: AffichageLoad | null = null;
  /** The status last drawn. */
  #drawn: AffichageLoad['status'] | null = null;
  readonly #resize = new ResizeObserver(([entry]) => {
    const width = Math.round(entry?.contentRect.width ?? 0);
    if (width === this.#width) return;
    const narrow = width < NARROW;
    if (narrow !== this.#width < NARROW) this.requestUpdate();
    this.#width = width;
    // Heights measured at another width mean nothing now (changed after this frame's
    // observations, so the observer does not loop).
    this.#reserved = 0;
    requestAnimationFrame(() => this.#card()?.style.removeProperty('min-height'));
  });

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
    this._tab = 0;
    this._open = new Set();
    // A reader about to open an explanation: its text should be there when they do.
    for (const type of ['pointerover', 'focusin']) {
      this.addEventListener(type, () => this.#explain(), { once: true });
    }
  }

  /** Resolves once the current request has settled and its figures (and explanations) are rendered. */
  get dataComplete(): Promise<boolean> {
    return this.updateComplete
      .then(() => this.#data.settled)
      .then(() => this.updateComplete)
      .then(() => (this.#state().status === 'ready' ? this.#explain() : undefined))
      .then(() => this.updateComplete);
  }

  /** Resolves once the charts of the current figures are drawn. */
  get chartsComplete(): Promise<void> {
    return this.dataComplete.then(() => this.#charts?.drawn);
  }

  override connectedCallback(): void {
    // Ask the API first: everything else happens while it answers.
    this.#request();
    void loadAudienceView(this.#audience()).catch(() => undefined);
    preloadLocale(this.#lang());
    super.connectedCallback();
    this.#width = Math.round(this.getBoundingClientRect().width);
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize.disconnect();
  }

  protected override async scheduleUpdate(): Promise<void> {
    // Ask the API before drawing anything; an answer that comes before the next frame is
    // drawn at once, without a loading state in between.
    if (this.#request() && this.#data.state.status === 'loading' && this.#drawn !== 'loading') {
      await Promise.race([this.#data.settled, nextFrame()]);
    }
    // The code drawing this audience (higher education's is a chunk), and the texts of the
    // explanations a reader opened, are there before the render that shows them.
    const audience = this.#audience();
    if (audienceView(audience) === null) {
      await loadAudienceView(audience).then(
        () => {
          this.#viewFailed = false;
        },
        () => {
          this.#viewFailed = true;
        },
      );
    }
    if (this._open.size > 0) await this.#explain();
    this.#charts ??= audienceView(this.#audience())?.attach?.(this) ?? null;
    // Render in this widget's language, whatever language other widgets of the page use.
    await inLocale(this.#lang(), () => super.scheduleUpdate());
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    const keys = ['code', 'uai', 'region', 'millesime', 'voie', 'audience', 'api'] as const;
    if (!keys.some((key) => changed.has(key))) return;
    this._tab = 0;
    this._open = new Set();
    // Other figures: the room they need is measured afresh from their loading state.
    this.#reserved = 0;
    this.#card()?.style.removeProperty('min-height');
    if (this.audience !== '' && !isAudience(this.audience)) {
      console.warn(
        `<inserjeunes-indicateurs> audience « ${this.audience} » inconnue : attendu 3eme, lycee ou superieur`,
      );
    }
    const request = requestFromAttributes(this, SCRIPT_ORIGIN);
    if ('url' in request) this.#data.load(request.url);
    else this.#data.fail(request.state);
  }

  protected override render() {
    const lang = this.#lang();
    const audience = this.#audience();
    const view = audienceView(audience);
    const state = this.#state();
    if (state.status === 'unknown') {
      return html`<p class="state discreet" part="base" lang=${lang}>${unknownText()}</p>`;
    }
    const level = Math.min(6, Math.max(1, Math.trunc(this.headingLevel) || 2));
    const ctx: ViewContext = {
      lang,
      level: Math.min(6, level + 1),
      open: this._open,
      onInfo: this.#onInfo,
    };
    const tabs: TabsState = {
      selected: this._tab,
      // Columns need room; a narrow widget shows one filière at a time.
      always: this.#width > 0 && this.#width < NARROW,
      onSelect: this.#onTab,
      onKeydown: this.#onTabKeydown,
    };
    const title = audienceTitle(audience);
    const heading = this.noTitle
      ? nothing
      : html`<p class="title" part="title" id="title" role="heading" aria-level=${level}>${title}</p>`;
    const donnees = `${(this.api || SCRIPT_ORIGIN).replace(/\/$/, '')}/donnees`;
    const context = { ctx, tabs, donnees };
    const ready = state.status === 'ready' && view !== null;
    let body: unknown;
    if (state.status === 'error') body = renderError(donnees, this.#onRetry);
    else if (state.status === 'no-data') body = renderNoData(donnees, state.raison);
    else if (ready) body = renderAffichage(context, view, state.affichage);
    else {
      body = renderLoading(context, view, audience, {
        oneFiliere: isFiliere(this.voie),
        national: !this.uai && !this.region,
      });
    }
    return html`<section
      class="card"
      part="base"
      lang=${lang}
      aria-busy=${state.status === 'loading' || (state.status === 'ready' && !ready) ? 'true' : 'false'}
      aria-labelledby=${this.noTitle ? nothing : 'title'}
      aria-label=${this.noTitle ? title : nothing}
    >
      ${heading} ${body}
    </section>`;
  }

  protected override updated(): void {
    const state = this.#state();
    this.#drawn = state.status;
    const card = this.#card();
    if (state.status === 'loading') {
      this.#reserved = card?.getBoundingClientRect().height ?? 0;
    } else if (card && this.#reserved > 0 && state.status !== 'unknown') {
      // Never shorter than the space reserved while loading: nothing below the widget moves.
      card.style.minHeight = `${this.#reserved}px`;
    }
    const audience = this.#audience();
    const view = audienceView(audience);
    if (state.status === 'ready' && view === null) {
      // The answer called for another audience while this one was drawn: load its view.
      void loadAudienceView(audience).then(
        () => this.requestUpdate(),
        () => {
          this.#viewFailed = true;
          this.requestUpdate();
        },
      );
      return;
    }
    if (state !== this.#announced && state.status !== 'loading') {
      this.#announced = state;
      this.#announce(state);
    }
    // Figures on screen: the explanations can come now, while the page is idle.
    if (state.status === 'ready' && !this.#explaining && !explanationsLoaded()) {
      this.#explaining = true;
      whenIdle(() => void this.#explain());
    }
  }

  #announce(state: AffichageLoad): void {
    if (state.status === 'loading') return;
    if (state.status === 'unknown' || state.status === 'error') {
      if (state.status === 'unknown') {
        console.warn(
          `<inserjeunes-indicateurs code="${this.code}"> : ${state.code} — ${state.message}`,
        );
      }
      this.dispatchEvent(
        new CustomEvent('inserjeunes-error', {
          detail: { code: state.code, message: state.message },
          bubbles: true,
          composed: true,
        }),
      );
      return;
    }
    const audience = this.#audience();
    const view = audienceView(audience);
    if (view === null) return;
    const detail: LoadDetail = loadDetail(state, view, audience, this.#lang());
    this.dispatchEvent(
      new CustomEvent('inserjeunes-load', { detail, bubbles: true, composed: true }),
    );
  }

  /** Starts (or keeps) the request the attributes call for; false when they call for none. */
  #request(): boolean {
    const request = requestFromAttributes(this, SCRIPT_ORIGIN);
    if ('url' in request) this.#data.load(request.url);
    return 'url' in request;
  }

  /** What the widget shows: the request's state, unless the code to draw it could not load. */
  #state(): AffichageLoad {
    const state = this.#data.state;
    const drawable = state.status !== 'ready' && state.status !== 'loading';
    if (drawable || !this.#viewFailed || audienceView(this.#audience()) !== null) return state;
    return VIEW_UNAVAILABLE;
  }

  /** Loads the explanations' texts (once per page) and redraws with them. */
  #explain(): Promise<void> {
    if (explanationsLoaded()) return Promise.resolve();
    this.#explaining = true;
    return loadExplanations().then(
      () => {
        this.requestUpdate();
      },
      () => {
        this.#explaining = false;
      },
    );
  }

  #card(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.card');
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
    this.#viewFailed = false;
    this.#data.retry();
    this.requestUpdate();
  };

  readonly #onInfo = (event: Event): void => {
    const button = event.currentTarget as HTMLElement;
    const id = button.dataset.info ?? '';
    const open = new Set(this._open);
    if (open.delete(id)) {
      this._open = open;
      return;
    }
    open.add(id);
    this._open = open;
    const subject = button.querySelector('.sr')?.textContent ?? '';
    this.dispatchEvent(
      new CustomEvent('inserjeunes-info-open', {
        detail: { id, subject },
        bubbles: true,
        composed: true,
      }),
    );
  };

  readonly #onTab = (event: Event): void => {
    this._tab = Number((event.currentTarget as HTMLElement).dataset.index ?? 0);
  };

  readonly #onTabKeydown = (event: KeyboardEvent): void => {
    const tabs = [...this.renderRoot.querySelectorAll<HTMLElement>('[role="tab"]')];
    const moves: Record<string, number> = {
      ArrowRight: this._tab + 1,
      ArrowLeft: this._tab - 1 + tabs.length,
      Home: 0,
      End: tabs.length - 1,
    };
    const next = moves[event.key];
    if (next === undefined || tabs.length === 0) return;
    event.preventDefault();
    this._tab = next % tabs.length;
    void this.updateComplete.then(() => tabs[this._tab]?.focus());
  };
}

declare global {
  interface HTMLElementTagNameMap {
    'inserjeunes-indicateurs': InserjeunesIndicateurs;
  }
  interface HTMLElementEventMap {
    'inserjeunes-load': CustomEvent<LoadDetail>;
    'inserjeunes-error': CustomEvent<{ code: string; message: string }>;
    'inserjeunes-info-open': CustomEvent<{ id: string; subject: string }>;
  }
}
