import { parseCertificationCode } from '@inserjeunes/contract';
import type { AffichageLoad } from './affichage-load.js';
import { affichageUrl } from './affichage-url.js';
import { resolveAudience } from './resolve-audience.js';
import { splitCodeAttribute } from './split-code-attribute.js';

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
 * one (no code, or a code no API would know): no need to ask the API about those.
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
  const url = affichageUrl(attributes.api || defaultApi, {
    codes,
    uai: attributes.uai,
    region: attributes.region,
    millesime: attributes.millesime,
    voie: attributes.voie,
    audience: resolveAudience(attributes.audience, attributes.code, null),
  });
  return { url };
}
