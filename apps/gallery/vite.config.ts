import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { galleryDevApi } from './env.js';
import { galleryHtml } from './src/build/gallery-html.js';
import { GALLERY_PAGES } from './src/layout/gallery-pages.js';

const root = fileURLToPath(new URL('.', import.meta.url));

/** One HTML entry per page: `/` → `index.html`, `/matrice` → `matrice/index.html`. */
const input = Object.fromEntries(
  GALLERY_PAGES.map((page) => [
    page.path === '/' ? 'accueil' : page.path.slice(1).replaceAll('/', '-'),
    `${root}${page.path === '/' ? '' : `${page.path.slice(1)}/`}index.html`,
  ]),
);

// While editing the gallery with `pnpm --filter @inserjeunes/gallery dev`, the API, the
// widget's script and the embed page come from a running server (`pnpm start`).
const api = galleryDevApi();

export default defineConfig({
  root,
  base: '/',
  plugins: [galleryHtml()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    reportCompressedSize: false,
    rolldownOptions: { input },
  },
  server: {
    proxy: {
      '/api': api,
      '/widget': api,
      '/embed': api,
      '/galerie-simulation': api,
    },
  },
});
