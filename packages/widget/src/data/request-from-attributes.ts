import { parseCertificationCode } from '@inserjeunes/contract';
import type { AffichageLoad } from './affichage-load.js';
import { affichageUrl } from './affichage-url.js';
import { resolveAudience } from './resolve-audience.js';
import { splitCodeAttribute } from './split-code-attribute.js';

/**
 * The API's address as an absolute URL: a full `http(s)` address, or a path of the page's
 * site (`/proxy`); null for anything else ("api.exemple.fr" lacks its scheme).
 */
function apiAddress(value: string): string | null {
  try {
    const url = /^\.{0,2}\//.test(value) ? new URL(value, document.baseURI) : new URL(value);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export interface WidgetAttributes {
  code: string;
  uai: string;
  region: string;
  millesime: string;
  voie: string;
  audience: string;
  api: string;
}

/** A URL to fetch, or the state to show at once when the attributes cannot make one. */
export type AffichageRequest =
  | { url: string }
  | { state: Extract<AffichageLoad, { status: 'unknown' }> };

/**
 * The request the attributes call for, or the state to show at once when they cannot make
 * one (no code, a code no API would know, no API to ask): no need to ask the API about those.
 * `defaultApi` is the origin that served the script, or empty when it cannot be told (the
 * npm package, bundled into the partner's application).
 */
export function requestFromAttributes(
  attributes: WidgetAttributes,
  defaultApi: string,
): AffichageRequest {
  const codes = splitCodeAttribute(attributes.code);
  const first = codes[0];
  if (first === undefined) {
    return { state: { status: 'unknown', code: 'code_absent', message: 'attribut code absent' } };
  }
  const parsed = parseCertificationCode(first);
  if (!parsed.ok) {
    return { state: { status: 'unknown', code: 'parametre_invalide', message: parsed.reason } };
  }
  const api = attributes.api.trim() || defaultApi;
  if (api === '') {
    // The npm package cannot tell where the API is: its code runs from the partner's site.
    const message =
      'attribut api absent : donnez l’adresse de l’API InserJeunes, par exemple api="https://…"';
    return { state: { status: 'unknown', code: 'api_absent', message } };
  }
  const address = apiAddress(api);
  if (address === null) {
    const message = `attribut api « ${api} » invalide : attendu une adresse complète, par exemple https://…`;
    return { state: { status: 'unknown', code: 'api_invalide', message } };
  }
  const url = affichageUrl(address, {
    codes,
    uai: attributes.uai,
    region: attributes.region,
    millesime: attributes.millesime,
    voie: attributes.voie,
    audience: resolveAudience(attributes.audience, attributes.code, null),
  });
  return { url };
}
