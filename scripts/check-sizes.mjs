// Lists source files over 400 lines and functions over 80 lines (STYLE.md). The unrolled
// kernels are exempt. Usage: node scripts/check-sizes.mjs [dir…] (default src). Exit 1 on any.
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';

const MAX_FILE_LINES = 400;
const MAX_FUNCTION_LINES = 80;
const EXEMPT = [/src\/engine\/kernels\.ts$/];

function* sourceFiles(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* sourceFiles(path);
    else if (/\.tsx?$/.test(name)) yield path;
  }
}

const found = [];
for (const dir of process.argv.slice(2).length ? process.argv.slice(2) : ['src']) {
  for (const path of sourceFiles(dir)) {
    if (EXEMPT.some((re) => re.test(path))) continue;
    const text = readFileSync(path, 'utf8');
    const lines = text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
    if (lines > MAX_FILE_LINES) found.push(`${path}: ${lines} lines`);
    const file = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
    const visit = (node) => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const from = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
        const to = file.getLineAndCharacterOfPosition(node.end).line;
        if (to - from + 1 > MAX_FUNCTION_LINES) {
          const name = node.name ? node.name.getText(file) : '(anonymous)';
          found.push(`${path}:${from + 1}: function ${name} is ${to - from + 1} lines`);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
}
for (const line of found) console.log(line);
process.exit(found.length ? 1 : 0);
