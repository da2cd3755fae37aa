import { stopServer } from './server';

export default async function globalTeardown() {
  if (globalThis.koersE2eServer) await stopServer(globalThis.koersE2eServer);
  await globalThis.koersE2eOidcProvider?.close();
}
