/** Where a participant stands on completing an edition, condition by condition. */
export interface CompletionStatus {
  editionId: string;
  editionName: string;
  completed: boolean;
  attendance: {
    /** Programme days held so far that count for this person. */
    counted: number;
    attended: number;
    /** The programme's threshold, e.g. 80. */
    thresholdPercent: number;
    met: boolean;
  };
  assignments: {
    total: number;
    approved: number;
    /** False when the programme does not require every assignment to be approved. */
    required: boolean;
    met: boolean;
  };
  /** Programme days of the edition still to be held; completion waits for the last one. */
  programmeDaysRemaining: number;
  /** The edition is completed (or archived): it is over, and whoever has not completed it is told so. */
  editionCompleted: boolean;
  /** When the certificate was issued (its first download); null before. */
  certificateIssuedAt: string | null;
  /** The programme office withdrew the certificate: no download any more, and this says when and why. */
  certificateRevoked: CertificateRevocation | null;
  /** `GET` this path for the PDF once completed (and, once issued, whatever corrections follow). */
  certificateUrl: string | null;
  /** `GET` this path for the certificate as an Open Badge: a PNG with the Open Badges 2.0 assertion baked in. */
  badgeUrl: string | null;
}

/** What a certificate states, frozen when it is issued. */
export interface CertificateStatement {
  participantName: string;
  programmeName: string;
  editionName: string;
  /** YYYY-MM-DD */
  editionStartDate: string;
  editionEndDate: string;
  programmeDaysAttended: number;
  programmeDaysCounted: number;
  /** ISO instant. */
  issuedAt: string;
}

/** What `GET /verify/:code` states, as its HTML page shows it (JSON clients get the Open Badges assertion). */
/** A certificate the programme office withdrew (issued in error): when, and why, as its holder and verifiers are told. */
export interface CertificateRevocation {
  revokedAt: string;
  reason: string;
}

export const MAX_REVOCATION_REASON_LENGTH = 500;

/**
 * What a verification code answers: a genuine certificate and what it states; or none, because no certificate carries
 * the code, or because the one that did was revoked (`revoked`, with what it stated).
 */
export type CertificateVerification =
  | { genuine: true; code: string; statement: CertificateStatement }
  | { genuine: false; code: string; revoked?: CertificateRevocation & { statement: CertificateStatement } };

/** `GET /api/editions/:id/certificates`: the certificates issued in an edition, for the programme office. */
export interface EditionCertificates {
  editionId: string;
  editionName: string;
  certificates: IssuedCertificateSummary[];
}

export interface IssuedCertificateSummary {
  id: string;
  personId: string;
  participantName: string;
  verificationCode: string;
  issuedAt: string;
  revoked: CertificateRevocation | null;
}

/** `POST /api/certificates/:id/revoke` */
export interface RevokeCertificateRequest {
  reason: string;
}

/** The letters of a certificate's verification code: no 0/O, 1/I/L, so a code read off paper is typed back without guessing. */
export const VERIFICATION_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const VERIFICATION_CODE_GROUPS = 3;
export const VERIFICATION_CODE_GROUP_LENGTH = 4;

/**
 * The code as typed or pasted (any case, with or without dashes or spaces; the hyphens and dashes a word processor
 * makes of a dash; a full stop or comma after it, as in a sentence) in its stored form `K7QM-2XHD-9RTA`, or null when
 * it cannot be one. The verification form and the verification page read it alike.
 */
export function normaliseVerificationCode(input: string): string | null {
  const plain = input
    .trim()
    .toUpperCase()
    .replace(/[.,;:!?]+$/, '')
    .replace(/[\s\-\u2010-\u2015\u2212]/g, '');
  if (plain.length !== VERIFICATION_CODE_GROUPS * VERIFICATION_CODE_GROUP_LENGTH || [...plain].some((c) => !VERIFICATION_CODE_ALPHABET.includes(c))) return null;
  return plain.match(new RegExp(`.{${VERIFICATION_CODE_GROUP_LENGTH}}`, 'g'))!.join('-');
}
