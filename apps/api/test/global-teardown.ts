export default async function globalTeardown() {
  await (globalThis as { koersTestServer?: { stop(): Promise<void> } }).koersTestServer?.stop();
}
