import type { AuthProvider, LogoutResponse, SingleSignOnRefusal } from '@koers/shared/api';
import { Inject, Injectable, Logger } from '@nestjs/common';
import * as oidc from 'openid-client';
import { KOERS_CONFIG, type KoersConfig, type OidcProviderSettings, serverSecret } from '../app/config';
import type { AuthContext } from './auth-context';
import { AuthRepository, type LoginMethod } from './auth.repository';
import { AuthService } from './auth.service';
import { OIDC_FLOW_MINUTES, openOidcFlow, sealOidcFlow } from './oidc-flow-cookie';
import { emailDomain } from '../app/text';

/** The login page, where a refused attempt lands with `?sso_error=<reason>` (the web app's paths.login). */
const LOGIN_PAGE = '/inloggen';

const SCOPES = 'openid email profile';

export interface StartedLogin {
  /** The provider's authorization endpoint, or the login page when the provider cannot be reached. */
  redirectTo: string;
  /** The sealed flow for the callback; absent when there is no attempt to finish. */
  flowCookie?: string;
}

export interface FinishedLogin {
  /** Into the web app (logged in), or to the login page with the reason of the refusal. */
  redirectTo: string;
  /** The new Koers session's cookie value; absent when the login was refused. */
  sessionToken?: string;
}

/**
 * Single sign-on through OpenID Connect providers (authorization code flow with PKCE, `state` and `nonce`), by the
 * certified `openid-client`. A login links to the Koers account with the same address, when the provider says it has
 * verified that address: accounts come from enrolments and invitations, never from a provider.
 */
@Injectable()
export class SingleSignOnService {
  private readonly logger = new Logger('SingleSignOn');
  private readonly providers: ReadonlyMap<string, OidcProviderSettings>;
  /** Each provider's metadata, discovered at its first use; forgotten when discovery failed, so a later login retries. */
  private readonly discovered = new Map<string, Promise<oidc.Configuration>>();
  private readonly secret: string;

  constructor(
    private readonly authService: AuthService,
    private readonly auth: AuthRepository,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {
    this.providers = new Map(config.oidcProviders.map((provider) => [provider.name, provider]));
    this.secret = serverSecret(config);
  }

  list(): AuthProvider[] {
    return [...this.providers.values()].map(({ name, label }) => ({ name, label }));
  }

  /** Sends the browser to the provider, with a fresh `state`, `nonce` and PKCE challenge kept in the flow cookie. */
  async startLogin(name: string, next: string | undefined): Promise<StartedLogin> {
    // A login page opened before a provider was taken out of the settings still offers it; a provider that does not
    // answer cannot be logged in with now: both said as such, since trying again does not help.
    const provider = this.providers.get(name);
    const client = provider && (await this.client(provider).catch(() => null));
    if (!provider || !client) return { redirectTo: refusedAt('unavailable') };
    const flow = {
      provider: provider.name,
      state: oidc.randomState(),
      nonce: oidc.randomNonce(),
      codeVerifier: oidc.randomPKCECodeVerifier(),
      next: appPath(next),
      expiresAt: Date.now() + OIDC_FLOW_MINUTES * 60_000,
    };
    const authorizationUrl = oidc.buildAuthorizationUrl(client, {
      redirect_uri: this.callbackUrl(provider),
      scope: SCOPES,
      state: flow.state,
      nonce: flow.nonce,
      code_challenge: await oidc.calculatePKCECodeChallenge(flow.codeVerifier),
      code_challenge_method: 'S256',
    });
    return { redirectTo: authorizationUrl.href, flowCookie: sealOidcFlow(this.secret, flow) };
  }

  /**
   * The provider sent the browser back: the code is exchanged (with the PKCE verifier), the ID token's signature,
   * issuer, audience, expiry and nonce are checked, and the account with the verified address is logged in. Every
   * refusal lands on the login page with its reason, never as an error page.
   */
  async finishLogin(name: string, query: string, flowCookie: string | undefined, replacing: AuthContext | null): Promise<FinishedLogin> {
    // A provider taken out of the settings while someone was logging in with it is a failed attempt too.
    const provider = this.providers.get(name);
    const flow = openOidcFlow(this.secret, flowCookie);
    const refused = (reason: SingleSignOnRefusal): FinishedLogin => ({ redirectTo: refusedAt(reason) });
    if (!provider || !flow || flow.provider !== provider.name) return refused('failed');
    let claims: Record<string, unknown>;
    try {
      const client = await this.client(provider);
      const tokens = await oidc.authorizationCodeGrant(client, new URL(`${this.callbackUrl(provider)}?${query}`), {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims()!;
      // Entra ID and Google put the address in the ID token; a provider that keeps the ID token small (as the
      // specification's default) answers it at the userinfo endpoint, for the same subject.
      claims = typeof idToken.email === 'string' ? idToken : await oidc.fetchUserInfo(client, tokens.access_token, idToken.sub);
    } catch (error) {
      if (error instanceof oidc.AuthorizationResponseError && error.error === 'access_denied') return refused('cancelled');
      this.logger.warn({ msg: 'A single sign-on login was refused', provider: provider.name, error: String(error) });
      return refused('failed');
    }
    const email = typeof claims.email === 'string' ? claims.email.trim().toLowerCase() : '';
    // The registration most often forgets the optional `email` claim: said so, for whoever manages it.
    if (!email) return refused('email_missing');
    if (!vouchesForAddress(claims)) return refused('email_unverified');
    if (provider.allowedDomains.length > 0 && !provider.allowedDomains.includes(emailDomain(email))) return refused('domain_not_allowed');
    const account = await this.auth.findLoginCandidate({ email });
    if (!account) return refused('unknown_account');
    const { sessionToken } = await this.authService.startSession(account.id, `oidc:${provider.name}`, replacing);
    return { redirectTo: flow.next, sessionToken };
  }

  /**
   * Ends the Koers session; after single sign-on also offers the provider's logout (RP-initiated logout), when the
   * provider has an end_session_endpoint: the web app shows it as a link, so ending the provider's session is a choice.
   */
  async logout(auth: AuthContext): Promise<LogoutResponse> {
    const method = await this.authService.logout(auth);
    return { providerLogout: await this.providerLogout(method) };
  }

  /** Ends every session of the person (AuthService.logoutEverywhere), offering the provider's logout as `logout` does. */
  async logoutEverywhere(auth: AuthContext): Promise<LogoutResponse> {
    const method = await this.authService.logoutEverywhere(auth);
    return { providerLogout: await this.providerLogout(method) };
  }

  private async providerLogout(method: LoginMethod | null): Promise<LogoutResponse['providerLogout']> {
    const provider = method?.startsWith('oidc:') ? this.providers.get(method.slice('oidc:'.length)) : undefined;
    if (!provider) return null;
    const client = await this.client(provider).catch(() => null);
    if (!client?.serverMetadata().end_session_endpoint) return null;
    const url = oidc.buildEndSessionUrl(client, { post_logout_redirect_uri: `${this.config.publicUrl}${LOGIN_PAGE}` });
    return { label: provider.label, url: url.href };
  }

  private callbackUrl(provider: OidcProviderSettings): string {
    return `${this.config.publicUrl}/api/auth/oidc/${provider.name}/callback`;
  }

  /**
   * The provider's metadata and keys, and this client: the ID token's signature is always checked against the
   * provider's keys (non-repudiation checks), not only taken on trust from the TLS connection. Plain http is
   * accepted only where the configuration allowed it (a provider on this machine, in development and tests).
   */
  private client(provider: OidcProviderSettings): Promise<oidc.Configuration> {
    let client = this.discovered.get(provider.name);
    if (!client) {
      const execute = [oidc.enableNonRepudiationChecks, ...(provider.issuer.startsWith('http:') ? [oidc.allowInsecureRequests] : [])];
      client = oidc.discovery(new URL(provider.issuer), provider.clientId, undefined, oidc.ClientSecretBasic(provider.clientSecret), { execute, timeout: 10 });
      client.catch((error: unknown) => {
        this.discovered.delete(provider.name);
        this.logger.warn({ msg: 'The OpenID Connect provider could not be reached', provider: provider.name, error: String(error) });
      });
      this.discovered.set(provider.name, client);
    }
    return client;
  }
}

const refusedAt = (reason: SingleSignOnRefusal) => `${LOGIN_PAGE}?${new URLSearchParams({ sso_error: reason })}`;

/**
 * Whether the provider vouches that the address is the person's: `email_verified`, or in Microsoft Entra ID (which
 * does not send that claim) its optional claim `xms_edov`, true when the tenant has verified the address's domain.
 */
const vouchesForAddress = (claims: Record<string, unknown>) => claims.email_verified === true || claims.xms_edov === true;

/**
 * A path on this site to land on after login; anything else (another site, `//host`, `/\host`) lands at the start.
 * Whitespace and control characters are refused too: browsers drop tabs and newlines, so `/\t/host` would become `//host`.
 */
const appPath = (next: string | undefined) => (next && /^\/(?![/\\])[^\s\x00-\x1f\x7f]*$/.test(next) && !next.startsWith(LOGIN_PAGE) ? next : '/');
