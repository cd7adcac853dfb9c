import { defineConfig } from 'vite';
import { minifyTemplates } from './vite-plugins/minify-templates.js';
import { partnerStylesheetPlugin } from './vite-plugins/partner-stylesheet.js';
import { plainDynamicImports } from './vite-plugins/plain-dynamic-imports.js';

/**
 * The modules of the `figures` chunk: what turns an answer into 3eme or lycee figures,
 * none of it imported by the entry (`src/build.test.ts` checks the entry stays without).
 */
const FIGURES = [
  'widget/src/audiences/figures-kit',
  'widget/src/audiences/lycee',
  'widget/src/audiences/troisieme',
  'widget/src/data/describe-affichage',
  'widget/src/data/parse-response',
  'widget/src/generated/validators',
  'widget/src/indicateurs/render-affichage',
  'widget/src/parts/info-disclosure',
  'widget/src/parts/notice-list',
  'widget/src/parts/percent-bar',
  'widget/src/parts/percent-value',
  'widget/src/parts/pictograms',
  'widget/src/parts/salary-range',
  'widget/src/parts/section-heading',
  'widget/src/people/people-out-of-ten',
  'widget/src/people/ten-people',
  'widget/src/words/notice-text',
  'widget/src/words/number-format',
  'widget/src/words/people-phrase',
  'widget/src/words/scope-label',
  'contract/src/rates/horizons',
  'contract/src/rates/publication-rule',
].map((module) => `/packages/${module}.ts`);

// App mode (not library mode) so the ES output is minified. Entries keep stable names,
// so partner pages can point at them; lazily loaded chunks carry a content hash and are
// cached for a year.
export default defineConfig({
  base: './',
  publicDir: 'public',
  plugins: [minifyTemplates(), plainDynamicImports(), partnerStylesheetPlugin()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    modulePreload: false,
    reportCompressedSize: false,
    rolldownOptions: {
      input: {
        'inserjeunes-indicateurs': 'src/entry.ts',
        embed: 'src/embed/embed.ts',
        'embed-frame': 'src/embed/embed-frame.ts',
      },
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
        // What turns an answer into 3eme or lycee figures is one chunk, asked for with the
        // API call: split further, its parts would be fetched one after the other.
        codeSplitting: {
          includeDependenciesRecursively: false,
          groups: [{ name: 'figures', test: (id) => FIGURES.some((end) => id.endsWith(end)) }],
        },
      },
    },
  },
});
