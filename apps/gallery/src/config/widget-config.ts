import { AUDIENCES, type Audience, FILIERES, LANGS, type Lang } from '@inserjeunes/contract';
import {
  DEFAULT_PARTNER_COLOURS,
  isThemeId,
  PARTNER_COLOUR_KEYS,
  type PartnerColours,
  type ThemeId,
} from '../themes/themes.js';

/** Everything the playground lets a designer choose, as the URL carries it. */
export interface WidgetConfig {
  code: string;
  uai: string;
  region: string;
  millesime: string;
  voie: string;
  /** Empty: let the widget infer it from the diploma. */
  audience: Audience | '';
  lang: Lang;
  theme: ThemeId;
  colours: PartnerColours;
  /** Width of the preview, in CSS pixels. */
  width: number;
  /** Which embedding the preview uses. */
  mode: 'script' | 'iframe';
}

export const MIN_WIDTH = 280;
export const MAX_WIDTH = 1000;

export const DEFAULT_CONFIG: WidgetConfig = {
  code: '',
  uai: '',
  region: '',
  millesime: '',
  voie: '',
  audience: '',
  lang: 'fr',
  theme: 'sobre',
  colours: DEFAULT_PARTNER_COLOURS,
  width: 480,
  mode: 'script',
};

/** Longest value kept from the URL for a free-text field (several codes fit). */
const MAX_TEXT = 200;
const COLOUR = /^#[0-9a-f]{6}$/i;

const TEXT_KEYS = ['code', 'uai', 'region', 'millesime'] as const;

/**
 * Reads a configuration from a query string. The URL is outside data: each value is kept
 * only if it is one the playground could have written, else the default stands.
 */
export function configFromQuery(search: string): WidgetConfig {
  const params = new URLSearchParams(search);
  const text = (key: string) => (params.get(key) ?? '').trim().slice(0, MAX_TEXT);
  const config: WidgetConfig = { ...DEFAULT_CONFIG, colours: { ...DEFAULT_CONFIG.colours } };
  for (const key of TEXT_KEYS) config[key] = text(key);
  const voie = text('voie');
  if ((FILIERES as readonly string[]).includes(voie)) config.voie = voie;
  const audience = text('audience');
  config.audience = (AUDIENCES as readonly string[]).includes(audience)
    ? (audience as Audience)
    : '';
  const lang = text('lang');
  if ((LANGS as readonly string[]).includes(lang)) config.lang = lang as Lang;
  const theme = text('theme');
  if (isThemeId(theme)) config.theme = theme;
  for (const key of PARTNER_COLOUR_KEYS) {
    const colour = text(key);
    if (COLOUR.test(colour)) config.colours[key] = colour.toLowerCase();
  }
  const width = Number.parseInt(text('largeur'), 10);
  if (Number.isFinite(width)) config.width = clampWidth(width);
  if (text('integration') === 'iframe') config.mode = 'iframe';
  return config;
}

/** Writes a configuration as a query string, leaving out defaults so shared links stay short. */
export function configToQuery(config: WidgetConfig): string {
  const params = new URLSearchParams();
  for (const key of [...TEXT_KEYS, 'voie', 'audience', 'lang', 'theme'] as const) {
    const value = config[key].trim();
    if (value !== DEFAULT_CONFIG[key]) params.set(key, value);
  }
  if (config.theme === 'partenaire') {
    for (const key of PARTNER_COLOUR_KEYS) {
      if (config.colours[key] !== DEFAULT_CONFIG.colours[key]) params.set(key, config.colours[key]);
    }
  }
  if (config.width !== DEFAULT_CONFIG.width) params.set('largeur', String(config.width));
  if (config.mode !== DEFAULT_CONFIG.mode) params.set('integration', config.mode);
  return params.toString();
}

export function clampWidth(width: number): number {
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.round(width)));
}
