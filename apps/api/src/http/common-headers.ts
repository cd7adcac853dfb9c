/**
 * The security headers every answer carries unless its route set its own (the embed page and
 * the gallery set their policies). Public data is meant for every site, hence
 * `Cross-Origin-Resource-Policy: cross-origin`; framing is decided per answer below. Names are
 * lower-case: they are looked up in plain records too.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'cross-origin-resource-policy': 'cross-origin',
  'referrer-policy': 'no-referrer',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'x-content-type-options': 'nosniff',
};

/**
 * What only a document (HTML) reads: its browsing-context group, its agent cluster, the DNS
 * look-ups of its links, the cross-domain policies of plug-ins it loads. A data answer (JSON,
 * CSV, an image) opens no window and has no links: it goes without them, four fields fewer
 * to write and read on every answer of the API (ADR 61).
 */
export const DOCUMENT_HEADERS: Readonly<Record<string, string>> = {
  'cross-origin-opener-policy': 'same-origin',
  'origin-agent-cluster': '?1',
  'x-dns-prefetch-control': 'off',
  'x-permitted-cross-domain-policies': 'none',
};

/** What a data answer (JSON, CSV) allows: nothing, framing included. */
const DATA_POLICY = "default-src 'none'; frame-ancestors 'none'";
const ALLOWS_FRAMING = /frame-ancestors(?! 'none')/;

/**
 * Adds the security headers an answer lacks, given how to read (`get`, lower-case names) and
 * write its headers: the common ones, a document's own on HTML, a policy allowing nothing on
 * data answers (not HTML),
 * and `X-Frame-Options: DENY` unless the answer's policy lets some `frame-ancestors` in.
 */
export function addSecurityHeaders(
  get: (name: string) => string | null | undefined,
  set: (name: string, value: string) => void,
): void {
  for (const name in SECURITY_HEADERS) {
    if (get(name) == null) set(name, SECURITY_HEADERS[name] ?? '');
  }
  const document = (get('content-type') ?? '').startsWith('text/html');
  if (document) {
    for (const name in DOCUMENT_HEADERS) {
      if (get(name) == null) set(name, DOCUMENT_HEADERS[name] ?? '');
    }
  }
  let policy = get('content-security-policy');
  if (policy == null && !document) {
    policy = DATA_POLICY;
    set('content-security-policy', policy);
  }
  if (get('x-frame-options') == null && !ALLOWS_FRAMING.test(policy ?? '')) {
    set('x-frame-options', 'DENY');
  }
}
