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

export default {
  globs: ['src/indicateurs/inserjeunes-indicateurs.ts', 'src/define.ts'],
  outdir: '.',
  litelement: true,
  plugins: [exportedOnly()],
};
