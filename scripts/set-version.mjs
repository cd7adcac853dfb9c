#!/usr/bin/env node
// `pnpm version:set <x.y.z>`: the product's one version (root package.json), written where the
// API and the widget read theirs: their package manifests and the widget's WIDGET_VERSION.
// Without an argument, writes the root's current version everywhere (after a merge).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(-[0-9A-Za-z.-]+)?$/;

const rootManifest = join(ROOT, 'package.json');
const version = process.argv[2] ?? JSON.parse(readFileSync(rootManifest, 'utf8')).version;
if (!SEMVER.test(version ?? '')) {
  console.error(
    `Version attendue sous la forme MAJEURE.MINEURE.CORRECTIF (semver), reçu « ${version} »`,
  );
  process.exit(2);
}

for (const manifest of [rootManifest, 'apps/api/package.json', 'packages/widget/package.json']) {
  const path = manifest.startsWith('/') ? manifest : join(ROOT, manifest);
  const text = readFileSync(path, 'utf8');
  writeFileSync(path, text.replace(/("version":\s*")[^"]*(")/, `$1${version}$2`));
}
const widgetVersion = join(ROOT, 'packages/widget/src/version.ts');
writeFileSync(
  widgetVersion,
  readFileSync(widgetVersion, 'utf8').replace(
    /WIDGET_VERSION = '[^']*'/,
    `WIDGET_VERSION = '${version}'`,
  ),
);
console.log(`Version ${version} : package.json, apps/api, packages/widget (WIDGET_VERSION).`);
console.log('Ajoutez son entrée à CHANGELOG.md ; un changement majeur suit docs/versioning.md.');
