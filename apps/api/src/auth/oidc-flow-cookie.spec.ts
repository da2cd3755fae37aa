import { openOidcFlow, sealOidcFlow, type OidcFlow } from './oidc-flow-cookie';

describe('the single sign-on flow cookie', () => {
  const secret = 'a-server-secret-of-some-length-0123456789';
  const flow: OidcFlow = { provider: 'entra', state: 's', nonce: 'n', codeVerifier: 'v', next: '/', expiresAt: Date.now() + 60_000 };

  it('gives back what was sealed', () => {
    expect(openOidcFlow(secret, sealOidcFlow(secret, flow))).toEqual(flow);
  });

  it('refuses a cookie that is missing, altered, signed with another secret or expired', () => {
    const sealed = sealOidcFlow(secret, flow);
    const [, signed] = sealed.split('.');
    const altered = `${Buffer.from(JSON.stringify({ ...flow, state: 'mine' })).toString('base64url')}.${signed}`;
    expect(openOidcFlow(secret, undefined)).toBeNull();
    expect(openOidcFlow(secret, altered)).toBeNull();
    expect(openOidcFlow(`${secret}-other`, sealed)).toBeNull();
    expect(openOidcFlow(secret, sealed, flow.expiresAt + 1)).toBeNull();
  });
});
