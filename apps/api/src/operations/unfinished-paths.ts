import { rmSync } from 'node:fs';

const unfinished = new Set<string>();

/**
 * What an operator command is writing and has not finished (a staging folder holding everyone's data, an archive
 * half written): removed should the command be stopped midway (Ctrl-C, SIGTERM from cron or an orchestrator), so
 * it leaves neither a copy of the data in /tmp nor a broken archive under a name a good one may have had.
 */
export const unfinishedPaths = {
  add: (path: string) => void unfinished.add(path),
  done: (path: string) => void unfinished.delete(path),
  /** Synchronous: it runs from a signal or exit handler. */
  removeAll: () => {
    for (const path of unfinished) rmSync(path, { recursive: true, force: true });
    unfinished.clear();
  },
};
