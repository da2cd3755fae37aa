import type { AssignmentOverviewResponse, SubmissionStatus } from '@koers/shared/assignments';
import type { Locale } from '@koers/shared/domain';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { type CsvFile, csvFileName, toCsv } from '../app/csv';
import type { AuthContext } from '../auth/auth-context';
import { CompletionService } from '../completion/completion.service';
import { AssignmentsRepository } from './assignments.repository';
import { submissionStatus } from './submission-rules';

const STATUS_LABELS: Record<Locale, Record<SubmissionStatus, string>> = {
  nl: { not_submitted: 'niet ingeleverd', submitted: 'ingeleverd', late: 'te laat ingeleverd', revise: 'herkansen', approved: 'goedgekeurd' },
  en: { not_submitted: 'not handed in', submitted: 'handed in', late: 'handed in late', revise: 'revise', approved: 'approved' },
};
const CSV_HEADINGS: Record<Locale, { name: string; organisation: string; completed: string; yes: string; no: string }> = {
  nl: { name: 'Naam', organisation: 'Organisatie', completed: 'Afgerond', yes: 'ja', no: 'nee' },
  en: { name: 'Name', organisation: 'Organisation', completed: 'Completed', yes: 'yes', no: 'no' },
};

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

  /** The same grid as CSV for Excel. */
  async overviewCsv(auth: AuthContext, editionId: string, locale: Locale): Promise<CsvFile> {
    const overview = await this.overview(auth, editionId);
    const headings = CSV_HEADINGS[locale];
    const lines = [
      [headings.name, headings.organisation, ...overview.assignments.map((a) => a.title), headings.completed],
      ...overview.rows.map((row) => [
        row.name,
        row.organisationName ?? '',
        ...row.statuses.map((s) => STATUS_LABELS[locale][s.status]),
        row.completed ? headings.yes : headings.no,
      ]),
    ];
    return {
      fileName: csvFileName(locale === 'nl' ? 'opdrachten' : 'assignments', overview.editionName, 'editie'),
      content: toCsv(lines),
    };
  }
}
