import type { Outcome } from './image-words.js';

/** The colours one image is drawn in; every text colour keeps AA contrast on `background`. */
export interface ImagePalette {
  background: string;
  border: string;
  text: string;
  muted: string;
  accent: string;
  /** The empty part of a bar, and pictograms whose outcome is not published. */
  track: string;
  /** The background of notices (fallback, closed diploma, demo data). */
  notice: string;
  outcome: Record<Outcome, string>;
}

/** The looks of the native images, named as in the gallery: plain, state colours, dark. */
export const IMAGE_THEMES = ['sobre', 'etat', 'sombre'] as const;
export type ImageTheme = (typeof IMAGE_THEMES)[number];

export const IMAGE_PALETTES: Record<ImageTheme, ImagePalette> = {
  sobre: {
    background: '#ffffff',
    border: '#dddddd',
    text: '#161616',
    muted: '#595959',
    accent: '#1f4e9a',
    track: '#e5e5e5',
    notice: '#f3f3f3',
    outcome: { emploi: '#18753c', formation: '#b34000', autres: '#0063cb' },
  },
  etat: {
    background: '#ffffff',
    border: '#dddddd',
    text: '#161616',
    muted: '#595959',
    accent: '#000091',
    track: '#e8edff',
    notice: '#f5f5fe',
    outcome: { emploi: '#18753c', formation: '#b34000', autres: '#000091' },
  },
  sombre: {
    background: '#1e1e1e',
    border: '#4a4a4a',
    text: '#eeeeee',
    muted: '#bbbbbb',
    accent: '#9a9aff',
    track: '#353535',
    notice: '#2a2a2a',
    outcome: { emploi: '#3cc67a', formation: '#ff8d5c', autres: '#7ab1ff' },
  },
};

/** The reference service's two looks, for its compatible SVG routes (colours of ours). */
export const COMPAT_PALETTES: Record<'dsfr' | 'lba', ImagePalette> = {
  dsfr: IMAGE_PALETTES.etat,
  lba: {
    background: '#f6f6f6',
    border: '#dddddd',
    text: '#161616',
    muted: '#3a3a3a',
    accent: '#161616',
    track: '#e3e3fd',
    notice: '#eeeeee',
    outcome: { emploi: '#18753c', formation: '#6a6af4', autres: '#a94645' },
  },
};
