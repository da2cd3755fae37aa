import {
  type CertificateStatement,
  type CertificateVerification,
  type CompletionStatus,
  type EditionCertificates,
  type IssuedCertificateSummary,
  normaliseVerificationCode,
} from '@koers/shared/completion';
import { Inject, Injectable } from '@nestjs/common';
import { createHmac } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { KOERS_CONFIG, type KoersConfig, serverSecret } from '../app/config';
import { AttendanceRatesRepository } from '../attendance/attendance-rates.repository';
import type { AuthContext } from '../auth/auth-context';
import { defineError, KoersError } from '../errors/koers-error';
import { WebhookOutboxRepository } from '../webhooks/webhook-outbox.repository';
import { renderCertificatePdf } from './certificate-pdf';
import { completionVerdict, type CompletionVerdict } from './completion-rule';
import { bakeBadgePng, badgeImagePng } from './badge-png';
import { CompletionRepository, type EditionCompletionFacts, type IssuedCertificate, type KeptCertificate } from './completion.repository';
import { badgeAssertion, type BadgeAssertion, badgeClass, badgeUrls, issuerProfile } from './open-badges';
import { newVerificationCode } from './verification-code';

export class CertificateNotAvailableError extends defineError(404, 'certificate_not_available', {
  nl: 'Er is (nog) geen certificaat. Je ontvangt het zodra je de editie hebt afgerond: genoeg lesdagen aanwezig en alle opdrachten goedgekeurd.',
  en: 'There is no certificate (yet). You get it once you have completed the edition: enough programme days attended and every assignment approved.',
}) {}

export class BadgeProgrammeNotFoundError extends defineError(404, 'programme_not_found', {
  nl: 'Dit programma bestaat niet (meer).',
  en: 'This programme does not exist (any more).',
}) {}

/** The programme office withdrew the certificate: said with its reason, to the holder who tries to download it. */
export class CertificateRevokedError extends KoersError {
  constructor(reason: string) {
    super(410, 'certificate_revoked', {
      nl: `Het programmabureau heeft je certificaat ingetrokken: ${reason}`,
      en: `The programme office withdrew your certificate: ${reason}`,
    });
  }
}

export class CertificateNotFoundError extends defineError(404, 'certificate_not_found', {
  nl: 'Dit certificaat bestaat niet (meer).',
  en: 'This certificate does not exist (any more).',
}) {}

export class CompletionEditionNotFoundError extends defineError(404, 'edition_not_found', {
  nl: 'Deze editie bestaat niet (meer).',
  en: 'This edition does not exist (any more).',
}) {}

export interface ParticipantCompletion extends CompletionVerdict {
  personId: string;
  name: string;
  enrolmentId: string;
  counted: number;
  attended: number;
  total: number;
  approved: number;
}

export interface EditionCompletion {
  edition: EditionCompletionFacts;
  participants: ParticipantCompletion[];
}

/**
 * Editions the completion sweep judges together, in three queries and one transaction. Every edition that is over
 * and still has someone who has not completed is judged again each sweep, so their number grows with the years.
 */
const SWEEP_EDITIONS_PER_BATCH = 100;

export interface CertificateDownload {
  stream: Readable;
  fileName: string;
}

type UnknownCertificate = Extract<CertificateVerification, { genuine: false }>;

/** The code as normalised, or the start of what was typed when it is no code at all. */
const unknownCertificate = (normalised: string | null, typed: string): UnknownCertificate => ({ genuine: false, code: normalised ?? typed.slice(0, 40) });

/** Who has completed an edition, and their certificates. */
@Injectable()
export class CompletionService {
  constructor(
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
    private readonly access: AccessService,
    private readonly completion: CompletionRepository,
    private readonly rates: AttendanceRatesRepository,
    private readonly webhooks: WebhookOutboxRepository,
  ) {}

  /**
   * Completion of the edition's active participants (optionally only some), in three queries whatever their number.
   * No access check: callers (this service, the overview) check access to the edition first.
   */
  async participantsCompletion(editionId: string, personIds?: string[]): Promise<EditionCompletion> {
    const [completion] = await this.editionsCompletion([editionId], personIds);
    if (!completion) throw new CompletionEditionNotFoundError();
    return completion;
  }

  /** Completion in each of the editions that exist, in three queries whatever the number of editions and people. */
  private async editionsCompletion(editionIds: string[], personIds?: string[]): Promise<EditionCompletion[]> {
    const [editions, rates, progress] = await Promise.all([
      this.completion.editionFacts(editionIds),
      this.rates.participantRates(editionIds, personIds),
      this.completion.assignmentProgress(editionIds, personIds),
    ]);
    // One person can take part in several of the editions: their attendance counts per edition.
    const rateOf = new Map(rates.map((rate) => [`${rate.editionId}:${rate.personId}`, rate]));
    const completionOf = new Map(editions.map((edition) => [edition.id, { edition, participants: [] as ParticipantCompletion[] }]));
    for (const { editionId, ...person } of progress) {
      const completion = completionOf.get(editionId);
      if (!completion) continue; // removed between the queries
      const rate = rateOf.get(`${editionId}:${person.personId}`) ?? { counted: 0, attended: 0 };
      const verdict = completionVerdict({
        counted: rate.counted,
        attended: rate.attended,
        thresholdPercent: completion.edition.thresholdPercent,
        approved: person.approved,
        total: person.total,
        requireAllApproved: completion.edition.requireAllApproved,
        programmeDaysRemaining: completion.edition.programmeDaysRemaining,
      });
      completion.participants.push({ ...person, counted: rate.counted, attended: rate.attended, ...verdict });
    }
    return [...completionOf.values()];
  }

  async mine(auth: AuthContext, editionId: string): Promise<CompletionStatus> {
    await this.access.requireInEdition(auth, 'completion.own', editionId);
    const { edition, participants } = await this.participantsCompletion(editionId, [auth.personId]);
    const [me] = participants;
    if (!me) throw new CertificateNotAvailableError();
    const issued = await this.completion.findCertificate(editionId, auth.personId);
    const downloadable = issued ? !issued.revocation : me.completed;
    return {
      editionId,
      editionName: edition.name,
      completed: me.completed,
      attendance: { counted: me.counted, attended: me.attended, thresholdPercent: edition.thresholdPercent, met: me.attendanceMet },
      assignments: { total: me.total, approved: me.approved, required: edition.requireAllApproved, met: me.assignmentsMet },
      programmeDaysRemaining: edition.programmeDaysRemaining,
      editionCompleted: edition.completed,
      certificateIssuedAt: issued?.statement.issuedAt ?? null,
      certificateRevoked: issued?.revocation ?? null,
      certificateUrl: downloadable ? `/api/me/certificate/${editionId}.pdf` : null,
      badgeUrl: downloadable ? `/api/me/certificate/${editionId}/badge.png` : null,
    };
  }

  /**
   * The participant's certificate, issued (with its statement frozen) on the first download after completing.
   * Once issued it stays available, so a later change in attendance records does not take it away.
   */
  async myCertificate(auth: AuthContext, editionId: string): Promise<CertificateDownload> {
    await this.access.requireInEdition(auth, 'completion.own', editionId);
    const { statement, verificationCode } = await this.issuedCertificate(editionId, auth.personId);
    return {
      stream: await renderCertificatePdf(statement, verificationCode, this.verifyUrl(verificationCode)),
      fileName: `Certificaat ${statement.programmeName} - ${statement.editionName} - ${statement.participantName}.pdf`,
    };
  }

  /** What anyone may learn from a code: whether it is genuine and what the certificate states, or that it was withdrawn. */
  async verify(code: string): Promise<CertificateVerification> {
    const normalised = normaliseVerificationCode(code);
    const certificate = normalised ? await this.completion.findByCode(normalised) : null;
    if (!certificate) return unknownCertificate(normalised, code);
    const { verificationCode, statement, revocation } = certificate;
    return revocation ? { genuine: false, code: verificationCode, revoked: { ...revocation, statement } } : { genuine: true, code: verificationCode, statement };
  }

  /** The certificates issued in an edition, withdrawn ones included. */
  async certificatesOf(auth: AuthContext, editionId: string): Promise<EditionCertificates> {
    this.access.requireProgrammeOffice(auth, 'certificates.manage');
    const [[edition], certificates] = await Promise.all([this.completion.editionFacts([editionId]), this.completion.summaries({ editionId })]);
    if (!edition) throw new CompletionEditionNotFoundError();
    return { editionId, editionName: edition.name, certificates };
  }

  /**
   * Withdraws a certificate issued in error, with the reason its holder and every verifier are told; integrators hear
   * of it once (`certificate.revoked`). Withdrawing it again changes nothing and answers it as it stands.
   */
  async revoke(auth: AuthContext, certificateId: string, reason: string): Promise<IssuedCertificateSummary> {
    this.access.requireProgrammeOffice(auth, 'certificates.manage');
    await this.completion.transaction(async (manager) => {
      const revoked = await this.completion.revoke(certificateId, reason, auth.personId, manager);
      if (!revoked) throw new CertificateNotFoundError();
      if (!revoked.revokedNow) return;
      const { enrolmentId, editionId, personId } = revoked;
      await this.webhooks.enqueue(manager, [{ event: 'certificate.revoked', key: `certificate.revoked:${enrolmentId}`, data: { enrolmentId, editionId, personId } }]);
    });
    const [summary] = await this.completion.summaries({ certificateId });
    return summary;
  }

  /** The certificate as an Open Badges image with its assertion baked in, issuing the certificate if need be. */
  async myBadge(auth: AuthContext, editionId: string): Promise<{ png: Buffer; fileName: string }> {
    await this.access.requireInEdition(auth, 'completion.own', editionId);
    await this.issuedCertificate(editionId, auth.personId);
    // Read again for its recipient and programme: a revocation committed in between is seen here.
    const facts = await this.completion.findBadgeFacts({ editionId, personId: auth.personId });
    if (!facts) throw new CertificateNotAvailableError();
    if (facts.revocation) throw new CertificateRevokedError(facts.revocation.reason);
    const { statement } = facts;
    return {
      png: bakeBadgePng(badgeImagePng(), this.badgeAssertion(facts)),
      fileName: `Open Badge ${statement.programmeName} - ${statement.editionName} - ${statement.participantName}.png`,
    };
  }

  /**
   * The hosted Open Badges assertion behind a verification code, or what `verify` says of a code no certificate
   * carries. Erasing a person deletes their certificates, so their assertions are unknown (404) from then on and
   * verifiers reject the badge.
   */
  async hostedAssertion(code: string): Promise<BadgeAssertion | UnknownCertificate> {
    const normalised = normaliseVerificationCode(code);
    const facts = normalised ? await this.completion.findBadgeFacts({ verificationCode: normalised }) : null;
    return facts ? this.badgeAssertion(facts) : unknownCertificate(normalised, code);
  }

  async badgeClass(programmeId: string): Promise<ReturnType<typeof badgeClass>> {
    const programme = await this.completion.findBadgeProgramme(programmeId);
    if (!programme) throw new BadgeProgrammeNotFoundError();
    return badgeClass(this.config.publicUrl, programme);
  }

  issuer(): ReturnType<typeof issuerProfile> {
    return issuerProfile(this.config);
  }

  private badgeAssertion(facts: KeptCertificate & { programmeId: string; email: string }): BadgeAssertion {
    // Derived again from the code under the server secret: stable for the certificate, never stored, not guessable.
    const salt = createHmac('sha256', serverSecret(this.config)).update(`open-badges-salt:${facts.verificationCode}`).digest('base64url').slice(0, 22);
    return badgeAssertion(this.config.publicUrl, { ...facts, salt });
  }

  /**
   * Records everyone who newly meets the completion rule and queues `completion.reached` for integrators, per batch
   * of editions in one transaction. Completion also comes with time (the last programme day ending), so no single
   * change carries it: the completion sweep runs this every few minutes. Issuing a certificate records it at once.
   * A test passes smaller batches, to sweep across their edges.
   */
  async recordCompletionsReached(editionsPerBatch = SWEEP_EDITIONS_PER_BATCH): Promise<number> {
    // A batch of none would never get past the first edition.
    if (!Number.isInteger(editionsPerBatch) || editionsPerBatch < 1) throw new RangeError(`editionsPerBatch must be a whole number of at least 1, not ${editionsPerBatch}`);
    const awaiting = await this.completion.editionsAwaitingCompletion();
    let reached = 0;
    for (let start = 0; start < awaiting.length; start += editionsPerBatch) {
      const judged = await this.editionsCompletion(awaiting.slice(start, start + editionsPerBatch));
      const completed = judged.flatMap(({ participants }) => participants.filter((participant) => participant.completed).map((participant) => participant.enrolmentId));
      if (completed.length > 0) reached += await this.completion.transaction((manager) => this.recordReached(manager, completed));
    }
    return reached;
  }

  private async recordReached(manager: EntityManager, enrolmentIds: string[]): Promise<number> {
    const newly = await this.completion.recordCompletionReached(manager, enrolmentIds);
    await this.webhooks.enqueue(
      manager,
      newly.map((reached) => ({ event: 'completion.reached' as const, key: `completion.reached:${reached.enrolmentId}`, data: reached })),
    );
    return newly.length;
  }

  /** The participant's certificate, issued now if it was not yet; a withdrawn one is refused, saying why. */
  private async issuedCertificate(editionId: string, personId: string): Promise<IssuedCertificate> {
    const kept = await this.completion.findCertificate(editionId, personId);
    if (kept?.revocation) throw new CertificateRevokedError(kept.revocation.reason);
    return kept ?? (await this.issue(editionId, personId));
  }

  private async issue(editionId: string, personId: string) {
    const { edition, participants } = await this.participantsCompletion(editionId, [personId]);
    const [me] = participants;
    if (!me?.completed) throw new CertificateNotAvailableError();
    const statement: CertificateStatement = {
      participantName: me.name,
      programmeName: edition.programmeName,
      editionName: edition.name,
      editionStartDate: edition.startDate,
      editionEndDate: edition.endDate,
      programmeDaysAttended: me.attended,
      programmeDaysCounted: me.counted,
      issuedAt: new Date().toISOString(),
    };
    return this.completion.transaction(async (manager) => {
      const { issuedNow, ...certificate } = await this.completion.issueCertificate(me.enrolmentId, newVerificationCode(), statement, manager);
      if (issuedNow) {
        await this.recordReached(manager, [me.enrolmentId]);
        await this.webhooks.enqueue(manager, [
          {
            event: 'certificate.issued',
            key: `certificate.issued:${me.enrolmentId}`,
            // Ids only, as every event: the verification code opens the holder's name on a public page.
            data: { enrolmentId: me.enrolmentId, editionId, personId },
          },
        ]);
      }
      return certificate;
    });
  }

  private verifyUrl(code: string): string {
    return badgeUrls(this.config.publicUrl).assertion(code);
  }
}
