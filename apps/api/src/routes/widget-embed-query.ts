import {
  type Audience,
  isAudience,
  isFiliere,
  LANGS,
  type Lang,
  type ParseResult,
  parseCertificationCode,
  parseMillesime,
  parseRegion,
  parseUai,
  splitCodes,
} from '@inserjeunes/contract';

/**
 * The looks the embed page can give the widget, since an iframe cannot inherit its page's:
 * dark, light, the reader's system setting, or the French state design system's tokens.
 */
export const EMBED_THEMES = ['sombre', 'clair', 'auto', 'dsfr'] as const;
export type EmbedTheme = (typeof EMBED_THEMES)[number];

/** The widget's attributes, as the embed page's query parameters carry them. */
export interface EmbedQuery {
  code: string;
  uai: string | null;
  region: string | null;
  millesime: string | null;
  voie: string | null;
  audience: Audience | null;
  lang: Lang;
  headingLevel: number | null;
  noTitle: boolean;
  /** Absent, the widget's own light colours. */
  theme: EmbedTheme | null;
}

const fail = (name: string, reason: string): ParseResult<never> => ({
  ok: false,
  reason: `paramètre « ${name} » invalide : ${reason}`,
});

/**
 * Reads and checks the embed page's parameters, each as the API would: a page that holds
 * the widget must never carry a value the widget would not accept. Unknown parameters
 * (a partner's tracking tags) are ignored.
 */
export function readEmbedQuery(params: URLSearchParams): ParseResult<EmbedQuery> {
  const get = (name: string) => {
    const value = params.get(name)?.trim() ?? '';
    return value === '' ? null : value;
  };
  const rawCode = get('code');
  if (rawCode === null) return fail('code', 'obligatoire (un code CFD, MEFSTAT11 ou SISE)');
  const codes = splitCodes(rawCode);
  for (const code of codes) {
    const parsed = parseCertificationCode(code);
    if (!parsed.ok) return fail('code', parsed.reason);
  }
  const checks: [string, (value: string) => ParseResult<unknown>][] = [
    ['uai', parseUai],
    ['region', parseRegion],
    ['millesime', parseMillesime],
  ];
  for (const [name, parse] of checks) {
    const value = get(name);
    if (value === null) continue;
    const parsed = parse(value);
    if (!parsed.ok) return fail(name, parsed.reason);
  }
  const voie = get('voie');
  if (voie !== null && !isFiliere(voie)) {
    return fail('voie', 'attendu scolaire, apprentissage, agricole ou superieur');
  }
  const audience = get('audience');
  if (audience !== null && !isAudience(audience)) {
    return fail('audience', 'attendu 3eme, lycee ou superieur');
  }
  const lang = get('lang') ?? 'fr';
  if (!(LANGS as readonly string[]).includes(lang)) return fail('lang', 'attendu fr ou en');
  const level = get('heading-level');
  if (level !== null && !/^[1-6]$/.test(level)) {
    return fail('heading-level', 'attendu un niveau de titre de 1 à 6');
  }
  const noTitle = get('no-title');
  if (noTitle !== null && !['true', 'false', '1', '0'].includes(noTitle)) {
    return fail('no-title', 'attendu true ou false');
  }
  const theme = get('theme');
  if (theme !== null && !(EMBED_THEMES as readonly string[]).includes(theme)) {
    return fail('theme', 'attendu sombre, clair, auto ou dsfr');
  }
  return {
    ok: true,
    value: {
      code: codes.join(','),
      uai: get('uai')?.toUpperCase() ?? null,
      region: get('region'),
      millesime: get('millesime'),
      voie,
      audience,
      lang: lang as Lang,
      headingLevel: level === null ? null : Number(level),
      noTitle: noTitle === 'true' || noTitle === '1',
      theme: theme as EmbedTheme | null,
    },
  };
}
