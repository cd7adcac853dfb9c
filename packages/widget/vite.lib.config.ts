import { defineConfig } from 'vite';
import { minifyTemplates } from './vite-plugins/minify-templates.js';
import { noScriptOrigin } from './vite-plugins/no-script-origin.js';
import { plainDynamicImports } from './vite-plugins/plain-dynamic-imports.js';

/** Dependencies a partner's application installs with the package (see package.json). */
const EXTERNAL = /^(lit|@lit\/localize|chart\.js)(\/|$)/;

// The npm package (`lib/`): ES modules for the partner's bundler, not minified. What the
// widget takes from the contract is bundled in (the contract package is private), lit,
// @lit/localize and chart.js stay imports, and the higher-education view, the chart, the
// explanations and English stay separate chunks, loaded only by the widgets needing them.
export default defineConfig({
  publicDir: false,
  plugins: [minifyTemplates(), plainDynamicImports(), noScriptOrigin()],
  build: {
    outDir: 'lib',
    emptyOutDir: true,
    target: 'es2022',
    minify: false,
    modulePreload: false,
    reportCompressedSize: false,
    lib: {
      entry: { index: 'src/index.ts', embed: 'src/embed/embed.ts' },
      formats: ['es'],
    },
    rolldownOptions: {
      external: (id) => EXTERNAL.test(id),
      output: {
        entryFileNames: '[name].js',
        chunkFileNames: 'chunks/[name]-[hash].js',
      },
    },
  },
});
