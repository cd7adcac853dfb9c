// The custom-elements manifest (custom-elements.json) documents the element for editors,
// frameworks and the gallery. Generated, committed, and checked fresh in CI.

const isPrivate = (name = '') => name.startsWith('#') || name.startsWith('_');

/**
 * Keeps the public surface only: what a module exports (not the locals of methods), and
 * neither `#private` members nor internal `_state`.
 */
function exportedOnly() {
  return {
    name: 'exported-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        const exported = new Set((module.exports ?? []).map((entry) => entry.declaration?.name));
        module.declarations = (module.declarations ?? []).filter((declaration) =>
          exported.has(declaration.name),
        );
        for (const declaration of module.declarations) {
          if (declaration.members) {
            declaration.members = declaration.members.filter((member) => !isPrivate(member.name));
          }
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter(
              (attribute) => !isPrivate(attribute.fieldName ?? attribute.name),
            );
          }
        }
      }
    },
  };
}

/** The file a partner imports: the package's built entry, which exports all of it. */
const BUILT_ENTRY = 'lib/index.js';

/**
 * Points the manifest at the package's built entry rather than at the sources, which the
 * package does not ship: one module, `lib/index.js`, holding the element and its definition.
 */
function builtEntry() {
  return {
    name: 'built-entry',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      const merged = {
        kind: 'javascript-module',
        path: BUILT_ENTRY,
        declarations: modules.flatMap((module) => module.declarations ?? []),
        exports: modules.flatMap((module) => module.exports ?? []),
      };
      for (const entry of merged.exports) {
        if (entry.declaration?.module) entry.declaration.module = BUILT_ENTRY;
      }
      customElementsManifest.modules = [merged];
    },
  };
}

export default {
  globs: ['src/indicateurs/inserjeunes-indicateurs.ts', 'src/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [exportedOnly(), builtEntry()],
};
