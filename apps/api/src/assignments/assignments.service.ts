import type { AssignmentExtensionRequest, AssignmentRequest, EditionAssignment, EditionAssignmentsResponse } from '@koers/shared/assignments';
import type { Locale } from '@koers/shared/domain';
import type { HomeDeadline, ParticipantEditionProgress } from '@koers/shared/home';
import type { Permission } from '@koers/shared/permissions';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { ValidationFailedError } from '../errors/koers-error';
import { mailDateTime } from '../mail/mail-dates';
import { calendarDayInWords, instantToAmsterdam } from '../calendar/amsterdam-time';
import { isDutchPublicHoliday } from '../calendar/dutch-holidays';
import { holidayNameIn } from '../calendar/holiday-names';
import {
  AssignmentAlreadyExistsError,
  AssignmentHasSubmissionsError,
  AssignmentNotFoundError,
  DeadlineOnClosedDayError,
  CutoffPassedError,
  DueDatePassedError,
  EditionNotFoundError,
  NotAParticipantError,
} from './assignments.errors';
import { type AssignmentFields, type AssignmentRow, AssignmentsRepository } from './assignments.repository';
import { myState, personalDeadline, toEditionAssignment } from './assignment-view';
import { DeadlineChangesService } from './deadline-changes.service';
import { handInTiming } from './submission-rules';
import { deadlineHasPassed } from '../app/deadlines';

/** The earliest open assignments a participant's home page lists; their assignments page has all of them. */
const OPEN_WORK_SHOWN = 5;

export interface MyWork {
  /** The editions in which the person is a participant. */
  editionIds: string[];
  progress: Map<string, ParticipantEditionProgress['assignments']>;
  deadlines: HomeDeadline[];
}

const cutoffBeforeDue = () =>
  new ValidationFailedError([
    { field: 'cutoffAt', message: { nl: 'De uiterste inleverdatum mag niet vóór de deadline liggen.', en: 'The cut-off cannot be before the due date.' } },
  ]);

/**
 * An extension gives a participant more time, never less: its deadline is not before the assignment's own, nor its
 * cut-off before the assignment's, and it sets none where the assignment takes late work for ever (a mistyped year
 * would otherwise close the work for them, labelled "met uitstel").
 */
function assertMoreTime(assignment: Pick<AssignmentRow, 'dueAt' | 'cutoffAt'>, dueAt: Date, cutoffAt: Date | null): void {
  const sooner = (field: 'dueAt' | 'cutoffAt', own: Date) => ({
    field,
    message: {
      nl: `Uitstel geeft meer tijd: kies een moment op of na dat van de opdracht zelf (${mailDateTime(own, 'nl')}).`,
      en: `An extension gives more time: choose a moment at or after the assignment's own ${field === 'dueAt' ? 'deadline' : 'cut-off'}, ${mailDateTime(own, 'en')}.`,
    },
  });
  const noCutoff = {
    field: 'cutoffAt',
    message: {
      nl: 'De opdracht zelf neemt ook te laat werk altijd aan: uitstel met een uiterste inleverdatum zou de opdracht voor deze deelnemer sluiten. Laat de uiterste inleverdatum leeg.',
      en: 'The assignment itself always takes late work: an extension with a cut-off would close it for this participant. Leave the cut-off empty.',
    },
  };
  const problems = [
    ...(dueAt < assignment.dueAt ? [sooner('dueAt', assignment.dueAt)] : []),
    ...(cutoffAt && !assignment.cutoffAt ? [noCutoff] : cutoffAt && assignment.cutoffAt && cutoffAt < assignment.cutoffAt ? [sooner('cutoffAt', assignment.cutoffAt)] : []),
  ];
  if (problems.length > 0) throw new ValidationFailedError(problems);
}

@Injectable()
export class AssignmentsService {
  constructor(
    private readonly access: AccessService,
    private readonly assignments: AssignmentsRepository,
    private readonly deadlineChanges: DeadlineChangesService,
  ) {}

  async listForEdition(auth: AuthContext, editionId: string): Promise<EditionAssignmentsResponse> {
    const standing = await this.access.requireInEdition(auth, 'assignments.read', editionId);
    const edition = await this.assignments.findEditionForViewer(editionId, auth.personId);
    if (!edition) throw new EditionNotFoundError();
    // Changing them (also in a draft being prepared) or reviewing (also once completed): either opens the page.
    const canChange = this.access.decide(auth, 'assignments.manage', standing) === 'allowed';
    const canManage = canChange || this.access.decide(auth, 'assignments.review', standing) === 'allowed';
    const isParticipant = edition.roles.includes('participant');
    const [rows, extensions] = await Promise.all([
      this.assignments.listForPerson([editionId], auth.personId),
      canManage ? this.assignments.extensionsForEdition(editionId) : Promise.resolve(null),
    ]);
    return {
      editionId,
      editionName: edition.name,
      canManage,
      canChange,
      assignments: rows.map((row) =>
        toEditionAssignment(
          row,
          isParticipant ? myState(row) : null,
          extensions && extensions.filter((extension) => extension.assignmentId === row.id).map(({ assignmentId: _, ...rest }) => rest),
        ),
      ),
    };
  }

  /**
   * A participant's own work over every edition they take part in, in two queries: per edition how much is handed in
   * and approved, and what still asks something of them (not handed in or sent back, and not closed), earliest first.
   * Null for someone who is a participant nowhere.
   */
  async myWork(auth: AuthContext, now = new Date()): Promise<MyWork | null> {
    const editionIds = await this.access.editionsHolding(auth, 'assignments.own');
    if (!editionIds?.length) return null;
    const rows = await this.assignments.listForPerson(editionIds, auth.personId);
    const progress = new Map(editionIds.map((editionId) => [editionId, { submitted: 0, approved: 0, total: 0 }]));
    const open: HomeDeadline[] = [];
    for (const row of rows) {
      const counts = progress.get(row.editionId)!;
      const mine = myState(row);
      counts.total += 1;
      if (row.submissionId) counts.submitted += 1;
      if (mine.status === 'approved') counts.approved += 1;
      const asksSomething = mine.status === 'not_submitted' || mine.status === 'revise';
      if (asksSomething && handInTiming(personalDeadline(row), now) !== 'closed') {
        open.push({ assignmentId: row.id, editionId: row.editionId, title: row.title, dueAt: mine.dueAt, status: mine.status });
      }
    }
    open.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
    return { editionIds, progress, deadlines: open.slice(0, OPEN_WORK_SHOWN) };
  }

  async create(auth: AuthContext, editionId: string, request: AssignmentRequest): Promise<EditionAssignment> {
    await this.access.requireInEdition(auth, 'assignments.manage', editionId);
    const edition = await this.assignments.findEditionForViewer(editionId, auth.personId);
    if (!edition) throw new EditionNotFoundError();
    const id = await this.assignments.create(editionId, await this.checkedFields(editionId, request));
    if (!id) throw new AssignmentAlreadyExistsError();
    return toEditionAssignment((await this.assignments.findById(id)) as AssignmentRow, null, []);
  }

  async update(auth: AuthContext, assignmentId: string, request: AssignmentRequest): Promise<EditionAssignment> {
    const assignment = await this.requireOnAssignment(auth, 'assignments.manage', assignmentId);
    const fields = await this.checkedFields(assignment.editionId, request, assignment);
    await this.assignments.transaction((manager) =>
      this.deadlineChanges.tellingWhoseDeadlineMoves(manager, [assignmentId], null, async () => {
        if (!(await this.assignments.update(assignmentId, fields, manager))) throw new AssignmentAlreadyExistsError();
        await this.assignments.keepLateEnrolmentExtensionsAhead([assignmentId], manager);
        if (fields.dueAt < assignment.dueAt) await this.assignments.extendLateJoinersForBroughtForward([assignmentId], manager);
      }),
    );
    return toEditionAssignment((await this.assignments.findById(assignmentId)) as AssignmentRow, null, null);
  }

  async remove(auth: AuthContext, assignmentId: string): Promise<void> {
    await this.requireOnAssignment(auth, 'assignments.manage', assignmentId);
    if (!(await this.assignments.deleteUnlessSubmitted(assignmentId))) throw new AssignmentHasSubmissionsError();
  }

  async grantExtension(auth: AuthContext, assignmentId: string, personId: string, request: AssignmentExtensionRequest): Promise<void> {
    const assignment = await this.requireOnAssignment(auth, 'assignments.review', assignmentId);
    const dueAt = new Date(request.dueAt);
    const cutoffAt = request.cutoffAt ? new Date(request.cutoffAt) : null;
    if (cutoffAt && cutoffAt < dueAt) throw cutoffBeforeDue();
    assertMoreTime(assignment, dueAt, cutoffAt);
    if (!(await this.assignments.isActiveParticipant(assignment.editionId, personId))) throw new NotAParticipantError();
    await this.assignments.transaction((manager) =>
      this.deadlineChanges.tellingWhoseDeadlineMoves(manager, [assignmentId], personId, () => this.assignments.upsertExtension(assignmentId, personId, dueAt, cutoffAt, manager)),
    );
  }

  async revokeExtension(auth: AuthContext, assignmentId: string, personId: string): Promise<void> {
    await this.requireOnAssignment(auth, 'assignments.review', assignmentId);
    await this.assignments.transaction((manager) =>
      this.deadlineChanges.tellingWhoseDeadlineMoves(manager, [assignmentId], personId, () => this.assignments.deleteExtension(assignmentId, personId, manager)),
    );
  }

  /** An unknown assignment as `unknownId` answers it, then the permission in its edition. */
  private async requireOnAssignment(auth: AuthContext, permission: Permission, assignmentId: string): Promise<AssignmentRow> {
    const assignment = await this.assignments.findById(assignmentId);
    if (!assignment) throw this.access.unknownId(auth, () => new AssignmentNotFoundError());
    await this.access.requireInEdition(auth, permission, assignment.editionId);
    return assignment;
  }

  /** The fields as stored, checked; `current`: the deadline and cut-off it has now (the deadline's day is not asked about again). */
  private async checkedFields(editionId: string, request: AssignmentRequest, current?: Pick<AssignmentRow, 'dueAt' | 'cutoffAt'>): Promise<AssignmentFields> {
    const dueAt = new Date(request.dueAt);
    const cutoffAt = request.cutoffAt ? new Date(request.cutoffAt) : null;
    const currentDueAt = current?.dueAt;
    if (cutoffAt && cutoffAt < dueAt) throw cutoffBeforeDue();
    // A deadline that has passed, on a new assignment or one still open, is a mistyped date or year: everyone's work would
    // be late at once. One already past may be put right within the past. So with a cut-off: one that has passed
    // would close the assignment at once for whoever has not handed in, without a word to them.
    const now = new Date();
    if (deadlineHasPassed(dueAt, now.getTime()) && (!currentDueAt || currentDueAt > now)) throw new DueDatePassedError();
    if (cutoffAt && deadlineHasPassed(cutoffAt, now.getTime()) && (!current?.cutoffAt || current.cutoffAt > now)) throw new CutoffPassedError();
    // Asked when the day changes: another hour of a holiday already confirmed is the same choice.
    if (!currentDueAt || instantToAmsterdam(dueAt).date !== instantToAmsterdam(currentDueAt).date) assertNoHolidayOrConfirmed(dueAt, request.confirmedClosedDates);
    if (!request.acceptsText && !request.acceptsFiles) {
      throw new ValidationFailedError([
        { field: 'acceptsText', message: { nl: 'Kies tekst, bestanden of allebei.', en: 'Choose text, files or both.' } },
      ]);
    }
    const sessionId = request.sessionId ?? null;
    if (sessionId && !(await this.assignments.sessionIsInEdition(sessionId, editionId))) {
      throw new ValidationFailedError([
        { field: 'sessionId', message: { nl: 'Deze bijeenkomst hoort niet bij deze editie.', en: 'This session does not belong to this edition.' } },
      ]);
    }
    return { title: request.title.trim(), instructions: request.instructions ?? '', sessionId, dueAt, cutoffAt, acceptsText: request.acceptsText, acceptsFiles: request.acceptsFiles };
  }
}

/**
 * A deadline set by hand on a public holiday (Koningsdag, Tweede Kerstdag: where Koers never plans one) is taken only
 * once its date is confirmed (DeadlineOnClosedDayError). A weekend is asked about by nobody: "zaterdag 23:59" is a
 * deadline trainers choose.
 */
function assertNoHolidayOrConfirmed(dueAt: Date, confirmed: readonly string[] = []): void {
  const { date } = instantToAmsterdam(dueAt);
  const holiday = isDutchPublicHoliday(date);
  if (holiday === null || confirmed.includes(date)) return;
  const day = (locale: Locale) => `${calendarDayInWords(date, locale)} (${holidayNameIn(holiday, locale)})`;
  throw new DeadlineOnClosedDayError(date, { nl: day('nl'), en: day('en') });
}
