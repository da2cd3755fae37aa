import type { AssignRestResponse, MyWorkshopChoice, SessionWorkshopsResponse, WorkshopChoicesResponse, WorkshopView } from '@koers/shared/workshops';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AccessService } from '../access/access.service';
import { contentVersion } from '../app/content-version';
import { repeatedNameIndex } from '../app/text';
import { ValidationFailedError } from '../errors/koers-error';
import type { AuthContext } from '../auth/auth-context';
import { MailQueueRepository } from '../mail/mail-queue.repository';
import type { ChooseWorkshopDto } from './dto/choose-workshop.dto';
import type { SaveWorkshopsDto } from './dto/save-workshops.dto';
import {
  ChoiceDeadlineAfterStartError,
  ChoiceDeadlinePassedError,
  DuplicateWorkshopTitleError,
  NotChoosingHereError,
  WorkshopChoiceClosedError,
  WorkshopNotFoundError,
  WorkshopsChangedError,
  WorkshopTwiceError,
} from './workshops.errors';
import { swapCircles } from './workshop-swaps';
import { type PromotedChoice, WorkshopsRepository } from './workshops.repository';
import { deadlineHasPassed } from '../app/deadlines';

/** The session's workshops and deadline, not who chose them: participants choosing refuse no save of the programme office. */
function workshopsVersion(closesAt: Date | null, workshops: readonly WorkshopView[]): string {
  const state = [closesAt?.toISOString() ?? null, workshops.map((w) => [w.id, w.title, w.speaker, w.room, w.capacity])];
  return contentVersion(state);
}

@Injectable()
export class WorkshopsService {
  constructor(
    private readonly access: AccessService,
    private readonly workshops: WorkshopsRepository,
    private readonly mailQueue: MailQueueRepository,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  /** The session's workshops with how full each is, and the caller's own choice. */
  async list(auth: AuthContext, sessionId: string): Promise<SessionWorkshopsResponse> {
    const standing = await this.access.requireAtSession(auth, 'workshops.read', sessionId);
    const [closesAt, workshops, myChoice] = await Promise.all([
      this.workshops.closesAt(sessionId),
      this.workshops.workshops(sessionId),
      this.workshops.choiceOf(sessionId, auth.personId),
    ]);
    const canChoose =
      workshops.length > 0 &&
      standing.expectedAs.includes('participant') &&
      this.access.decide(auth, 'workshops.choose', standing) === 'allowed' &&
      closesAt !== null &&
      closesAt > new Date();
    return { sessionId, choiceClosesAt: closesAt?.toISOString() ?? null, workshops, myChoice, canChoose, version: workshopsVersion(closesAt, workshops) };
  }

  /**
   * The programme office sets the session's workshops and the deadline; raised capacities take people off the waiting
   * lists, and whoever had a place in (or waited for) a workshop that goes is told by mail. A save from a form read
   * before someone else's is refused, so it cannot undo theirs.
   */
  async save(auth: AuthContext, sessionId: string, dto: SaveWorkshopsDto): Promise<SessionWorkshopsResponse> {
    await this.access.requireAtSession(auth, 'workshops.manage', sessionId);
    // Without a deadline nobody could ever choose.
    if (dto.workshops.length > 0 && !dto.choiceClosesAt) {
      throw new ValidationFailedError([
        { field: 'choiceClosesAt', message: { nl: 'Geef aan tot wanneer deelnemers kunnen kiezen.', en: 'Say until when participants can choose.' } },
      ]);
    }
    const twice = dto.workshops.findIndex((workshop, index) => workshop.id && dto.workshops.findIndex((other) => other.id === workshop.id) < index);
    if (twice >= 0) throw new WorkshopTwiceError(twice);
    const sameTitle = repeatedNameIndex(dto.workshops.map((workshop) => workshop.title));
    if (sameTitle >= 0) throw new DuplicateWorkshopTitleError(sameTitle);
    const closesAt = dto.choiceClosesAt ? new Date(dto.choiceClosesAt) : null;
    await this.db.transaction(async (manager) => {
      // NO KEY UPDATE: a choice holding the workshops' locks still inserts its row (whose key only shares the session's),
      // so it finishes and this save goes on after it, instead of the two waiting for each other.
      const [session] = await manager.query(
        `SELECT starts_at AS "startsAt", workshop_choice_closes_at AS "closesAt" FROM session WHERE id = $1 FOR NO KEY UPDATE`,
        [sessionId],
      );
      if (closesAt && closesAt > session.startsAt) throw new ChoiceDeadlineAfterStartError();
      // A new deadline already past (a mistyped year) would close choosing for good; a few minutes ago is "now".
      const changed = closesAt?.getTime() !== (session.closesAt as Date | null)?.getTime();
      // A deadline of "now" closes choosing now; one further back is a mistyped date.
      if (closesAt && changed && deadlineHasPassed(closesAt)) throw new ChoiceDeadlinePassedError();
      const existing = new Set(await this.workshops.lockWorkshops(sessionId, manager));
      if (dto.version !== undefined && dto.version !== workshopsVersion(session.closesAt, await this.workshops.workshops(sessionId, manager))) throw new WorkshopsChangedError();
      if (dto.workshops.some((workshop) => workshop.id && !existing.has(workshop.id))) throw new WorkshopNotFoundError();
      // Before the deadline changes: wishes that lapsed at the old one do not come back with a later one.
      await this.workshops.endLapsedWishes(sessionId, manager);
      const removed = await this.workshops.replaceWorkshops(sessionId, closesAt, dto.workshops, manager);
      const at = new Date().toISOString();
      await this.mailQueue.enqueue(
        manager,
        removed.map(({ personId, workshopTitle }) => ({
          personId,
          kind: 'workshop_removed' as const,
          eventKey: `workshop-removed:${sessionId}:${at}`,
          payload: { sessionId, workshopTitle, at },
        })),
      );
      await this.fillFromWaitingLists(sessionId, manager);
    });
    return this.list(auth, sessionId);
  }

  /**
   * A participant expected at the session chooses a workshop before the deadline: placed while it has room, else
   * on its waiting list. Leaving a workshop gives the place to the first on its waiting list.
   */
  async choose(auth: AuthContext, sessionId: string, dto: ChooseWorkshopDto): Promise<MyWorkshopChoice> {
    const standing = await this.access.requireAtSession(auth, 'workshops.choose', sessionId);
    if (!standing.expectedAs.includes('participant')) throw new NotChoosingHereError();
    return this.db.transaction(async (manager) => {
      const workshops = await this.workshops.lockWorkshops(sessionId, manager);
      if (!workshops.includes(dto.workshopId)) throw new WorkshopNotFoundError();
      const closesAt = await this.workshops.closesAt(sessionId, manager);
      if (!closesAt || closesAt <= new Date()) throw new WorkshopChoiceClosedError();
      await this.workshops.choose(sessionId, auth.personId, dto.workshopId, null, manager);
      await this.fillFromWaitingLists(sessionId, manager);
      return (await this.workshops.choiceOf(sessionId, auth.personId, manager))!;
    });
  }

  /** The programme office's overview: who chose which workshop, the waiting lists, and who has not chosen. */
  async choices(auth: AuthContext, sessionId: string): Promise<WorkshopChoicesResponse> {
    await this.access.requireAtSession(auth, 'workshops.choices', sessionId);
    return this.workshops.choices(sessionId);
  }

  /**
   * The programme office places everyone expected who has no place yet, where there is room; those who waited keep
   * their place in line while choosing is open, and round a circle of such wishes people swap.
   */
  async assignRest(auth: AuthContext, sessionId: string): Promise<AssignRestResponse> {
    await this.access.requireAtSession(auth, 'workshops.manage', sessionId);
    return this.db.transaction(async (manager) => {
      await this.workshops.lockWorkshops(sessionId, manager);
      const { placed, withoutRoom } = await this.workshops.assignRest(sessionId, auth.personId, manager);
      await this.mailPlaced(manager, sessionId, placed, { byOffice: true });
      await this.fillFromWaitingLists(sessionId, manager);
      return { assigned: placed.length, withoutRoom };
    });
  }

  /**
   * Someone who no longer takes part (withdrawn from the edition, or erased) leaves their places in workshops still to
   * come, which go to the first on each waiting list, as when someone switches; past sessions keep what was. In the
   * caller's transaction, one session after the other under its workshops' locks.
   */
  async releaseComingPlaces(manager: EntityManager, personId: string, editionId: string | null): Promise<void> {
    for (const sessionId of await this.workshops.comingChoiceSessions(personId, editionId, manager)) {
      await this.workshops.lockWorkshops(sessionId, manager);
      await this.workshops.removeChoice(sessionId, personId, manager);
      await this.fillFromWaitingLists(sessionId, manager);
    }
  }

  /**
   * Fills the session's free workshop places from their waiting lists; whoever moves up hears so by mail, with the
   * session's invitation now naming the workshop. Under lockWorkshops.
   */
  private async fillFromWaitingLists(sessionId: string, manager: EntityManager): Promise<void> {
    await this.workshops.endLapsedWishes(sessionId, manager);
    const promoted: PromotedChoice[] = [];
    for (;;) {
      promoted.push(...(await this.workshops.promoteWaiting(sessionId, manager)));
      // Full workshops whose firsts in line hold each other's places swap; the places that frees go round again.
      const swapping = swapCircles(await this.workshops.switchersAtHead(sessionId, manager));
      if (swapping.length === 0) break;
      promoted.push(...(await this.workshops.moveToWanted(swapping, manager)));
    }
    await this.mailPlaced(manager, sessionId, promoted, { byOffice: false });
  }

  /**
   * Tells each person placed where they are now (moved up from a waiting list, or placed by the programme office), with
   * the session's invitation naming the workshop. A mail about the session still waiting tells the latest place, and
   * how they got it, when it goes out: a burst of changes mails once, saying which place they held before it.
   */
  private async mailPlaced(manager: EntityManager, sessionId: string, placed: PromotedChoice[], { byOffice }: { byOffice: boolean }): Promise<void> {
    const at = new Date().toISOString();
    await this.mailQueue.enqueueFolded(
      manager,
      placed.map(({ choiceId, personId, workshopId, leftWorkshopId, leftWorkshopTitle }) => ({
        personId,
        kind: 'workshop_placed' as const,
        eventKey: `workshop-choice:${choiceId}:placed:${at}`,
        payload: { sessionId, at, workshopId, leftWorkshopId, leftWorkshopTitle, byOffice },
      })),
      'sessionId',
      ['at', 'workshopId', 'byOffice'],
    );
  }
}
