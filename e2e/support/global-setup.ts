import { startTestOidcProvider, TEST_OIDC_CLIENT, type TestOidcProvider } from '../../apps/api/test/oidc-test-provider';
import { startServer } from './server';

declare global {
  /** The OpenID Provider the single sign-on journey logs in at; set by the global setup, closed by the teardown. */
  var koersE2eOidcProvider: TestOidcProvider | undefined;
}

/** The label of the test provider's button: "Inloggen met Testprovider". */
const E2E_OIDC_LABEL = 'Testprovider';

/**
 * One production server for the whole run; specs find it through KOERS_E2E_URL. It knows one single sign-on
 * provider, a real OpenID Provider running here: the login page shows its button in every spec.
 */
export default async function globalSetup() {
  const started = Date.now();
  const server = await startServer(async (url) => {
    const provider = await startTestOidcProvider([url]);
    globalThis.koersE2eOidcProvider = provider;
    return {
      KOERS_OIDC_TEST_ISSUER: provider.issuer,
      KOERS_OIDC_TEST_CLIENT_ID: TEST_OIDC_CLIENT.clientId,
      KOERS_OIDC_TEST_CLIENT_SECRET: TEST_OIDC_CLIENT.clientSecret,
      KOERS_OIDC_TEST_LABEL: E2E_OIDC_LABEL,
    };
  });
  globalThis.koersE2eServer = server;
  process.env.KOERS_E2E_URL = server.url;
  // Mails with a personal link (an application's confirmation) are kept out of the admin's sight: specs read the outbox.
  process.env.KOERS_E2E_DATA_DIR = server.dataDir;
  console.warn(`\nKoers (production build) is up at ${server.url} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
