import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import ts from 'typescript';

/**
 * The page's import graph read from the sources, without building: which project files a file
 * imports statically (what the browser must fetch before the module runs) and which it imports
 * with `import()` (a chunk fetched when the code asks for it). Type-only imports are erased and
 * count for nothing; `import { type X }` still counts, since verbatimModuleSyntax keeps it as an
 * import of the module. Packages and non-TS files (CSS) are left out.
 */
export interface ModuleImports {
  /** Project files, relative to the root with forward slashes. */
  static: string[];
  dynamic: string[];
  /** Packages imported statically, by their specifier ('d3-scale', 'react-dom/client'). */
  packages: string[];
}

const EXTENSIONS = ['', '.ts', '.tsx', '/index.ts', '/index.tsx'];

/** The project file a relative specifier names, or null for a package or a non-TS file. */
function resolveSpecifier(root: string, from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null;
  const base = resolve(root, dirname(from), specifier);
  for (const ext of EXTENSIONS) {
    const path = base + ext;
    if (/\.tsx?$/.test(path) && existsSync(path)) return relative(root, path).split('\\').join('/');
  }
  return null;
}

/** A static import or re-export that survives compilation (not `import type` / `export type`). */
function staticSpecifier(statement: ts.Statement): string | null {
  if (ts.isImportDeclaration(statement)) {
    if (statement.importClause?.isTypeOnly) return null;
    return (statement.moduleSpecifier as ts.StringLiteral).text;
  }
  if (ts.isExportDeclaration(statement) && statement.moduleSpecifier) {
    if (statement.isTypeOnly) return null;
    return (statement.moduleSpecifier as ts.StringLiteral).text;
  }
  return null;
}

/** `import('…')` calls anywhere in the file, with a literal specifier. */
function dynamicSpecifiers(node: ts.Node, found: string[]): string[] {
  if (
    ts.isCallExpression(node) &&
    node.expression.kind === ts.SyntaxKind.ImportKeyword &&
    node.arguments.length > 0 &&
    ts.isStringLiteralLike(node.arguments[0])
  ) {
    found.push(node.arguments[0].text);
  }
  ts.forEachChild(node, (child) => {
    dynamicSpecifiers(child, found);
  });
  return found;
}

/** The imports of one project file (path relative to root). */
export function moduleImports(root: string, file: string): ModuleImports {
  const text = readFileSync(join(root, file), 'utf8');
  const kind = file.endsWith('.tsx') ? ts.ScriptKind.TSX : ts.ScriptKind.TS;
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true, kind);
  const resolved = (specifiers: (string | null)[]): string[] =>
    specifiers
      .map((s) => (s === null ? null : resolveSpecifier(root, file, s)))
      .filter((p): p is string => p !== null);
  const specifiers = source.statements.map(staticSpecifier);
  return {
    static: resolved(specifiers),
    dynamic: resolved(dynamicSpecifiers(source, [])),
    packages: specifiers.filter((s): s is string => s !== null && !s.startsWith('.')),
  };
}

/**
 * Every project file reachable from `entry` by static imports alone (the entry included): what
 * loads before any `import()` runs. `dynamicTargets` lists the files some reached file imports
 * dynamically; `packages` the packages they import statically.
 */
export function staticClosure(
  root: string,
  entry: string,
): { files: Set<string>; dynamicTargets: Set<string>; packages: Set<string> } {
  const files = new Set<string>();
  const dynamicTargets = new Set<string>();
  const packages = new Set<string>();
  const pending = [entry];
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (files.has(file)) continue;
    files.add(file);
    const imports = moduleImports(root, file);
    imports.dynamic.forEach((d) => dynamicTargets.add(d));
    imports.packages.forEach((p) => packages.add(p));
    pending.push(...imports.static.filter((s) => !files.has(s)));
  }
  return { files, dynamicTargets, packages };
}

/** One chain of static imports from `entry` to `target` (for a failure message), or null. */
export function importChain(root: string, entry: string, target: string): string[] | null {
  const parent = new Map<string, string | null>([[entry, null]]);
  const queue = [entry];
  while (queue.length > 0) {
    const file = queue.shift()!;
    if (file === target) {
      const chain: string[] = [];
      for (let at: string | null = file; at !== null; at = parent.get(at) ?? null) chain.push(at);
      return chain.reverse();
    }
    for (const next of moduleImports(root, file).static) {
      if (parent.has(next)) continue;
      parent.set(next, file);
      queue.push(next);
    }
  }
  return null;
}
