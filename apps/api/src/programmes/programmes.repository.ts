import type {
  AssignmentTemplate,
  AssignmentTemplateRequest,
  CreateProgrammeRequest,
  CurriculumSlot,
  CurriculumSlotRequest,
  ProgrammeDetail,
  ProgrammeSummary,
  UpdateProgrammeRequest,
} from '@koers/shared/programmes';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { type DataSource, type EntityManager, QueryFailedError } from 'typeorm';
import { lockKey, lockRow } from '../database/lock-row';
import { editionRequiresAllApproved, editionThresholdPercent } from '../completion/edition-completion.rules';

const SLOT_COLUMNS = `id, position, kind, title, theme, duration_minutes AS "durationMinutes", mode,
  audience_participants AS participants, audience_internal_teams AS "internalTeams", audience_directors AS directors`;

const TEMPLATE_COLUMNS = `id, title, instructions, relative_to_slot_id AS "relativeToSlotId", offset_days AS "offsetDays", due_time AS "dueTime"`;

type SlotRow = Omit<CurriculumSlot, 'audience'> & { participants: boolean; internalTeams: boolean; directors: boolean };

function toSlot({ participants, internalTeams, directors, ...slot }: SlotRow): CurriculumSlot {
  return { ...slot, audience: { participants, internalTeams, directors } };
}

@Injectable()
export class ProgrammesRepository {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  transaction<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    return this.db.transaction(work);
  }

  async list(): Promise<ProgrammeSummary[]> {
    return this.db.query(
      `SELECT p.id, p.code, p.name, p.description,
              (SELECT count(*)::int FROM curriculum_slot s WHERE s.programme_id = p.id) AS "slotCount",
              (SELECT count(*)::int FROM assignment_template t WHERE t.programme_id = p.id) AS "assignmentTemplateCount",
              (SELECT count(*)::int FROM edition e WHERE e.programme_id = p.id) AS "editionCount"
         FROM programme p
        ORDER BY p.name`,
    );
  }

  /** The programme with its whole curriculum template, in one query. */
  async detail(programmeId: string, manager: EntityManager = this.db.manager): Promise<ProgrammeDetail | null> {
    const [row] = await manager.query(
      `SELECT p.id, p.code, p.name, p.description, p.slug, p.audience,
              p.attendance_threshold_percent AS "attendanceThresholdPercent",
              p.require_all_assignments_approved AS "requireAllAssignmentsApproved",
              (SELECT count(*)::int FROM edition e WHERE e.programme_id = p.id) AS "editionCount",
              COALESCE((SELECT json_agg(s ORDER BY s.position) FROM (SELECT ${SLOT_COLUMNS} FROM curriculum_slot WHERE programme_id = p.id) s), '[]') AS slots,
              COALESCE((SELECT json_agg(t ORDER BY slot.position, t."offsetDays", t.title)
                          FROM (SELECT ${TEMPLATE_COLUMNS} FROM assignment_template WHERE programme_id = p.id) t
                          JOIN curriculum_slot slot ON slot.id = t."relativeToSlotId"), '[]') AS "assignmentTemplates"
         FROM programme p
        WHERE p.id = $1`,
      [programmeId],
    );
    if (!row) return null;
    const slots = (row.slots as SlotRow[]).map(toSlot);
    return { ...row, slots, slotCount: slots.length, assignmentTemplateCount: row.assignmentTemplates.length };
  }

  /**
   * The new programme's id, or null when the code is taken, whatever its capitals (`his-i` beside `HIS-I` would be
   * two programmes no list, certificate or export tells apart); under a lock on the code, so two at once make one.
   */
  async create(programme: CreateProgrammeRequest): Promise<string | null> {
    return this.db.transaction(async (manager) => {
      await lockKey(manager, 'programme-code', programme.code.toLowerCase());
      const [row] = await manager.query(
        `INSERT INTO programme (code, name, description) SELECT $1, $2, $3 WHERE NOT EXISTS (SELECT 1 FROM programme WHERE lower(code) = lower($1))
         ON CONFLICT (code) DO NOTHING RETURNING id`,
        [programme.code, programme.name, programme.description ?? ''],
      );
      return row?.id ?? null;
    });
  }

  /**
   * 'updated', 'not_found', or 'slug_taken' when another programme has the slug. Its editions that are over (completed,
   * or every session held, so completion and certificates have been given) first keep the completion rule they ran
   * under (edition-completion.rules.ts), in the same statement, which reads the rule from before the change.
   */
  async update(programmeId: string, changes: UpdateProgrammeRequest): Promise<'updated' | 'not_found' | 'slug_taken'> {
    try {
      const [, affected] = await this.db.query(
        `WITH kept_rule AS (
           UPDATE edition e SET completion_threshold_percent = ${editionThresholdPercent('e', 'pr')}, completion_requires_all_approved = ${editionRequiresAllApproved('e', 'pr')}
             FROM programme pr
            WHERE pr.id = $1 AND e.programme_id = pr.id AND e.completion_threshold_percent IS NULL
              AND (e.status IN ('completed', 'archived') OR NOT EXISTS (SELECT 1 FROM session s WHERE s.edition_id = e.id AND s.status <> 'cancelled' AND s.ends_at > now())))
         UPDATE programme SET name = COALESCE($2, name), description = COALESCE($3, description),
                attendance_threshold_percent = COALESCE($4, attendance_threshold_percent),
                require_all_assignments_approved = COALESCE($5, require_all_assignments_approved),
                slug = CASE WHEN $6 THEN $7 ELSE slug END, audience = COALESCE($8, audience)
          WHERE id = $1`,
        [
          programmeId,
          changes.name ?? null,
          changes.description ?? null,
          changes.attendanceThresholdPercent ?? null,
          changes.requireAllAssignmentsApproved ?? null,
          changes.slug !== undefined,
          changes.slug ?? null,
          changes.audience ?? null,
        ],
      );
      return affected > 0 ? 'updated' : 'not_found';
    } catch (error) {
      if (error instanceof QueryFailedError && (error.driverError as { code?: string }).code === '23505') return 'slug_taken';
      throw error;
    }
  }

  /** Locks the programme against concurrent template edits, then answers the ids of its slots in order; null when it does not exist. */
  async lockTemplate(programmeId: string, manager: EntityManager): Promise<string[] | null> {
    if (!(await lockRow(manager, 'programme', programmeId))) return null;
    const [row] = await manager.query(`SELECT COALESCE(array_agg(id ORDER BY position), '{}') AS "slotIds" FROM curriculum_slot WHERE programme_id = $1`, [
      programmeId,
    ]);
    return row.slotIds;
  }

  async appendSlot(programmeId: string, slot: CurriculumSlotRequest, manager: EntityManager): Promise<CurriculumSlot> {
    const [row] = await manager.query(
      `INSERT INTO curriculum_slot (programme_id, position, kind, title, theme, duration_minutes, mode,
                                   audience_participants, audience_internal_teams, audience_directors)
       SELECT $1, COALESCE(max(position), 0) + 1, $2, $3, $4, $5, $6, $7, $8, $9 FROM curriculum_slot WHERE programme_id = $1
       RETURNING ${SLOT_COLUMNS}`,
      [programmeId, ...slotValues(slot)],
    );
    return toSlot(row);
  }

  async updateSlot(programmeId: string, slotId: string, slot: CurriculumSlotRequest): Promise<CurriculumSlot | null> {
    const [rows] = await this.db.query(
      `UPDATE curriculum_slot SET kind = $3, title = $4, theme = $5, duration_minutes = $6, mode = $7,
              audience_participants = $8, audience_internal_teams = $9, audience_directors = $10
        WHERE programme_id = $1 AND id = $2
       RETURNING ${SLOT_COLUMNS}`,
      [programmeId, slotId, ...slotValues(slot)],
    );
    return rows[0] ? toSlot(rows[0]) : null;
  }

  async slotHasAssignmentTemplates(slotId: string, manager: EntityManager): Promise<boolean> {
    const rows = await manager.query(`SELECT 1 FROM assignment_template WHERE relative_to_slot_id = $1 LIMIT 1`, [slotId]);
    return rows.length > 0;
  }

  async deleteSlot(slotId: string, manager: EntityManager): Promise<void> {
    await manager.query(`DELETE FROM curriculum_slot WHERE id = $1`, [slotId]);
  }

  /**
   * Numbers the slots 1, 2, 3 … in the given order. Positions are unique per programme and PostgreSQL checks
   * that row by row, so the slots first step aside to negative positions.
   */
  async renumberSlots(programmeId: string, orderedSlotIds: string[], manager: EntityManager): Promise<void> {
    await manager.query(`UPDATE curriculum_slot SET position = -position WHERE programme_id = $1`, [programmeId]);
    await manager.query(
      `UPDATE curriculum_slot s SET position = o.n
         FROM unnest($2::uuid[]) WITH ORDINALITY AS o(id, n)
        WHERE s.id = o.id AND s.programme_id = $1`,
      [programmeId, orderedSlotIds],
    );
  }

  /** The new template, or null when the slot it hangs off is not part of the programme. */
  async createAssignmentTemplate(programmeId: string, template: AssignmentTemplateRequest): Promise<AssignmentTemplate | null> {
    const [row] = await this.db.query(
      `INSERT INTO assignment_template (programme_id, title, instructions, relative_to_slot_id, offset_days, due_time)
       SELECT $1, $2, $3, s.id, $5, $6 FROM curriculum_slot s WHERE s.id = $4 AND s.programme_id = $1
       RETURNING ${TEMPLATE_COLUMNS}`,
      [programmeId, ...templateValues(template)],
    );
    return row ?? null;
  }

  /** The updated template, `missing_template` or `missing_slot`. */
  async updateAssignmentTemplate(
    programmeId: string,
    templateId: string,
    template: AssignmentTemplateRequest,
  ): Promise<AssignmentTemplate | 'missing_template' | 'missing_slot'> {
    const [row] = await this.db.query(
      `WITH target AS (SELECT id FROM assignment_template WHERE id = $7 AND programme_id = $1),
            slot AS (SELECT id FROM curriculum_slot WHERE id = $4 AND programme_id = $1),
            updated AS (
              UPDATE assignment_template t SET title = $2, instructions = $3, relative_to_slot_id = $4, offset_days = $5, due_time = $6
                FROM target, slot WHERE t.id = target.id
              RETURNING t.id, t.title, t.instructions, t.relative_to_slot_id AS "relativeToSlotId", t.offset_days AS "offsetDays", t.due_time AS "dueTime")
       SELECT (SELECT row_to_json(updated) FROM updated) AS template, EXISTS (SELECT 1 FROM target) AS "templateExists"`,
      [programmeId, ...templateValues(template), templateId],
    );
    if (row.template) return row.template;
    return row.templateExists ? 'missing_slot' : 'missing_template';
  }

  async deleteAssignmentTemplate(programmeId: string, templateId: string): Promise<boolean> {
    const [, affected] = await this.db.query(`DELETE FROM assignment_template WHERE programme_id = $1 AND id = $2`, [programmeId, templateId]);
    return affected > 0;
  }
}

function slotValues(slot: CurriculumSlotRequest) {
  return [
    slot.kind,
    slot.title,
    slot.theme ?? '',
    slot.durationMinutes,
    slot.mode,
    slot.audience.participants,
    slot.audience.internalTeams,
    slot.audience.directors,
  ];
}

function templateValues(template: AssignmentTemplateRequest) {
  return [template.title, template.instructions ?? '', template.relativeToSlotId, template.offsetDays, template.dueTime];
}
