import { startServer } from './server';

/** One production server for the whole run; specs find it through KOERS_E2E_URL. */
export default async function globalSetup() {
  const started = Date.now();
  const server = await startServer();
  globalThis.koersE2eServer = server;
  process.env.KOERS_E2E_URL = server.url;
  console.warn(`\nKoers (production build) is up at ${server.url} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
