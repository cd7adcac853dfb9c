import { existsSync } from 'node:fs';
import { type ResvgRenderOptions, renderAsync } from '@resvg/resvg-js';
import { encodePng } from './encode-png.js';

/** PNGs are drawn at twice the SVG's size, sharp on high-density screens and in print. */
export const PNG_SCALE = 2;

/** Debian's `fonts-dejavu-core`: a sans-serif with every French and English character. */
const DEJAVU = [
  '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf',
  '/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf',
];

let fontOptions: ResvgRenderOptions['font'] | undefined;

/**
 * DejaVu Sans alone when installed: loading only two files keeps each rendering fast and
 * every PNG identical from one machine to the next. Without it, the system's fonts.
 */
function fonts(): ResvgRenderOptions['font'] {
  fontOptions ??= DEJAVU.every((file) => existsSync(file))
    ? {
        loadSystemFonts: false,
        fontFiles: DEJAVU,
        defaultFontFamily: 'DejaVu Sans',
        sansSerifFamily: 'DejaVu Sans',
      }
    : { loadSystemFonts: true };
  return fontOptions;
}

/**
 * Rasterises one of our SVG images (text as text, no external resource) into a PNG. Fonts,
 * text layout and drawing run on the renderer's thread and compression in zlib's, so the
 * server keeps answering other requests meanwhile.
 */
export async function renderPng(svg: string): Promise<Uint8Array<ArrayBuffer>> {
  const image = await renderAsync(svg, {
    font: fonts(),
    fitTo: { mode: 'zoom', value: PNG_SCALE },
    shapeRendering: 2,
    textRendering: 1,
  });
  return encodePng(image.width, image.height, image.pixels);
}
