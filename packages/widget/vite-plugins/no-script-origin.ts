import type { Plugin } from 'vite';

const ELEMENT = /src\/indicateurs\/inserjeunes-indicateurs\.ts$/;
const SCRIPT_ORIGIN = 'new URL(import.meta.url).origin';

/**
 * In the npm package, the element's code is bundled into the partner's application: the
 * address it was served from is the partner's site, not the API's. The package therefore
 * infers no API (an empty default), and a widget without `api` says so instead of asking
 * the partner's own server. Fails the build if the element no longer reads its origin so.
 */
export function noScriptOrigin(): Plugin {
  return {
    name: 'no-script-origin',
    transform(code, id) {
      if (!ELEMENT.test(id)) return null;
      if (!code.includes(SCRIPT_ORIGIN)) {
        throw new Error(`${id}: « ${SCRIPT_ORIGIN} » not found, the package would guess its API`);
      }
      return { code: code.replace(SCRIPT_ORIGIN, "''"), map: null };
    },
  };
}
