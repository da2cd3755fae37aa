import type { AssignmentOverviewResponse } from '@koers/shared/assignments';
import type { Locale } from '@koers/shared/domain';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { type ExportColumn, type ExportTable, exportFileName } from '../app/export-table';
import type { AuthContext } from '../auth/auth-context';
import { CompletionService } from '../completion/completion.service';
import { AssignmentsRepository } from './assignments.repository';
import { SUBMISSION_STATUS_LABELS, submissionStatus } from './submission-rules';

const EXPORT_HEADINGS: Record<Locale, Record<'title' | 'name' | 'organisation' | 'completed' | 'yes' | 'no', string>> = {
  nl: { title: 'Opdrachten', name: 'Naam', organisation: 'Organisatie', completed: 'Afgerond', yes: 'ja', no: 'nee' },
  en: { title: 'Assignments', name: 'Name', organisation: 'Organisation', completed: 'Completed', yes: 'yes', no: 'no' },
};

type OverviewRow = AssignmentOverviewResponse['rows'][number];

/** The trainers' grid: every participant × every assignment of an edition, with completion. */
@Injectable()
export class OverviewService {
  constructor(
    private readonly access: AccessService,
    private readonly assignments: AssignmentsRepository,
    private readonly completion: CompletionService,
  ) {}

  async overview(auth: AuthContext, editionId: string): Promise<AssignmentOverviewResponse> {
    await this.access.requireInEdition(auth, 'assignments.review', editionId);
    const [{ edition, participants }, assignments, rows] = await Promise.all([
      this.completion.participantsCompletion(editionId),
      this.assignments.listForEdition(editionId),
      this.assignments.overview(editionId),
    ]);
    const completed = new Set(participants.filter((p) => p.completed).map((p) => p.personId));
    return {
      editionId,
      editionName: edition.name,
      assignments: assignments.map((a) => ({ id: a.id, title: a.title, dueAt: a.dueAt.toISOString() })),
      rows: rows.map((row) => ({
        personId: row.personId,
        name: row.name,
        organisationName: row.organisationName,
        statuses: row.work.map((work) => ({ assignmentId: work.assignmentId, status: submissionStatus(work), submissionId: work.submissionId })),
        completed: completed.has(row.personId),
      })),
    };
  }

  /** The same grid as a table for Excel (CSV or workbook): one row per participant, a column per assignment. */
  async overviewExport(auth: AuthContext, editionId: string, locale: Locale): Promise<ExportTable<OverviewRow>> {
    const overview = await this.overview(auth, editionId);
    const headings = EXPORT_HEADINGS[locale];
    return {
      fileName: exportFileName(locale === 'nl' ? 'opdrachten' : 'assignments', overview.editionName, 'editie'),
      title: headings.title,
      columns: [
        { header: headings.name, type: 'text', value: (row) => row.name, width: 28 },
        { header: headings.organisation, type: 'text', value: (row) => row.organisationName, width: 28 },
        ...overview.assignments.map(
          (assignment): ExportColumn<OverviewRow> => ({
            header: assignment.title,
            type: 'text',
            value: (row) => {
              const work = row.statuses.find((status) => status.assignmentId === assignment.id);
              return work ? SUBMISSION_STATUS_LABELS[locale][work.status] : null;
            },
          }),
        ),
        { header: headings.completed, type: 'text', value: (row) => (row.completed ? headings.yes : headings.no) },
      ],
      rows: overview.rows,
    };
  }
}
