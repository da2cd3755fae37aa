import type { AttendanceStatus, SessionKind, SessionMode, SessionStatus } from '@koers/shared/domain';
import type { PreparationAssignment, SaveSessionRecordRequest, SessionMaterial, SessionRecord, SessionStaffMember } from '@koers/shared/sessions';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { latestWorkJoins, STILL_TO_HAND_IN } from '../assignments/submissions.repository';
import { MOVED_FROM_SQL } from './schedule.repository';
import type { DataSource, EntityManager } from 'typeorm';
import { jsonInstant } from '../database/json-instant';
import { lockSpeakers } from './session-staff.repository';

const SPEAKER_COLUMNS = `id, person_id AS "personId", guest_name AS name, guest_organisation AS organisation, role`;

export interface SessionDetailRow {
  id: string;
  editionId: string;
  editionName: string;
  kind: SessionKind;
  title: string;
  theme: string;
  startsAt: Date;
  endsAt: Date;
  mode: SessionMode;
  location: string | null;
  onlineUrl: string | null;
  status: SessionStatus;
  agenda: string;
  notes: string;
  covered: string;
  staffNotes: string;
  notesVersion: number;
  myAttendance: AttendanceStatus | null;
  movedFrom: string | null;
  staff: SessionStaffMember[];
  materials: SessionMaterial[];
  assignmentsDue: PreparationAssignment[];
}

export interface StoredMaterial extends SessionMaterial {
  storageKey: string;
}

const RECORD_COLUMNS = `notes, covered, staff_notes AS "staffNotes", notes_version AS "notesVersion"`;

const MATERIAL_COLUMNS = `m.id, m.file_name AS "fileName", m.content_type AS "contentType", m.size_bytes::float8 AS "sizeBytes",
  m.uploaded_at AS "uploadedAt", (SELECT p.name FROM person p WHERE p.id = m.uploaded_by_person_id) AS "uploadedByName"`;

@Injectable()
export class SessionsRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * The whole session page in one statement: staff, materials, and the assignments due between the previous
   * session the participants attend and this one (what to prepare): `all` of them for those who run the session,
   * the viewer's `own` open ones for a participant (work handed in drops out, unless sent back for revision),
   * `none` for anyone else (internal-team members, directors and delegates hand nothing in).
   */
  async findDetail(sessionId: string, viewerId: string, preparation: 'all' | 'own' | 'none'): Promise<SessionDetailRow | null> {
    const rows = await this.db.query(
      `SELECT s.id, s.edition_id AS "editionId", ed.name AS "editionName", s.kind, s.title, s.theme,
              s.starts_at AS "startsAt", s.ends_at AS "endsAt", s.mode, s.location, s.online_url AS "onlineUrl", s.status,
              s.agenda, s.notes, s.covered, s.staff_notes AS "staffNotes", s.notes_version AS "notesVersion", a.status AS "myAttendance",
              CASE WHEN s.status = 'moved' THEN (${MOVED_FROM_SQL}) END AS "movedFrom",
              COALESCE((
                SELECT json_agg(json_build_object('id', st.id, 'personId', st.person_id, 'name', COALESCE(p.name, st.guest_name),
                                                  'organisation', COALESCE(o.name, st.guest_organisation), 'role', st.role)
                                ORDER BY st.role, COALESCE(p.name, st.guest_name))
                  FROM session_staff st LEFT JOIN person p ON p.id = st.person_id LEFT JOIN organisation o ON o.id = p.organisation_id
                 WHERE st.session_id = s.id), '[]') AS staff,
              COALESCE((
                SELECT json_agg(json_build_object('id', m.id, 'fileName', m.file_name, 'contentType', m.content_type,
                                                  'sizeBytes', m.size_bytes, 'uploadedAt', ${jsonInstant('m.uploaded_at')}, 'uploadedByName', up.name)
                                ORDER BY m.uploaded_at, m.file_name)
                  FROM session_material m LEFT JOIN person up ON up.id = m.uploaded_by_person_id
                 WHERE m.session_id = s.id), '[]') AS materials,
              COALESCE((
                SELECT json_agg(json_build_object('id', asg.id, 'title', asg.title, 'dueAt', ${jsonInstant('COALESCE(own.due_at, asg.due_at)')})
                                ORDER BY COALESCE(own.due_at, asg.due_at), asg.title)
                  FROM assignment asg
                  ${latestWorkJoins('asg.id', '$2')}
                  LEFT JOIN assignment_extension own ON own.assignment_id = asg.id AND own.person_id = $2
                 WHERE s.audience_participants AND asg.edition_id = s.edition_id AND asg.due_at <= s.starts_at
                   AND ($3::text = 'all' OR ($3::text = 'own' AND ${STILL_TO_HAND_IN}))
                   AND asg.due_at > COALESCE((SELECT max(prev.starts_at) FROM session prev
                                               WHERE prev.edition_id = s.edition_id AND prev.audience_participants
                                                 AND prev.status <> 'cancelled' AND prev.starts_at < s.starts_at), '-infinity')
              ), '[]') AS "assignmentsDue"
         FROM session s
         JOIN edition ed ON ed.id = s.edition_id
         LEFT JOIN attendance a ON a.session_id = s.id AND a.person_id = $2
        WHERE s.id = $1`,
      [sessionId, viewerId, preparation],
    );
    return rows[0] ?? null;
  }

  /** The whole record, staff notes included: for those who may record the session only. */
  async findRecord(sessionId: string): Promise<SessionRecord | null> {
    const rows = await this.db.query(`SELECT ${RECORD_COLUMNS} FROM session WHERE id = $1`, [sessionId]);
    return rows[0] ?? null;
  }

  /** Saves only when nobody saved since `expectedVersion`; null when someone did. Staff notes left out stay. */
  async saveRecord(sessionId: string, record: SaveSessionRecordRequest): Promise<SessionRecord | null> {
    const [rows] = await this.db.query(
      `UPDATE session SET notes = $2, covered = $3, staff_notes = COALESCE($5, staff_notes), notes_version = notes_version + 1
        WHERE id = $1 AND notes_version = $4
       RETURNING ${RECORD_COLUMNS}`,
      [sessionId, record.notes, record.covered, record.notesVersion, record.staffNotes ?? null],
    );
    return rows[0] ?? null;
  }

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  /** The session's guest speakers, once whoever adds one at the same moment has done so (`lockKey`). */
  async lockedGuestSpeakers(sessionId: string, manager: EntityManager): Promise<SessionStaffMember[]> {
    await lockSpeakers(manager, sessionId);
    return manager.query(`SELECT ${SPEAKER_COLUMNS} FROM session_staff WHERE session_id = $1 AND role = 'speaker' AND person_id IS NULL ORDER BY id`, [sessionId]);
  }

  async addGuestSpeaker(sessionId: string, name: string, organisation: string | null, manager: EntityManager): Promise<SessionStaffMember> {
    const [row] = await manager.query(
      `INSERT INTO session_staff (session_id, guest_name, guest_organisation, role) VALUES ($1, $2, $3, 'speaker') RETURNING ${SPEAKER_COLUMNS}`,
      [sessionId, name, organisation],
    );
    return row;
  }

  /** Removes a speaker of this session (never a trainer or facilitator: those are assigned with the schedule). */
  async removeSpeaker(sessionId: string, staffId: string): Promise<boolean> {
    const [, affected] = await this.db.query(`DELETE FROM session_staff WHERE id = $2 AND session_id = $1 AND role = 'speaker'`, [sessionId, staffId]);
    return affected > 0;
  }

  async listMaterials(sessionId: string): Promise<SessionMaterial[]> {
    return this.db.query(`SELECT ${MATERIAL_COLUMNS} FROM session_material m WHERE m.session_id = $1 ORDER BY m.uploaded_at, m.file_name`, [
      sessionId,
    ]);
  }

  async findMaterial(sessionId: string, materialId: string): Promise<StoredMaterial | null> {
    const rows = await this.db.query(
      `SELECT ${MATERIAL_COLUMNS}, m.storage_key AS "storageKey" FROM session_material m WHERE m.session_id = $1 AND m.id = $2`,
      [sessionId, materialId],
    );
    return rows[0] ?? null;
  }

  async addMaterial(
    sessionId: string,
    file: { storageKey: string; fileName: string; contentType: string; sizeBytes: number },
    uploadedByPersonId: string,
    manager: EntityManager,
  ): Promise<SessionMaterial> {
    const [row] = await manager.query(
      `WITH m AS (
         INSERT INTO session_material (session_id, file_name, content_type, size_bytes, storage_key, uploaded_by_person_id)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING *
       ) SELECT ${MATERIAL_COLUMNS} FROM m`,
      [sessionId, file.fileName, file.contentType, file.sizeBytes, file.storageKey, uploadedByPersonId],
    );
    return row;
  }

  /** Deletes the row and answers its storage key, so the caller removes the bytes once the row is gone. */
  async removeMaterial(sessionId: string, materialId: string): Promise<string | null> {
    const [rows] = await this.db.query(`DELETE FROM session_material WHERE session_id = $1 AND id = $2 RETURNING storage_key AS "storageKey"`, [
      sessionId,
      materialId,
    ]);
    return rows[0]?.storageKey ?? null;
  }
}
