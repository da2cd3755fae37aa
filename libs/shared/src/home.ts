import type { RsvpResponse } from './rsvp';
import type { SubmissionStatus } from './assignments';
import type { SessionKind, SessionMode, SessionStatus } from './domain';

/** A session as the home page names it: what, when, where; the session page has the rest. */
export interface HomeSession {
  sessionId: string;
  editionId: string;
  editionName: string;
  kind: SessionKind;
  title: string;
  /** ISO 8601 instants; shown in Europe/Amsterdam. */
  startsAt: string;
  endsAt: string;
  mode: SessionMode;
  location: string | null;
  status: SessionStatus;
}

/** An edition the programme office runs now (open for enrolment or running), with what needs attention in it. */
export interface OfficeEditionSummary {
  editionId: string;
  name: string;
  status: 'open' | 'running';
  /** Sessions (not cancelled) starting this week, Monday to Sunday in Amsterdam. */
  sessionsThisWeek: number;
  /** Active participants whose attendance rate so far is under the programme's threshold. */
  belowThreshold: number;
  thresholdPercent: number;
}

/** A participant's own figures in one of their editions (the edition's name is in `GET /api/me`). */
export interface ParticipantEditionProgress {
  editionId: string;
  /** Share of the programme days held so far that they attended; null before the first day. */
  attendanceRate: number | null;
  attendance: { attended: number; counted: number };
  /** The edition's assignments: handed in at least once, approved on the latest version, and all of them. */
  assignments: { submitted: number; approved: number; total: number };
}

/** An assignment that still asks something of the participant: not handed in, or sent back, and not closed yet. */
export interface HomeDeadline {
  assignmentId: string;
  editionId: string;
  title: string;
  /** Their own due instant (an extension included). */
  dueAt: string;
  status: SubmissionStatus;
}

/** One participant a director sponsors, in short; *Voortgang deelnemers* has the whole picture. */
export interface DirectorParticipantSummary {
  personId: string;
  name: string;
  editionName: string;
  attendanceRate: number | null;
  assignments: { submitted: number; approved: number; total: number };
}

/**
 * `GET /api/me/home`: what needs the caller now. Each part is there (not null) only for someone who holds its
 * permission somewhere: `office` the programme office's (`edition.read`, `mail.manage`), `review` `submissions.read`,
 * `participant` `assignments.own`, `director` `director.progress`. A person holding several gets several parts.
 */
export interface HomeResponse {
  /** The caller's own sessions (as the schedule has them): today's in Amsterdam, and the next one that has not ended. */
  sessions: { today: HomeSession[]; next: HomeSession | null };
  office: {
    editions: OfficeEditionSummary[];
    sessionsThisWeek: number;
    belowThreshold: number;
    /** Mails that failed after every retry, waiting under *E-mails*. */
    failedMails: number;
  } | null;
  /** Work waiting for review in the editions where the caller reviews (the programme office: all). */
  review: { waiting: number } | null;
  participant: {
    editions: ParticipantEditionProgress[];
    /** Open work, earliest due first (at most five). */
    deadlines: HomeDeadline[];
  } | null;
  director: {
    /**
     * With the director's answer while it stands (`standingAnswer`); `delegate_invited` while the delegate they sent has
     * not accepted yet; null while they have not answered.
     */
    nextBoardMeeting: (HomeSession & { answer: HomeBoardAnswer | null }) | null;
    participants: DirectorParticipantSummary[];
  } | null;
}

/** The director's answer as their home page says it: `delegate_invited` until the delegate they sent accepted. */
export type HomeBoardAnswer = RsvpResponse | 'delegate_invited';
