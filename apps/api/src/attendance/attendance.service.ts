import { isMarkOpen, markingOpensAt } from '@koers/shared/attendance';
import type { AttendanceChangeEntry, MarkAbsentResponse, RosterEntry, SaveAttendanceResponse } from '@koers/shared/attendance';
import type { Page } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { type PageQueryDto, readPage, toPage } from '../app/pagination';
import type { AuthContext } from '../auth/auth-context';
import { WebhookOutboxRepository } from '../webhooks/webhook-outbox.repository';
import { DuplicateMarksError, MarkingNotOpenError, PeopleNotExpectedError, SessionCancelledError, SessionNotEndedError } from './attendance.errors';
import { AttendanceAccess } from './attendance-access';
import { AttendanceRepository } from './attendance.repository';
import type { AttendanceMarkDto } from './dto/attendance-mark.dto';

/** The trainer's side of attendance: the roster, marking it, closing it after the end, and its history. */
@Injectable()
export class AttendanceService {
  constructor(
    private readonly access: AttendanceAccess,
    private readonly attendance: AttendanceRepository,
    @InjectDataSource() private readonly db: DataSource,
    private readonly webhooks: WebhookOutboxRepository,
  ) {}

  async roster(auth: AuthContext, sessionId: string): Promise<RosterEntry[]> {
    await this.access.requireAtSession(auth, 'attendance.read', sessionId);
    return this.attendance.roster(sessionId);
  }

  /**
   * All marks or none: one transaction, a fixed number of statements for any number of marks. Saving the same
   * marks again changes nothing and adds no history. Present, late and absent wait until marking opens.
   */
  async save(auth: AuthContext, sessionId: string, marks: AttendanceMarkDto[], now = new Date()): Promise<SaveAttendanceResponse> {
    const session = await this.access.requireAtSession(auth, 'attendance.record', sessionId);
    if (session.status === 'cancelled') throw new SessionCancelledError();
    rejectDuplicates(marks);
    if (marks.length === 0) return { marks: [] };
    const saved = await this.db.transaction(async (manager) => {
      const strangers = await this.attendance.notExpected(sessionId, marks.map((mark) => mark.personId), manager);
      if (strangers.length > 0) {
        const index = new Map(marks.map((mark, i) => [mark.personId, i]));
        throw new PeopleNotExpectedError(
          // Named by their place in the list only: the person may be someone the trainer has no business knowing.
          strangers.map((personId) => ({
            field: `[${index.get(personId)}].personId`,
            message: { nl: 'Deze persoon wordt niet verwacht bij deze bijeenkomst.', en: 'This person is not expected at this session.' },
          })),
        );
      }
      // Taken after the checks of who: saves of the session wait for each other only for the write and its time.
      const locked = await this.attendance.lockSessionMarks(sessionId, manager);
      if (!locked || locked.status === 'cancelled') throw new SessionCancelledError();
      const early = marks.flatMap((mark, index) => (isMarkOpen(mark.status, locked.startsAt, now) ? [] : [index]));
      if (early.length > 0) throw new MarkingNotOpenError(markingOpensAt(locked.startsAt), early);
      return this.attendance.saveMarks(sessionId, marks, auth.personId, manager);
    });
    return { marks: saved };
  }

  /**
   * After the end, everyone still unmarked (staff aside) is marked absent in one action: the trainer closes the
   * session's attendance, every expected person now has a mark. Integrators hear of it once per session
   * (`session.attendance_closed`); later corrections are the attendance history's business.
   */
  async markEmptyAbsent(auth: AuthContext, sessionId: string, now = new Date()): Promise<MarkAbsentResponse> {
    const session = await this.access.requireAtSession(auth, 'attendance.record', sessionId);
    if (session.status === 'cancelled') throw new SessionCancelledError();
    if (session.endsAt > now) throw new SessionNotEndedError();
    const marked = await this.db.transaction(async (manager) => {
      // As the session stands under the lock a move takes too: one moved ahead meanwhile, even to a time under way
      // now, has not ended.
      const locked = await this.attendance.lockSessionMarks(sessionId, manager);
      if (!locked || locked.status === 'cancelled') throw new SessionCancelledError();
      if (locked.endsAt > now) throw new SessionNotEndedError();
      const count = await this.attendance.markEmptyAbsent(sessionId, auth.personId, manager);
      await this.webhooks.enqueue(manager, [
        { event: 'session.attendance_closed', key: `session.attendance_closed:${sessionId}`, data: { sessionId, editionId: session.editionId } },
      ]);
      return count;
    });
    return { marked };
  }

  async changes(auth: AuthContext, sessionId: string, query: PageQueryDto): Promise<Page<AttendanceChangeEntry>> {
    await this.access.requireAtSession(auth, 'attendance.read', sessionId);
    const { items, total } = await readPage(query, (limit, offset) => this.attendance.changes(sessionId, limit, offset));
    return toPage(items, total, query);
  }
}

function rejectDuplicates(marks: AttendanceMarkDto[]): void {
  const seen = new Set<string>();
  const fields = marks.flatMap((mark, index) => {
    if (!seen.has(mark.personId)) {
      seen.add(mark.personId);
      return [];
    }
    return [{ field: `[${index}].personId`, message: { nl: 'Deze persoon staat al eerder in de lijst.', en: 'This person is already in the list.' } }];
  });
  if (fields.length > 0) throw new DuplicateMarksError(fields);
}
