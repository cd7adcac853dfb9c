import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readEnv } from '@inserjeunes/api';

/** The widget's and the gallery's build folders, as `createApp` takes them. */
export interface ServedBuilds {
  widgetDist: string;
  galleryDist: string;
}

/** The builds the API serves, where its own configuration finds them (`WIDGET_DIST`, `GALLERY_DIST`). */
export function servedBuilds(): ServedBuilds {
  const { widgetDist, galleryDist } = readEnv();
  return { widgetDist, galleryDist };
}

/** Which builds are there: what the widget's and the gallery's routes may answer depends on it. */
export function builtState(builds: ServedBuilds): { widgetBuilt: boolean; galleryBuilt: boolean } {
  return {
    widgetBuilt: existsSync(join(builds.widgetDist, 'inserjeunes-indicateurs.js')),
    galleryBuilt: existsSync(join(builds.galleryDist, 'index.html')),
  };
}
