import type { CertificateStatement, CertificateVerification, CompletionStatus } from '@koers/shared/completion';
import { Inject, Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { AccessService } from '../access/access.service';
import { KOERS_CONFIG, type KoersConfig } from '../app/config';
import { AttendanceRatesRepository } from '../attendance/attendance-rates.repository';
import type { AuthContext } from '../auth/auth-context';
import { defineError } from '../errors/koers-error';
import { renderCertificatePdf } from './certificate-pdf';
import { completionVerdict, type CompletionVerdict } from './completion-rule';
import { CompletionRepository, type EditionCompletionFacts } from './completion.repository';
import { newVerificationCode, normaliseVerificationCode } from './verification-code';

export class CertificateNotAvailableError extends defineError(404, 'certificate_not_available', {
  nl: 'Er is (nog) geen certificaat. Je ontvangt het zodra je de editie hebt afgerond: genoeg lesdagen aanwezig en alle opdrachten goedgekeurd.',
  en: 'There is no certificate (yet). You get it once you have completed the edition: enough programme days attended and every assignment approved.',
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

export interface CertificateDownload {
  stream: Readable;
  fileName: string;
}

/** Who has completed an edition, and their certificates. */
@Injectable()
export class CompletionService {
  constructor(
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
    private readonly access: AccessService,
    private readonly completion: CompletionRepository,
    private readonly rates: AttendanceRatesRepository,
  ) {}

  /**
   * Completion of the edition's active participants (optionally only some), in three queries whatever their number.
   * No access check: callers (this service, the overview) check access to the edition first.
   */
  async participantsCompletion(editionId: string, personIds?: string[]): Promise<{ edition: EditionCompletionFacts; participants: ParticipantCompletion[] }> {
    const edition = await this.completion.editionFacts(editionId);
    if (!edition) throw new CompletionEditionNotFoundError();
    const [rates, progress] = await Promise.all([
      this.rates.participantRates([editionId], personIds),
      this.completion.assignmentProgress(editionId, personIds),
    ]);
    const rateOf = new Map(rates.map((rate) => [rate.personId, rate]));
    const participants = progress.map((person) => {
      const rate = rateOf.get(person.personId) ?? { counted: 0, attended: 0 };
      const verdict = completionVerdict({
        counted: rate.counted,
        attended: rate.attended,
        thresholdPercent: edition.thresholdPercent,
        approved: person.approved,
        total: person.total,
        requireAllApproved: edition.requireAllApproved,
        programmeDaysRemaining: edition.programmeDaysRemaining,
      });
      return { ...person, counted: rate.counted, attended: rate.attended, ...verdict };
    });
    return { edition, participants };
  }

  async mine(auth: AuthContext, editionId: string): Promise<CompletionStatus> {
    await this.access.requireInEdition(auth, 'completion.own', editionId);
    const { edition, participants } = await this.participantsCompletion(editionId, [auth.personId]);
    const [me] = participants;
    if (!me) throw new CertificateNotAvailableError();
    const issued = await this.completion.findCertificate(editionId, auth.personId);
    return {
      editionId,
      editionName: edition.name,
      completed: me.completed,
      attendance: { counted: me.counted, attended: me.attended, thresholdPercent: edition.thresholdPercent, met: me.attendanceMet },
      assignments: { total: me.total, approved: me.approved, required: edition.requireAllApproved, met: me.assignmentsMet },
      programmeDaysRemaining: edition.programmeDaysRemaining,
      certificateUrl: me.completed || issued ? `/api/me/certificate/${editionId}.pdf` : null,
    };
  }

  /**
   * The participant's certificate, issued (with its statement frozen) on the first download after completing.
   * Once issued it stays available, so a later change in attendance records does not take it away.
   */
  async myCertificate(auth: AuthContext, editionId: string): Promise<CertificateDownload> {
    await this.access.requireInEdition(auth, 'completion.own', editionId);
    const certificate = (await this.completion.findCertificate(editionId, auth.personId)) ?? (await this.issue(editionId, auth.personId));
    const { statement, verificationCode } = certificate;
    return {
      stream: renderCertificatePdf(statement, verificationCode, this.verifyUrl(verificationCode)),
      fileName: `Certificaat ${statement.programmeName} - ${statement.editionName} - ${statement.participantName}.pdf`,
    };
  }

  /** What anyone may learn from a code: whether it is genuine and what the certificate states. */
  async verify(code: string): Promise<CertificateVerification> {
    const normalised = normaliseVerificationCode(code);
    const certificate = normalised ? await this.completion.findByCode(normalised) : null;
    return certificate
      ? { genuine: true, code: certificate.verificationCode, statement: certificate.statement }
      : { genuine: false, code: normalised ?? code.slice(0, 40) };
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
    return this.completion.issueCertificate(me.enrolmentId, newVerificationCode(), statement);
  }

  private verifyUrl(code: string): string {
    return `${this.config.publicUrl}/verify/${code}`;
  }
}
