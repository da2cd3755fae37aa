import { APPLICATION_WITHDRAW_PATH, type ApplicationConfirmation, type DirectorCommitmentAnswer } from '@koers/shared/applications';
import type { Locale } from '@koers/shared/domain';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { KOERS_CONFIG, type KoersConfig, serverSecret } from '../app/config';
import { applicationLinkToken, applicationWithdrawToken, sha256 } from '../app/tokens';
import { instantToAmsterdam } from '../calendar/amsterdam-time';
import { MailQueueRepository } from '../mail/mail-queue.repository';
import { checkFormStamp, issueFormStamp } from './application-form-stamp';
import { ApplicationFormExpiredError, ApplicationLinkInvalidError, EditionNotTakingApplicationsError } from './applications.errors';
import { type ApplicationByLink, ApplicationsRepository, type BoardMeeting } from './applications.repository';
import type { ApplicationDto } from './dto/application.dto';
import { RateLimiter } from '../rate-limits/rate-limiter';
import { RATE_LIMITS } from '../rate-limits/rate-limits';
import { TooManyRequestsError } from '../rate-limits/rate-limits.errors';

/**
 * Applying without an account, the email confirmation (double opt-in) and the director's commitment. Public: whoever
 * holds a link acts for its application, and the answer to an application never tells whether the address is known.
 */
@Injectable()
export class ApplicationsService {
  private readonly secret: string;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly applications: ApplicationsRepository,
    private readonly mailQueue: MailQueueRepository,
    private readonly limiter: RateLimiter,
    @Inject(KOERS_CONFIG) config: KoersConfig,
  ) {
    this.secret = serverSecret(config);
  }

  /** The `formIssuedAt` for a programme page served now. */
  formStamp(): string {
    return issueFormStamp(this.secret);
  }

  /**
   * Stores the application and queues the mail with its confirmation link. Robots (the honeypot filled, a forged stamp,
   * a form sent sooner than a person can fill it in) get the same answer and nothing is stored, so they learn nothing
   * to adapt to. Someone who already applied for the edition gets the same answer too, and a mail saying so (one a day).
   */
  async apply(editionId: string, dto: ApplicationDto, locale: Locale, programmeSlug?: string): Promise<void> {
    if (dto.website) return;
    const stamp = checkFormStamp(this.secret, dto.formIssuedAt);
    if (stamp === 'forged' || stamp === 'too_fast') return;
    if (stamp === 'stale') throw new ApplicationFormExpiredError();
    if (!(await this.applications.takesApplications(editionId, programmeSlug))) throw new EditionNotTakingApplicationsError();
    const linkRef = randomUUID();
    const { website: _, formIssuedAt: __, ...fields } = dto;
    // The same form sent again at once is the application already stored: no second try counted, no new link. Counted
    // only for a form that was valid: a refused one, corrected and sent again, costs the applicant no try.
    await this.db.transaction((manager) =>
      this.limiter.countOnce(manager, ['application', editionId, dto.email], { rule: RATE_LIMITS.applicationTarget, subject: [dto.email] }, TooManyRequestsError, {
        repeated: async () => ((await this.applications.isRepeated(manager, { ...fields, editionId })) ? true : null),
        add: async () => {
          // An unconfirmed application does not hold the address: applying again replaces it, with a new link.
          await this.applications.deleteUnconfirmed(manager, editionId, dto.email);
          const { created, id } = await this.applications.insert(manager, {
            ...fields,
            editionId,
            locale,
            confirmTokenHash: sha256(applicationLinkToken(this.secret, linkRef)),
          });
          await this.mailQueue.enqueueForApplications(manager, [
            created
              ? { applicationId: id, kind: 'application_confirm', eventKey: 'application:confirm', payload: { linkRef } }
              : { applicationId: id, kind: 'application_duplicate', eventKey: `application:duplicate:${instantToAmsterdam(new Date()).date}`, payload: {} },
          ]);
          return true;
        },
      }),
    );
  }

  /** The applicant's link to withdraw (derived from the id, never stored). */
  withdrawPath(applicationId: string): string {
    return `${APPLICATION_WITHDRAW_PATH}?token=${encodeURIComponent(applicationWithdrawToken(this.secret, applicationId))}`;
  }

  /** What the confirmation page shows for a link; the link does not work (any more): 404. */
  async byConfirmLink(token: string): Promise<ApplicationByLink> {
    const application = await this.applications.byConfirmLink(sha256(token));
    if (!application) throw new ApplicationLinkInvalidError();
    return application;
  }

  /** Confirms the application and asks its director to commit; confirming again changes nothing. */
  async confirm(token: string): Promise<ApplicationConfirmation> {
    const linkRef = randomUUID();
    await this.db.transaction(async (manager) => {
      const id = await this.applications.confirm(manager, sha256(token), sha256(applicationLinkToken(this.secret, linkRef)));
      if (id) await this.mailQueue.enqueueForApplications(manager, [{ applicationId: id, kind: 'director_commitment_request', eventKey: 'application:director', payload: { linkRef } }]);
    });
    const application = await this.byConfirmLink(token);
    return { editionName: application.editionName, status: application.status };
  }

  async byDirectorLink(token: string): Promise<ApplicationByLink> {
    const application = await this.applications.byDirectorLink(sha256(token));
    if (!application) throw new ApplicationLinkInvalidError('application');
    return application;
  }

  /** What the director's page shows: the application and its edition's board meetings. */
  async directorPage(token: string): Promise<{ application: ApplicationByLink; boardMeetings: BoardMeeting[] }> {
    const page = await this.applications.directorPage(sha256(token));
    if (!page) throw new ApplicationLinkInvalidError('application');
    return page;
  }

  /**
   * The director commits to the board meetings, or declines (with a reason if they give one); a later answer replaces
   * it. Once the applicant withdrew or the application was declined, nothing is recorded, and the answer says so.
   */
  async answerDirector(token: string, commit: boolean, reason: string | undefined): Promise<DirectorCommitmentAnswer> {
    await this.applications.answerDirector(sha256(token), commit ? 'committed' : 'declined', commit ? null : (reason ?? null));
    const application = await this.byDirectorLink(token);
    return {
      editionName: application.editionName,
      applicantName: application.applicantName,
      directorCommitment: application.directorCommitment,
      applicationWithdrawn: application.status === 'withdrawn',
      applicationDeclined: application.status === 'declined',
    };
  }
}
