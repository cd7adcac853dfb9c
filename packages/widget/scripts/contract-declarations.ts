import ts from 'typescript';

/** Names of a TypeScript declaration text's imports from `specifier`. */
export function importedNames(text: string, specifier: string): string[] {
  const names: string[] = [];
  const pattern = new RegExp(`import\\s*(?:type\\s*)?\\{([^}]*)\\}\\s*from\\s*'${specifier}'`, 'g');
  for (const [, list = ''] of text.matchAll(pattern)) {
    for (const part of list.split(',')) {
      const name = part.replace(/^\s*type\s+/, '').trim();
      if (name !== '') names.push(name);
    }
  }
  const inline = new RegExp(`import\\("${specifier}"\\)\\.(\\w+)`, 'g');
  for (const [, name = ''] of text.matchAll(inline)) names.push(name);
  return names;
}

/**
 * Declarations of `names`, exported by the module `entry`, written out in full: the
 * contract's types are zod inferences, which a partner's compiler could only read with zod
 * and the private contract package. Each type is printed structurally; a type it names in
 * turn is declared too, until nothing is missing.
 */
export function contractDeclarations(entry: string, names: Iterable<string>): string {
  const program = ts.createProgram([entry], {
    strict: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    skipLibCheck: true,
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry);
  const moduleSymbol = source === undefined ? undefined : checker.getSymbolAtLocation(source);
  if (moduleSymbol === undefined) throw new Error(`${entry}: no module`);
  const exported = new Map(
    checker.getExportsOfModule(moduleSymbol).map((symbol) => [symbol.name, symbol]),
  );
  const flags =
    ts.TypeFormatFlags.NoTruncation |
    ts.TypeFormatFlags.InTypeAlias |
    ts.TypeFormatFlags.UseSingleQuotesForStringLiteralType;
  const written = new Map<string, string>();
  const pending = [...names];
  while (pending.length > 0) {
    const name = pending.pop() ?? '';
    if (written.has(name)) continue;
    const found = exported.get(name);
    if (found === undefined) throw new Error(`${entry} does not export ${name}`);
    const symbol = found.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(found) : found;
    const lines: string[] = [];
    const declaration = symbol.declarations?.find(
      (node) => ts.isTypeAliasDeclaration(node) || ts.isInterfaceDeclaration(node),
    );
    if (declaration !== undefined && !/\bz\./.test(declaration.getText())) {
      // A plain type (an interface, a generic, a union of literals): as it is written.
      const text = declaration.getText().replace(/^(export\s+)?(declare\s+)?/, 'export ');
      lines.push(text);
    } else if (declaration !== undefined) {
      // A zod inference: printed out as the structure it stands for.
      const type = checker.getDeclaredTypeOfSymbol(symbol);
      lines.push(`export type ${name} = ${checker.typeToString(type, undefined, flags)};`);
    } else if (symbol.flags & ts.SymbolFlags.Value) {
      const type = checker.getTypeOfSymbol(symbol);
      lines.push(`export declare const ${name}: ${checker.typeToString(type, undefined, flags)};`);
    }
    const text = lines.join('\n');
    written.set(name, text);
    for (const [other] of exported) {
      if (!written.has(other) && new RegExp(`\\b${other}\\b`).test(text)) pending.push(other);
    }
  }
  return [...written.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([, text]) => text)
    .join('\n');
}
