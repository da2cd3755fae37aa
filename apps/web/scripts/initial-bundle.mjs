/**
 * The JavaScript a first visit downloads before anything renders: the entry chunk in dist/index.html and every
 * chunk it imports statically (lazy pages and the English texts are dynamic imports and do not count).
 * Fails when that is over the budget (gzip) or contains English UI text.
 *
 *   npm run check:bundle -w @koers/web
 */
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

const BUDGET_BYTES = 130 * 1000; // "under 130 KB gzip"
const web = path.join(import.meta.dirname, '..');
const dist = path.join(web, 'dist');

const html = fs.readFileSync(path.join(dist, 'index.html'), 'utf8');
const queue = [...html.matchAll(/<script[^>]*\ssrc="\/?([^"]+\.js)"/g)].map((match) => match[1]);
const chunks = new Set();
while (queue.length > 0) {
  const file = queue.shift();
  if (chunks.has(file)) continue;
  chunks.add(file);
  const code = fs.readFileSync(path.join(dist, file), 'utf8');
  // Static imports only (`import{a}from"./x.js"`, `import"./x.js"`), not `import("./x.js")`.
  for (const match of code.matchAll(/(?:^|[;\n}])\s*import\s*(?:[^"'();]*?from\s*)?["']\.\/([^"']+\.js)["']/g)) {
    queue.push(path.posix.join(path.posix.dirname(file), match[1]));
  }
}

// English texts that exist only in the English catalogue.
const englishSource = fs.readFileSync(path.join(web, 'src/lib/messages/en.ts'), 'utf8');
const english = ['app.skipToContent', 'app.loggedInAs', 'errors.unexpected'].map(
  (key) => englishSource.match(new RegExp(`'${key.replace('.', '\\.')}': '([^']+)'`))[1].split('{')[0],
);

let total = 0;
const problems = [];
for (const file of chunks) {
  const code = fs.readFileSync(path.join(dist, file));
  const gzip = zlib.gzipSync(code).length;
  total += gzip;
  console.log(`${file.padEnd(44)} ${(code.length / 1000).toFixed(2).padStart(9)} kB  gzip ${(gzip / 1000).toFixed(2).padStart(7)} kB`);
  for (const text of english) if (code.includes(text)) problems.push(`${file} contains the English text "${text}"`);
}
console.log(`${'initial JavaScript'.padEnd(44)} ${''.padStart(12)}  gzip ${(total / 1000).toFixed(2).padStart(7)} kB (budget ${BUDGET_BYTES / 1000} kB)`);
if (total > BUDGET_BYTES) problems.push(`initial JavaScript is ${(total / 1000).toFixed(2)} kB gzip, over the ${BUDGET_BYTES / 1000} kB budget`);
for (const problem of problems) console.error(problem);
process.exitCode = problems.length > 0 ? 1 : 0;
