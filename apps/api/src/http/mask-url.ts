/**
 * Names of query parameters that carry a secret, compared once URL-decoded, lower-cased and
 * with `-`, `_` and `.` removed: `api_key`, `API-Key`, `api%5Fkey`, `x_api_key`, `cle_api`,
 * `access_token`, `jeton`, `auth`, `password`…
 */
const SECRET_NAME =
  /^(?:x)?(?:api)?(?:key|cle|cleapi|apikey|token|accesstoken|refreshtoken|idtoken|jeton|auth|authorization|bearer|secret|clientsecret|password|motdepasse|mdp|signature|sig|session|sessionid|jwt)$/;

const MASK = '[masquée]';

/** Whether a query parameter's name says it carries a secret, however it is encoded or cased. */
export function isSecretName(name: string): boolean {
  return SECRET_NAME.test(normalise(decode(name)));
}

/**
 * The path and query of a URL as they may be written to a log: the value of every
 * secret-named parameter, and every secret-shaped value anywhere, replaced by `[masquée]`.
 * Runs in time linear in the URL's length.
 */
export function maskUrl(pathAndQuery: string): string {
  const start = pathAndQuery.indexOf('?');
  const path = start < 0 ? pathAndQuery : pathAndQuery.slice(0, start);
  const masked = maskValues(path);
  if (start < 0) return masked;
  const pairs = pathAndQuery
    .slice(start + 1)
    .split('&')
    .map((pair) => {
      const equals = pair.indexOf('=');
      const name = equals < 0 ? pair : pair.slice(0, equals);
      if (equals >= 0 && isSecretName(name)) return `${name}=${MASK}`;
      return maskValues(pair);
    });
  return `${masked}?${pairs.join('&')}`;
}

/** A run of characters a token is made of; everything else separates runs. */
const TOKEN_RUN = /[0-9A-Za-z._-]+/g;

/**
 * Replaces the runs that look like a secret wherever they stand in a URL (path or query): our
 * own keys (`ij_` + 8 hex + `_` + the secret), JSON web tokens (`eyJ…` with dots), and any
 * dot-free piece of 32 characters or more mixing letters and digits (random tokens). The
 * domain's codes (7 to 11 characters) are far shorter. One pass, no backtracking.
 */
function maskValues(text: string): string {
  return text.replace(TOKEN_RUN, (run) => (looksSecret(run) ? MASK : run));
}

function looksSecret(run: string): boolean {
  if (run.startsWith('ij_') && run.length >= 32) return true;
  if (run.startsWith('eyJ') && run.includes('.')) return true;
  return run.split('.').some((piece) => piece.length >= 32 && mixesLettersAndDigits(piece));
}

function mixesLettersAndDigits(piece: string): boolean {
  let letter = false;
  let digit = false;
  for (let i = 0; i < piece.length && !(letter && digit); i += 1) {
    const code = piece.charCodeAt(i);
    if (code >= 48 && code <= 57) digit = true;
    else if ((code | 32) >= 97 && (code | 32) <= 122) letter = true;
  }
  return letter && digit;
}

function normalise(name: string): string {
  return name.toLowerCase().replace(/[-_.\s]/g, '');
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
