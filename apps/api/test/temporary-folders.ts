import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

/**
 * Temporary folders for one spec file, removed after its last test, so a run leaves nothing behind. Call it in the
 * `describe` body; it answers the function that makes a folder (`koers-<what>-XXXXXX` under the system's temp folder).
 */
export function temporaryFolders(): (prefix: string) => Promise<string> {
  const made: string[] = [];
  afterAll(async () => {
    await Promise.all(made.map((folder) => rm(folder, { recursive: true, force: true })));
  });
  return async (prefix) => {
    const folder = await mkdtemp(path.join(os.tmpdir(), prefix));
    made.push(folder);
    return folder;
  };
}
