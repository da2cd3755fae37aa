/** Hosts that may be reached over plain http: this machine, for tests and development. */
const LOOPBACK_HOSTS = ['localhost', '127.0.0.1', '[::1]'];

/** Whether a URL's hostname names this machine. */
export const isLoopbackHost = (hostname: string) => LOOPBACK_HOSTS.includes(hostname);

/**
 * `value` as a URL when it is https, or http on this machine (a development or test server); null for anything
 * else, text that is no URL included. Where Koers sends secrets or signed data (a login provider, a webhook).
 */
export function httpsOrLoopbackUrl(value: string): URL | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return null;
  }
  return url.protocol === 'https:' || (url.protocol === 'http:' && isLoopbackHost(url.hostname)) ? url : null;
}
