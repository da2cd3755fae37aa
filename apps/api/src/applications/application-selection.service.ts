import { CURRENT_EDITION_STATUSES } from '@koers/shared/domain';
import { type ApplicationDetail, type ApplicationsPage, type ApplicationStatus, type ApplicationWithdrawal, takesWaitlist } from '@koers/shared/applications';
import { Inject, Injectable, Logger } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { KOERS_CONFIG, type KoersConfig, serverSecret } from '../app/config';
import { readPage, toPage } from '../app/pagination';
import { applicationIdFromWithdrawToken } from '../app/tokens';
import type { AuthContext } from '../auth/auth-context';
import { assertEditionWritable } from '../editions/edition-status.rules';
import { type EditionSeats, EnrolmentsRepository } from '../enrolments/enrolments.repository';
import { InternalTeamOtherRoleError, StaffInEditionError } from '../enrolments/enrolments.errors';
import { EnrolmentsService } from '../enrolments/enrolments.service';
import { barsTakingPart, isActiveStaff, isActiveTeamMember } from '../enrolments/roles-in-edition.rules';
import { NotFoundError } from '../errors/koers-error';
import { MailQueueRepository, type NewApplicationDelivery } from '../mail/mail-queue.repository';
import { Outbox } from '../mail/outbox';
import { type ApplicationForDecision, ApplicationSelectionRepository, type ApplicationsFilter, type Erased } from './application-selection.repository';
import { ApplicationLinkInvalidError, ApplicationNotSelectableError, ApplicationWithdrawalClosedError, EditionFullError, PlacesStillFreeError } from './applications.errors';
import { type ApplicationByLink, ApplicationsRepository } from './applications.repository';

/** What each decision may follow; deciding what already holds changes nothing (and mails nobody). */
const DECIDABLE_FROM: Record<'accepted' | 'waitlisted' | 'declined', readonly ApplicationStatus[]> = {
  accepted: ['confirmed', 'waitlisted', 'declined'],
  waitlisted: ['confirmed', 'declined'],
  declined: ['confirmed', 'waitlisted', 'accepted'],
};

/** Applications that are still open: the applicant may withdraw them. */
const WITHDRAWABLE: readonly ApplicationStatus[] = ['unconfirmed', 'confirmed', 'waitlisted', 'accepted'];

export interface SweepRun {
  erased: Erased;
  /** Acceptances whose enrolment was withdrawn elsewhere: now declined. */
  acceptancesLost: number;
  /** Applications moved up from the waiting list. */
  movedUp: number;
}

/**
 * Selection by the programme office (accept, waiting list, decline) and the applicant's withdrawal. Every decision
 * locks the edition first (the lock enrolling takes), then the application, so capacity and waiting-list positions
 * hold under parallel requests; the enrolments, invitations and mails of a decision commit together or not at all.
 */
@Injectable()
export class ApplicationSelectionService {
  private readonly logger = new Logger('ApplicationSelection');
  private readonly secret: string;

  constructor(
    private readonly access: AccessService,
    private readonly selection: ApplicationSelectionRepository,
    private readonly applications: ApplicationsRepository,
    private readonly seats: EnrolmentsRepository,
    private readonly enrolments: EnrolmentsService,
    private readonly mailQueue: MailQueueRepository,
    private readonly outbox: Outbox,
    @Inject(KOERS_CONFIG) private readonly config: KoersConfig,
  ) {
    this.secret = serverSecret(config);
  }

  async list(auth: AuthContext, editionId: string, query: ApplicationsFilter & { page: number; pageSize: number }): Promise<ApplicationsPage> {
    await this.access.requireInEdition(auth, 'applications.read', editionId);
    const places = await this.selection.places(editionId);
    if (!places) throw new NotFoundError();
    const { items, total } = await readPage(query, (limit, offset) => this.selection.page(editionId, query, limit, offset));
    return { ...toPage(items, total, query), places };
  }

  async detail(auth: AuthContext, applicationId: string): Promise<ApplicationDetail> {
    await this.requireForApplication(auth, 'applications.read', applicationId);
    return this.full(applicationId);
  }

  /**
   * Erases an application at the applicant's (or the director's) request, with its mails and their outbox copies,
   * whatever its status or its edition's (erasure is the programme office's `people.manage`, as a person's is).
   */
  async erase(auth: AuthContext, applicationId: string): Promise<void> {
    this.access.requireProgrammeOffice(auth, 'people.manage');
    const deliveryIds = await this.selection.eraseOne(applicationId);
    if (!deliveryIds) throw new NotFoundError();
    await this.outbox.removeErased(deliveryIds, { applicationId });
  }

  /** Accepts: the applicant and their director are enrolled and invited. A full edition needs `confirmOverCapacity`. */
  async accept(auth: AuthContext, applicationId: string, confirmOverCapacity: boolean): Promise<ApplicationDetail> {
    await this.decide(auth, applicationId, 'accepted', async (manager, application, seats) => {
      if (seats.taken >= seats.capacity && !confirmOverCapacity) throw new EditionFullError({ capacity: seats.capacity, placesTaken: seats.taken });
      await this.acceptLocked(manager, application, false);
    });
    return this.full(applicationId);
  }

  /** Puts the application last on the waiting list of a full edition (`takesWaitlist`). */
  async waitlist(auth: AuthContext, applicationId: string): Promise<ApplicationDetail> {
    await this.decide(auth, applicationId, 'waitlisted', async (manager, application, seats) => {
      if (!takesWaitlist({ capacity: seats.capacity, placesTaken: seats.taken })) throw new PlacesStillFreeError(seats.capacity - seats.taken);
      const existing = await this.seats.existing(application.editionId, [application.email], manager);
      if (existing.some(isActiveStaff)) throw new StaffInEditionError();
      if (existing.some(isActiveTeamMember)) throw new InternalTeamOtherRoleError();
      await this.selection.markWaitlisted(manager, application.id, application.editionId);
      await this.mail(manager, application.id, { kind: 'application_waitlisted', payload: {} });
    });
    return this.full(applicationId);
  }

  /** Declines, with a message for the applicant; declining an accepted application withdraws its enrolment and frees the place. */
  async decline(auth: AuthContext, applicationId: string, message: string | undefined): Promise<ApplicationDetail> {
    await this.decide(auth, applicationId, 'declined', async (manager, application) => {
      await this.close(manager, application, 'declined', message ?? null);
    });
    return this.full(applicationId);
  }

  /** What the withdraw link's page shows; a link this server did not sign, or of an erased application: 404. */
  async byWithdrawLink(token: string): Promise<ApplicationByLink> {
    const applicationId = applicationIdFromWithdrawToken(this.secret, token);
    const application = applicationId ? await this.applications.byId(applicationId) : null;
    if (!application) throw new ApplicationLinkInvalidError('application');
    return application;
  }

  /**
   * The applicant withdraws through the link in their mails; withdrawing again changes nothing. An acceptance frees its
   * place. Once the edition has started the link withdraws nothing (409): the programme office handles leaving then.
   */
  async withdraw(token: string): Promise<ApplicationWithdrawal> {
    const { id, editionId, editionName } = await this.byWithdrawLink(token);
    const status = await this.selection.transaction(async (manager) => {
      await this.seats.seats(editionId, { lock: true }, manager);
      const application = await this.selection.lockForDecision(id, manager);
      if (!application) throw new ApplicationLinkInvalidError('application');
      if (!WITHDRAWABLE.includes(application.status)) return application.status;
      if (await this.selection.editionStarted(manager, editionId)) throw new ApplicationWithdrawalClosedError();
      await this.close(manager, application, 'withdrawn', null);
      return 'withdrawn' as const;
    });
    return { editionName, status };
  }

  /**
   * The periodic work (ApplicationsSweep): erasure after the retention period, acceptances whose enrolment was
   * withdrawn under *Inschrijvingen* become declined, and every free place goes to the first on the waiting list.
   */
  async sweep(): Promise<SweepRun> {
    const { erased, deliveryIds } = await this.selection.erase(this.config.applicationRetentionMonths);
    await this.outbox.removeErased(deliveryIds, { by: 'applications sweep' });
    const lost = await this.selection.transaction(async (manager) => {
      const closed = await this.selection.closeLostAcceptances(manager);
      for (const { id } of closed) await this.mail(manager, id, { kind: 'application_declined', payload: { acceptanceWithdrawn: true } });
      return closed;
    });
    const editions = new Set([...lost.map((application) => application.editionId), ...(await this.selection.editionsWithPlaceForWaitlist())]);
    let movedUp = 0;
    for (const editionId of editions) {
      // One edition that fails (and is tried again next run) must not keep the places of the others from their waiting lists.
      try {
        movedUp += await this.selection.transaction((manager) => this.fillFromWaitlist(manager, editionId));
      } catch (error) {
        this.logger.error({ msg: 'Moving up the waiting list of an edition failed', editionId, error: String(error) });
      }
    }
    return { erased, acceptancesLost: lost.length, movedUp };
  }

  /** The access check for a route on one application: its edition's permission (`unknownId` for an id that names none). */
  private async requireForApplication(auth: AuthContext, permission: 'applications.read' | 'applications.select', applicationId: string): Promise<string> {
    const editionId = await this.selection.editionOf(applicationId);
    if (!editionId) throw this.access.unknownId(auth);
    await this.access.requireInEdition(auth, permission, editionId);
    return editionId;
  }

  /** Runs a decision under the edition's lock and the application's, when the application's status allows it. */
  private async decide(
    auth: AuthContext,
    applicationId: string,
    to: keyof typeof DECIDABLE_FROM,
    work: (manager: EntityManager, application: ApplicationForDecision, seats: EditionSeats) => Promise<void>,
  ): Promise<void> {
    const editionId = await this.requireForApplication(auth, 'applications.select', applicationId);
    await this.selection.transaction(async (manager) => {
      const seats = await this.seats.seats(editionId, { lock: true }, manager);
      if (!seats) throw new NotFoundError();
      assertEditionWritable(seats.status);
      const application = await this.selection.lockForDecision(applicationId, manager);
      if (!application) throw new NotFoundError();
      if (application.status === to) return;
      if (!DECIDABLE_FROM[to].includes(application.status)) throw new ApplicationNotSelectableError();
      await work(manager, application, seats);
    });
  }

  private async acceptLocked(manager: EntityManager, application: ApplicationForDecision, fromWaitlist: boolean): Promise<void> {
    const { enrolmentId } = await this.enrolments.enrolApplicant(manager, application.editionId, application);
    await this.selection.markAccepted(manager, application.id, enrolmentId);
    await this.mail(manager, application.id, { kind: 'application_accepted', payload: { fromWaitlist } });
  }

  /** Declined or withdrawn; an acceptance's enrolment is withdrawn with it and its place offered to the waiting list. */
  private async close(manager: EntityManager, application: ApplicationForDecision, status: 'declined' | 'withdrawn', message: string | null): Promise<void> {
    const wasAccepted = application.status === 'accepted';
    if (wasAccepted && application.enrolmentId) await this.enrolments.withdrawLocked(manager, application.editionId, application.enrolmentId);
    await this.selection.markClosed(manager, application.id, status, message);
    await this.mail(
      manager,
      application.id,
      status === 'declined' ? { kind: 'application_declined', payload: { acceptanceWithdrawn: wasAccepted } } : { kind: 'application_withdrawn', payload: {} },
    );
    if (wasAccepted) await this.fillFromWaitlist(manager, application.editionId);
  }

  /**
   * Gives every free place of the edition to the first on the applications' waiting list (after the enrolments' own
   * waiting list, which `withdrawLocked` already moved up): they are accepted and told so. Someone the programme office
   * meanwhile enrolled another way (one by one, or by import) is already in: their application becomes accepted with
   * that enrolment, without a second enrolment or a mail, and the free place goes on to the next. Someone who has
   * become a trainer or facilitator of the edition since, or joined a participant's internal team, cannot take part in
   * it (`barsTakingPart`), nor with a director who joined one: their application is declined, and the place goes on
   * too. Answers how many moved up.
   */
  private async fillFromWaitlist(manager: EntityManager, editionId: string): Promise<number> {
    const seats = await this.seats.seats(editionId, { lock: true }, manager);
    if (!seats || !CURRENT_EDITION_STATUSES.includes(seats.status)) return 0;
    let free = seats.capacity - seats.taken;
    let movedUp = 0;
    // Every round takes its applications off the waiting list, so it ends.
    while (free > 0) {
      const next = await this.selection.firstWaitlisted(manager, editionId, free);
      if (next.length === 0) break;
      for (const id of next) {
        const application = await this.selection.lockForDecision(id, manager);
        if (!application) continue;
        movedUp += 1;
        const known = await this.seats.existing(application.editionId, [application.email, application.directorEmail], manager);
        const existing = known.filter((enrolment) => enrolment.email === application.email);
        // Nor can one whose director has joined a participant's internal team since be enrolled with them.
        const directorInTeam = known.some((enrolment) => enrolment.email === application.directorEmail && isActiveTeamMember(enrolment));
        if (existing.some(barsTakingPart) || directorInTeam) {
          await this.close(manager, application, 'declined', null);
          continue;
        }
        const enrolled = existing.find((candidate) => candidate.role === 'participant' && candidate.status !== 'withdrawn');
        if (enrolled) {
          await this.selection.markAccepted(manager, application.id, enrolled.id);
          continue;
        }
        await this.acceptLocked(manager, application, true);
        free -= 1;
      }
    }
    return movedUp;
  }

  private async mail(manager: EntityManager, applicationId: string, mail: Pick<NewApplicationDelivery, 'kind' | 'payload'>): Promise<void> {
    // Every decision is its own event: accepted, declined and accepted again is three mails.
    await this.mailQueue.enqueueForApplications(manager, [{ ...mail, applicationId, eventKey: `application:${mail.kind}:${new Date().toISOString()}` } as NewApplicationDelivery]);
  }

  private async full(applicationId: string): Promise<ApplicationDetail> {
    const application = await this.selection.detail(applicationId);
    if (!application) throw new NotFoundError();
    const [places, enrolments] = await Promise.all([this.selection.places(application.editionId), this.seats.existing(application.editionId, [application.email])]);
    return { ...application, applicantHasOtherRole: enrolments.some(barsTakingPart), places: places! };
  }
}
