import { type Rsvp, standingAnswer } from '@koers/shared/rsvp';
import type { HomeBoardAnswer, HomeResponse, HomeSession } from '@koers/shared/home';
import { nextSession } from '@koers/shared/schedule';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { AssignmentsService } from '../assignments/assignments.service';
import { SubmissionsRepository } from '../assignments/submissions.repository';
import { AttendanceRatesRepository, isBelowThreshold } from '../attendance/attendance-rates.repository';
import type { AuthContext } from '../auth/auth-context';
import { BoardMeetingsService } from '../board-meetings/board-meetings.service';
import { addCalendarDays, amsterdamToInstant, instantToAmsterdam, isoWeekday } from '../calendar/amsterdam-time';
import { DirectorsService } from '../directors/directors.service';
import { NotificationsService } from '../notifications/notifications.service';
import { ScheduleRepository } from '../sessions/schedule.repository';
import { HomeRepository } from './home.repository';

type Instant = Date | string;

/**
 * What needs the person now, one part per thing they hold in the permission table (a person may hold several).
 * Each part asks the feature that owns its figures (rates, the review queue, the mail queue, the schedule), so the
 * home page counts exactly what those pages show, in a fixed number of queries whatever the amount of data.
 */
@Injectable()
export class HomeService {
  constructor(
    private readonly access: AccessService,
    private readonly homeFigures: HomeRepository,
    private readonly schedule: ScheduleRepository,
    private readonly rates: AttendanceRatesRepository,
    private readonly submissions: SubmissionsRepository,
    private readonly notifications: NotificationsService,
    private readonly assignments: AssignmentsService,
    private readonly boardMeetings: BoardMeetingsService,
    private readonly directors: DirectorsService,
  ) {}

  async whatNeedsMe(auth: AuthContext, now = new Date()): Promise<HomeResponse> {
    const [sessions, office, review, participant, director] = await Promise.all([
      this.sessions(auth, now),
      this.office(auth, now),
      this.review(auth),
      this.participant(auth, now),
      this.director(auth, now),
    ]);
    return { sessions, office, review, participant, director };
  }

  /** The person's own sessions, as their schedule lists them (drafts left out): today's, and the next one not yet over. */
  private async sessions(auth: AuthContext, now: Date): Promise<HomeResponse['sessions']> {
    const expected = (await this.schedule.expectedSessions(auth.personId)).filter((session) => session.status !== 'cancelled');
    const today = instantToAmsterdam(now).date;
    const next = nextSession(expected, now);
    return {
      today: expected.filter((session) => instantToAmsterdam(session.startsAt).date === today).map(toHomeSession),
      next: next ? toHomeSession(next) : null,
    };
  }

  /** The programme office's editions under way, this week's sessions, attendance under the threshold and failed mail. */
  private async office(auth: AuthContext, now: Date): Promise<HomeResponse['office']> {
    // null: the programme office, which reads every edition.
    if ((await this.access.editionsHolding(auth, 'edition.read')) !== null) return null;
    const { weekStart, weekEnd } = amsterdamWeekOf(now);
    const [editions, failedMails] = await Promise.all([
      this.homeFigures.editionsUnderWay(weekStart, weekEnd),
      this.notifications.failedCount(auth),
    ]);
    const rates = await this.rates.participantRates(editions.map((edition) => edition.editionId));
    const summaries = editions.map((edition) => ({
      ...edition,
      belowThreshold: rates.filter((rate) => rate.editionId === edition.editionId && isBelowThreshold(rate, edition.thresholdPercent)).length,
    }));
    return {
      editions: summaries,
      sessionsThisWeek: sum(summaries.map((edition) => edition.sessionsThisWeek)),
      belowThreshold: sum(summaries.map((edition) => edition.belowThreshold)),
      failedMails,
    };
  }

  /** The length of the review queue the caller sees under *Beoordelen* (its total, from the queue's own query). */
  private async review(auth: AuthContext): Promise<HomeResponse['review']> {
    const editionIds = await this.access.editionsHolding(auth, 'submissions.read');
    if (editionIds?.length === 0) return null;
    const { total } = await this.submissions.reviewQueuePage({ editionIds, limit: 1, offset: 0 });
    return { waiting: total };
  }

  private async participant(auth: AuthContext, now: Date): Promise<HomeResponse['participant']> {
    const work = await this.assignments.myWork(auth, now);
    if (!work) return null;
    const rates = await this.rates.participantRates(work.editionIds, [auth.personId]);
    return {
      editions: work.editionIds.map((editionId) => {
        const rate = rates.find((one) => one.editionId === editionId);
        return {
          editionId,
          attendanceRate: rate?.rate ?? null,
          attendance: { attended: rate?.attended ?? 0, counted: rate?.counted ?? 0 },
          assignments: work.progress.get(editionId)!,
        };
      }),
      deadlines: work.deadlines,
    };
  }

  private async director(auth: AuthContext, now: Date): Promise<HomeResponse['director']> {
    if (!(await this.access.editionsHolding(auth, 'director.progress'))?.length) return null;
    const [participants, meetings] = await Promise.all([this.directors.participants(auth), this.boardMeetings.mine(auth)]);
    // Their own meetings: one they go to as a colleague's delegate is that colleague's to answer.
    const next = meetings.find((meeting) => meeting.attendingAs === 'director' && meeting.status !== 'cancelled' && new Date(meeting.endsAt) > now);
    return {
      nextBoardMeeting: next ? { ...toHomeSession({ ...next, kind: 'board_meeting' }), answer: homeAnswer(next.rsvp) } : null,
      participants: participants.map(({ personId, name, editionName, attendanceRate, assignments }) => ({
        personId,
        name,
        editionName,
        attendanceRate,
        assignments,
      })),
    };
  }
}

function toHomeSession(session: Omit<HomeSession, 'startsAt' | 'endsAt'> & { startsAt: Instant; endsAt: Instant }): HomeSession {
  const { sessionId, editionId, editionName, kind, title, mode, location, status } = session;
  return {
    sessionId,
    editionId,
    editionName,
    kind,
    title,
    startsAt: new Date(session.startsAt).toISOString(),
    endsAt: new Date(session.endsAt).toISOString(),
    mode,
    location,
    status,
  };
}

/** Monday 00:00 up to the next Monday 00:00, on the Amsterdam calendar. */
function amsterdamWeekOf(now: Date): { weekStart: Date; weekEnd: Date } {
  const today = instantToAmsterdam(now).date;
  const monday = addCalendarDays(today, 1 - isoWeekday(today));
  return { weekStart: amsterdamToInstant(monday, '00:00'), weekEnd: amsterdamToInstant(addCalendarDays(monday, 7), '00:00') };
}

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

/** What the director's home page says of their answer: a delegate goes in their place only once they accepted. */
function homeAnswer(rsvp: Rsvp | null): HomeBoardAnswer | null {
  const answer = standingAnswer(rsvp);
  return answer === 'delegate' && rsvp?.delegateStatus !== 'accepted' ? 'delegate_invited' : answer;
}
