import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot, serveArguments } from './koers-process';

describe('the Koers process the bench measures', () => {
  it('is started with the same node arguments as the container image, so its figures hold in production', () => {
    const dockerfile = readFileSync(path.join(repoRoot, 'Dockerfile'), 'utf8');
    const cmd = /^CMD\s+(\[.*\])\s*$/m.exec(dockerfile)?.[1];
    expect(cmd).toBeDefined();
    expect(JSON.parse(cmd!)).toEqual(['node', ...serveArguments()]);
  });

  it('runs with the V8 flags the profiles called for', () => {
    expect(serveArguments()).toEqual(expect.arrayContaining(['--max-old-space-size=512', '--max-semi-space-size=32', '--no-allocation-site-pretenuring']));
  });
});
