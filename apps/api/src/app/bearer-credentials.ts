import { timingSafeEqual } from 'node:crypto';

/**
 * The credentials of an `Authorization: Bearer …` header, or null. The scheme is matched whatever its capitals, as
 * RFC 9110 says of every authentication scheme (`bearer`, `BEARER`), so a client's spelling never decides.
 */
export function bearerCredentials(authorization: string | undefined): string | null {
  const match = /^Bearer[ \t]+(\S+)[ \t]*$/i.exec(authorization ?? '');
  return match ? match[1] : null;
}

/** Whether the header carries exactly the expected bearer token, compared in constant time. */
export function carriesBearerToken(authorization: string | undefined, expected: string): boolean {
  const given = Buffer.from(bearerCredentials(authorization) ?? '');
  const wanted = Buffer.from(expected);
  return given.length === wanted.length && timingSafeEqual(given, wanted);
}
