import {
  type Audience,
  inferAudience,
  isAudience,
  parseCertificationCode,
} from '@inserjeunes/contract';
import { splitCodeAttribute } from './split-code-attribute.js';

/**
 * The audience a widget is drawn for: its `audience` attribute, else the one the API
 * suggests, else, before the answer, what the first code tells (SISE → superieur, BTS and
 * higher → lycee, otherwise 3eme).
 */
export function resolveAudience(
  attribute: string,
  code: string,
  suggested: Audience | null,
): Audience {
  if (isAudience(attribute)) return attribute;
  if (suggested !== null) return suggested;
  const parsed = parseCertificationCode(splitCodeAttribute(code)[0] ?? '');
  return parsed.ok ? inferAudience(parsed.value) : '3eme';
}
