import { defineConfig } from 'vite';
import { minifyTemplates } from './vite-plugins/minify-templates.js';
import { partnerStylesheetPlugin } from './vite-plugins/partner-stylesheet.js';
import { plainDynamicImports } from './vite-plugins/plain-dynamic-imports.js';

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
      },
    },
  },
});
