import fs from 'node:fs';
import path from 'node:path';
import { dutchParts } from './nl';

// A feature's Dutch texts download with its own pages, so a feature may only use its own keys and the shared ones:
// a key of another feature would show as the bare key until that feature's page had been visited.
const featuresDir = path.join(__dirname, '../../features');
const camel = (folder: string) => folder.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());
const prefixesOf = (part: object) => new Set(Object.keys(part).map((key) => key.split('.')[0]));
const shared = prefixesOf(dutchParts.shared);
const allPrefixes = new Set(Object.values(dutchParts).flatMap((part) => [...prefixesOf(part)]));

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'messages' ? [] : sourceFiles(file);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [file] : [];
  });
}

it.each(fs.readdirSync(featuresDir))('the %s feature uses only its own texts and the shared ones', (feature) => {
  const own = prefixesOf(dutchParts[camel(feature) as keyof typeof dutchParts]);
  const foreign: string[] = [];
  for (const file of sourceFiles(path.join(featuresDir, feature))) {
    const code = fs.readFileSync(file, 'utf8');
    for (const [, key] of code.matchAll(/\bt\(\s*[`'"]([a-zA-Z]+\.[\w.]*)/g)) {
      const prefix = key.split('.')[0];
      if (allPrefixes.has(prefix) && !own.has(prefix) && !shared.has(prefix)) foreign.push(`${path.basename(file)}: ${key}`);
    }
  }
  expect(foreign).toEqual([]);
});
