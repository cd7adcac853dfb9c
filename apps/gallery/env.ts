/** The only place the gallery's build and test support read their environment. */

/**
 * Where `pnpm --filter @inserjeunes/gallery dev` sends the API, the widget's script and the
 * embed page (`GALERIE_API`, a running `pnpm start` by default).
 */
export function galleryDevApi(): string {
  return process.env.GALERIE_API ?? 'http://localhost:3000';
}

/** A server already running that the gallery's tests use instead of starting one (`GALERIE_ORIGINE`). */
export function runningGalleryOrigin(): string | undefined {
  return process.env.GALERIE_ORIGINE || undefined;
}
