/**
 * SWC for the web app's tests, after writing out Vite's `import.meta.glob('…')` as Vite does for a lazy glob: an
 * object of the matching files (relative to the importing file), each with a function that imports it. Only `*`
 * within a path segment is understood, the one form the app uses.
 */
const fs = require('node:fs');
const path = require('node:path');
const swcJest = require('@swc/jest');

const GLOB = /import\.meta\.glob(?:<[^(]*>)?\(\s*'([^']+)'\s*\)/g;

function matches(directory, segments) {
  const [first, ...rest] = segments;
  if (first === '..' || first === '.') return matches(path.join(directory, first), rest).map((file) => `${first}/${file}`);
  const pattern = new RegExp(`^${first.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '[^/]*')}$`);
  const entries = fs.existsSync(directory) ? fs.readdirSync(directory, { withFileTypes: true }) : [];
  return entries
    .filter((entry) => pattern.test(entry.name) && (rest.length === 0 ? entry.isFile() : entry.isDirectory()))
    .flatMap((entry) => (rest.length === 0 ? [entry.name] : matches(path.join(directory, entry.name), rest).map((file) => `${entry.name}/${file}`)))
    .sort();
}

function expandGlobs(source, filename) {
  return source.replace(GLOB, (_, glob) => {
    const files = matches(path.dirname(filename), glob.split('/'));
    return `({${files.map((file) => `${JSON.stringify(file)}: () => import(${JSON.stringify(file)})`).join(', ')}})`;
  });
}

module.exports = {
  createTransformer(options) {
    const swc = swcJest.createTransformer(options);
    return {
      ...swc,
      process: (source, filename, jestOptions) => swc.process(expandGlobs(source, filename), filename, jestOptions),
      getCacheKey: (source, filename, jestOptions) => swc.getCacheKey(expandGlobs(source, filename), filename, jestOptions),
    };
  },
};
