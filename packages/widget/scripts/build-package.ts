// Builds the npm package's `lib/`: the ES modules a partner's bundler takes (vite.lib.config.ts),
// their type declarations with the contract's types written into them, and the JSX types.
// Run by `prepack`, so `pnpm pack` and `pnpm publish` always ship a fresh build.
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { build } from 'vite';
import { contractDeclarations, importedNames } from './contract-declarations.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const lib = join(root, 'lib');
const CONTRACT = '@inserjeunes/contract';

function files(folder: string, suffix: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) return files(path, suffix);
    return path.endsWith(suffix) ? [path] : [];
  });
}

await build({ root, configFile: join(root, 'vite.lib.config.ts'), logLevel: 'warn' });

// Declarations only: the code is vite's.
const config = ts.getParsedCommandLineOfConfigFile(
  join(root, 'tsconfig.lib.json'),
  {},
  {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (diagnostic) => {
      throw new Error(ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    },
  },
);
if (config === undefined) throw new Error('tsconfig.lib.json unreadable');
const program = ts.createProgram(config.fileNames, {
  ...config.options,
  emitDeclarationOnly: true,
  sourceMap: false,
});
const emitted = program.emit();
const errors = ts.getPreEmitDiagnostics(program).concat(emitted.diagnostics);
if (errors.length > 0) {
  const host = {
    getCanonicalFileName: (f: string) => f,
    getCurrentDirectory: () => root,
    getNewLine: () => '\n',
  };
  throw new Error(ts.formatDiagnostics(errors, host));
}

// The contract is private: its types are written into lib/contract.d.ts.
const declarations = files(lib, '.d.ts');
const names = new Set(
  declarations.flatMap((file) => importedNames(readFileSync(file, 'utf8'), CONTRACT)),
);
const contractEntry = join(root, '..', 'contract', 'src', 'index.ts');
writeFileSync(
  join(lib, 'contract.d.ts'),
  `// The types the widget shares with its API (generated from the contract).\n${contractDeclarations(contractEntry, names)}\nexport {};\n`,
);
for (const file of declarations) {
  const text = readFileSync(file, 'utf8');
  if (!text.includes(CONTRACT)) continue;
  let target = relative(dirname(file), join(lib, 'contract.js'));
  if (!target.startsWith('.')) target = `./${target}`;
  writeFileSync(
    file,
    text.replaceAll(`'${CONTRACT}'`, `'${target}'`).replaceAll(`"${CONTRACT}"`, `"${target}"`),
  );
}
copyFileSync(join(root, 'types', 'jsx.d.ts'), join(lib, 'jsx.d.ts'));
console.log(
  `lib/: ${files(lib, '.js').length} modules, ${files(lib, '.d.ts').length} declarations`,
);
