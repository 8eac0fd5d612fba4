import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';

/**
 * Every place in a source tree that makes a regular expression: `/…/` literals (read straight from
 * the source) and `new RegExp(…)` / `RegExp(…)` calls (their pattern is often assembled from
 * constants, so the test captures it at run time and matches it back to the site by line).
 */
export interface RegexLiteralSite {
  readonly kind: 'literal';
  readonly file: string;
  readonly line: number;
  readonly source: string;
  readonly flags: string;
}

export interface RegexConstructorSite {
  readonly kind: 'constructor';
  readonly file: string;
  /** First and last line of the call: a multi-line call is reported at any of them. */
  readonly line: number;
  readonly endLine: number;
}

export type RegexSite = RegexLiteralSite | RegexConstructorSite;

function sourceFiles(directory: string): string[] {
  return readdirSync(directory, { withFileTypes: true }).flatMap((entry) => {
    const path = join(directory, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Sites under `directory`, with file paths relative to `root` (e.g. `shared/extract/company.ts`). */
export function regexSites(root: string, directory: string): RegexSite[] {
  const sites: RegexSite[] = [];
  for (const path of sourceFiles(join(root, directory))) {
    const file = relative(root, path);
    const sourceFile = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const lineOf = (position: number): number => sourceFile.getLineAndCharacterOfPosition(position).line + 1;
    const visit = (node: ts.Node): void => {
      if (ts.isRegularExpressionLiteral(node)) {
        const slash = node.text.lastIndexOf('/');
        sites.push({ kind: 'literal', file, line: lineOf(node.getStart()), source: node.text.slice(1, slash), flags: node.text.slice(slash + 1) });
      } else if ((ts.isNewExpression(node) || ts.isCallExpression(node)) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') {
        sites.push({ kind: 'constructor', file, line: lineOf(node.getStart()), endLine: lineOf(node.getEnd()) });
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
  }
  return sites;
}
