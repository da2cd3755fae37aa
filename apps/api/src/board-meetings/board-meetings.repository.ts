import type { BoardMeetingMinutes, MyBoardMeeting } from '@koers/shared/board-meetings';
import type { SessionKind } from '@koers/shared/domain';
import type { Rsvp } from '@koers/shared/rsvp';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { isPublishedEdition } from '../database/edition-sql';
import { latestDelegateInvitationStatus } from '../invitations/invitations.repository';

type MeetingRow = Omit<MyBoardMeeting, 'rsvp' | 'minutes'> &
  Rsvp & { response: Rsvp['response'] | null; minutesText: string | null; minutesPublishedAt: string | null };

@Injectable()
export class BoardMeetingsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The board meetings at which `expected_attendee` expects the person as director, with their answer, whether they
   * (or their delegate) attended, and the published minutes, and those they go to as a director's delegate, naming
   * that director; one query. Someone who is both at one meeting sees it once, as its director who also stands in.
   */
  async forDirectorOrDelegate(personId: string): Promise<MyBoardMeeting[]> {
    const rows = await this.db.query(
      `SELECT s.id AS "sessionId", s.edition_id AS "editionId", ed.name AS "editionName", s.title,
              s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.mode, s.location, s.online_url AS "onlineUrl", s.status, s.agenda,
              r.response, r.delegate_name AS "delegateName", r.delegate_email AS "delegateEmail",
              CASE WHEN r.response <> 'delegate' THEN NULL
                   ELSE COALESCE(${latestDelegateInvitationStatus('r')}::text, CASE WHEN r.delegate_person_id IS NULL THEN 'pending' ELSE 'accepted' END)
              END AS "delegateStatus",
              CASE WHEN own.id IS NULL AND delegated.id IS NULL THEN NULL
                   ELSE COALESCE(own.status IN ('present', 'late'), false) OR COALESCE(delegated.status IN ('present', 'late'), false)
              END AS attended,
              CASE WHEN ea.as_director THEN 'director' ELSE 'delegate' END AS "attendingAs", director.name AS "delegateFor",
              m.text AS "minutesText", m.published_at AS "minutesPublishedAt"
         FROM (SELECT session_id, person_id, bool_or(role = 'director') AS as_director,
                      (array_agg(delegate_of_person_id) FILTER (WHERE role = 'delegate'))[1] AS delegate_of_person_id
                 FROM expected_attendee
                WHERE person_id = $1 AND role IN ('director', 'delegate')
                GROUP BY session_id, person_id) ea
         JOIN session s ON s.id = ea.session_id AND s.kind = 'board_meeting'
         JOIN edition ed ON ed.id = s.edition_id AND ${isPublishedEdition('ed')}
         LEFT JOIN person director ON director.id = ea.delegate_of_person_id
         LEFT JOIN session_rsvp r ON r.session_id = s.id AND r.person_id = ea.person_id AND ea.as_director
         LEFT JOIN attendance own ON own.session_id = s.id AND own.person_id = ea.person_id
         LEFT JOIN attendance delegated ON delegated.session_id = s.id AND delegated.person_id = r.delegate_person_id AND r.response = 'delegate'
         LEFT JOIN board_meeting_minutes m ON m.session_id = s.id
        ORDER BY s.starts_at, s.title`,
      [personId],
    );
    return rows.map(({ response, delegateName, delegateEmail, delegateStatus, minutesText, minutesPublishedAt, ...meeting }: MeetingRow) => ({
      ...meeting,
      rsvp: response ? { response, delegateName, delegateEmail, delegateStatus } : null,
      minutes: minutesText !== null && minutesPublishedAt ? { text: minutesText, publishedAt: minutesPublishedAt } : null,
    }));
  }

  async findSession(sessionId: string): Promise<{ editionId: string; kind: SessionKind; startsAt: Date } | null> {
    const rows = await this.db.query(`SELECT edition_id AS "editionId", kind, starts_at AS "startsAt" FROM session WHERE id = $1`, [sessionId]);
    return rows[0] ?? null;
  }

  async findMinutes(sessionId: string): Promise<BoardMeetingMinutes | null> {
    const rows = await this.db.query(`SELECT text, published_at AS "publishedAt" FROM board_meeting_minutes WHERE session_id = $1`, [sessionId]);
    return rows[0] ?? null;
  }

  /** Publishes the minutes, or replaces the published text (which then counts as published now). */
  async publishMinutes(sessionId: string, text: string, publishedByPersonId: string): Promise<BoardMeetingMinutes> {
    const [row] = await this.db.query(
      `INSERT INTO board_meeting_minutes (session_id, text, published_at, published_by_person_id) VALUES ($1, $2, now(), $3)
       ON CONFLICT (session_id) DO UPDATE
          SET text = EXCLUDED.text, published_at = EXCLUDED.published_at, published_by_person_id = EXCLUDED.published_by_person_id
       RETURNING text, published_at AS "publishedAt"`,
      [sessionId, text, publishedByPersonId],
    );
    return row;
  }

  async withdrawMinutes(sessionId: string): Promise<void> {
    await this.db.query(`DELETE FROM board_meeting_minutes WHERE session_id = $1`, [sessionId]);
  }
}
