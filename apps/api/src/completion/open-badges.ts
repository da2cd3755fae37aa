import type { CertificateStatement } from '@koers/shared/completion';
import { createHash } from 'node:crypto';
import type { KoersConfig } from '../app/config';

/** The JSON-LD context every Open Badges 2.0 document names; its terms are the only property names we use. */
export const OPEN_BADGES_CONTEXT = 'https://w3id.org/openbadges/v2';

/** Where each Open Badges document lives: the assertion at the address printed on the certificate, the rest under /api/badges. */
export const badgeUrls = (publicUrl: string) => ({
  assertion: (verificationCode: string) => `${publicUrl}/verify/${verificationCode}`,
  issuer: `${publicUrl}/api/badges/issuer`,
  badgeClass: (programmeId: string) => `${publicUrl}/api/badges/programmes/${programmeId}`,
  image: (programmeId: string) => `${publicUrl}/api/badges/programmes/${programmeId}/image.png`,
});

export interface BadgeProgramme {
  id: string;
  name: string;
  description: string;
  thresholdPercent: number;
  requireAllApproved: boolean;
}

/**
 * The programme office as the issuer Profile. Its id shares the origin of the assertions and badge classes, which is
 * what hosted verification checks when the profile declares no other scope.
 */
export function issuerProfile(config: Pick<KoersConfig, 'publicUrl' | 'programmeOffice'>) {
  return {
    '@context': OPEN_BADGES_CONTEXT,
    type: 'Issuer',
    id: badgeUrls(config.publicUrl).issuer,
    name: config.programmeOffice.name,
    url: config.programmeOffice.url,
    email: config.programmeOffice.email,
  };
}

/** One BadgeClass per programme: its criteria are the programme's completion rule, as the certificate applies it. */
export function badgeClass(publicUrl: string, programme: BadgeProgramme) {
  const urls = badgeUrls(publicUrl);
  // In Dutch, the language of the programmes and of the certificate itself.
  const criteria = [
    `Aanwezig bij ten minste ${programme.thresholdPercent}% van de gehouden lesdagen van een editie van ${programme.name}.`,
    programme.requireAllApproved ? 'Alle opdrachten van die editie goedgekeurd door een trainer.' : null,
    'Koers stelt dit vast zodra de laatste lesdag van de editie is gehouden.',
  ].filter(Boolean);
  return {
    '@context': OPEN_BADGES_CONTEXT,
    type: 'BadgeClass',
    id: urls.badgeClass(programme.id),
    name: programme.name,
    description: programme.description.trim() || `Het programma ${programme.name} met goed gevolg afgerond.`,
    image: urls.image(programme.id),
    criteria: { narrative: criteria.map((line) => `- ${line}`).join('\n') },
    issuer: urls.issuer,
  };
}

export interface AssertionFacts {
  verificationCode: string;
  statement: CertificateStatement;
  programmeId: string;
  /** The participant's address, only ever published as a salted hash. */
  email: string;
  /** A value of the certificate's own that the server can derive again (see CompletionService). */
  salt: string;
  /** Withdrawn by the programme office: the hosted assertion says so (Open Badges 2.0 `revoked`, `revocationReason`). */
  revocation: { reason: string } | null;
}

/**
 * The certificate as a hosted Open Badges 2.0 Assertion. The recipient is the SHA-256 of the e-mail address and a
 * salt, so the address is not published, yet a learner's backpack that knows it can match the badge.
 */
export function badgeAssertion(publicUrl: string, facts: AssertionFacts) {
  const urls = badgeUrls(publicUrl);
  return {
    '@context': OPEN_BADGES_CONTEXT,
    type: 'Assertion',
    id: urls.assertion(facts.verificationCode),
    recipient: {
      type: 'email',
      hashed: true,
      salt: facts.salt,
      identity: `sha256$${createHash('sha256').update(facts.email + facts.salt).digest('hex')}`,
    },
    badge: urls.badgeClass(facts.programmeId),
    verification: { type: 'hosted' },
    issuedOn: facts.statement.issuedAt,
    ...(facts.revocation && { revoked: true, revocationReason: facts.revocation.reason }),
  };
}

export type BadgeAssertion = ReturnType<typeof badgeAssertion>;
