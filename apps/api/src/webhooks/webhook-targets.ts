import { lookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { httpsOrLoopbackUrl, isLoopbackHost } from '../app/secure-url';

/**
 * Loopback, private, link-local (cloud metadata), carrier-grade NAT, multicast and reserved ranges: a webhook must
 * not become a way to reach the network Koers runs in.
 */
const PRIVATE_RANGES = (() => {
  const list = new BlockList();
  for (const [network, prefix] of [
    ['0.0.0.0', 8],
    ['10.0.0.0', 8],
    ['100.64.0.0', 10],
    ['127.0.0.0', 8],
    ['169.254.0.0', 16],
    ['172.16.0.0', 12],
    ['192.0.0.0', 24],
    ['192.168.0.0', 16],
    ['198.18.0.0', 15],
    // The documentation networks: no receiver lives there.
    ['192.0.2.0', 24],
    ['198.51.100.0', 24],
    ['203.0.113.0', 24],
    ['224.0.0.0', 3],
  ] as const) {
    list.addSubnet(network, prefix, 'ipv4');
  }
  for (const [network, prefix] of [
    // Unspecified, loopback and the IPv4-compatible form (::7f00:1 is 127.0.0.1's).
    ['::', 96],
    ['::ffff:0:0', 96],
    ['64:ff9b::', 96],
    // The local NAT64 prefix, which maps to internal IPv4 addresses where it is deployed.
    ['64:ff9b:1::', 48],
    ['fc00::', 7],
    ['fe80::', 10],
    ['ff00::', 8],
    // 6to4 and Teredo carry an IPv4 address inside (2002:7f00:1:: is 127.0.0.1's); no receiver needs them. Nor the
    // documentation and discard prefixes.
    ['2002::', 16],
    ['2001::', 32],
    ['2001:db8::', 32],
    ['100::', 64],
  ] as const) {
    list.addSubnet(network, prefix, 'ipv6');
  }
  return list;
})();

/** True for an address a webhook may only reach when KOERS_WEBHOOKS_ALLOW_PRIVATE_TARGETS=1. */
export function isPrivateAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 0) return true;
  return PRIVATE_RANGES.check(address, family === 4 ? 'ipv4' : 'ipv6');
}

/**
 * An endpoint's address in the one form that names it: host in lower case without a closing dot, no default port,
 * no fragment (never sent) and no empty query, so that two ways of writing one address are one endpoint.
 */
export function webhookTarget(value: string): URL {
  const url = new URL(value);
  url.hostname = url.hostname.replace(/\.$/, '');
  url.hash = '';
  // `search` reads '' for both `x` and `x?`; setting it drops the lone question mark.
  if (!url.search) url.search = '';
  return url;
}

/** An endpoint's URL: https, or http on this machine; no credentials in it, and a port one can connect to. */
export function isAcceptableWebhookUrl(value: string): boolean {
  const url = httpsOrLoopbackUrl(value);
  return !!url && !url.username && !url.password && url.port !== '0';
}

const LOOKUP_PATIENCE_MS = 2000;

/** The host of `url` when it is written as an IP address (IPv6 without its brackets); null for a name. */
export function ipLiteralOf(url: URL): string | null {
  const host = url.hostname.replace(/^\[|\]$/g, '');
  return isIP(host) ? host : null;
}

/**
 * The private address `url` is or resolves to right now, or null. Only a first answer, for the programme office
 * entering the address: a name may resolve differently later, so the sender checks every connection again. A name
 * that does not resolve (yet), or not within two seconds, passes here; its deliveries will say why they failed.
 */
export async function privateAddressOf(url: URL): Promise<string | null> {
  const literal = ipLiteralOf(url);
  if (literal) return isPrivateAddress(literal) ? literal : null;
  if (isLoopbackHost(url.hostname)) return url.hostname;
  const unresolved = new Promise<[]>((resolve) => setTimeout(resolve, LOOKUP_PATIENCE_MS, []).unref());
  const addresses = await Promise.race([lookup(url.hostname, { all: true }).catch(() => [] as const), unresolved]);
  return addresses.map((one) => one.address).find(isPrivateAddress) ?? null;
}
