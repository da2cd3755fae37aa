import { rm } from 'node:fs/promises';

export default async function globalTeardown() {
  const { koersTestServer, koersTestDir } = globalThis as { koersTestServer?: { stop(): Promise<void> }; koersTestDir?: string };
  await koersTestServer?.stop();
  if (koersTestDir) await rm(koersTestDir, { recursive: true, force: true });
}
