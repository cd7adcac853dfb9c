import type { Plugin } from 'vite';

const PRELOAD_HELPER = '\0vite/preload-helper.js';

/**
 * Vite wraps every dynamic import in a helper that preloads the chunk's dependencies
 * (about 0.6 KB gzip in the entry). The widget's chunks have none to preload
 * (`modulePreload: false`): the helper here only calls the import.
 */
export function plainDynamicImports(): Plugin {
  return {
    name: 'plain-dynamic-imports',
    enforce: 'pre',
    resolveId(id) {
      return id === PRELOAD_HELPER || id === 'vite/preload-helper.js' ? PRELOAD_HELPER : null;
    },
    load(id) {
      return id === PRELOAD_HELPER ? 'export const __vitePreload = (load) => load();' : null;
    },
  };
}
