import type { Multipart } from '@fastify/multipart';
import {
  MAX_SUBMISSION_TEXT_LENGTH,
  type MySubmissionResponse,
  type SubmissionCreatedResponse,
  type SubmissionDetailResponse,
  type SubmissionVersion,
} from '@koers/shared/assignments';
import type { Permission } from '@koers/shared/permissions';
import { Injectable } from '@nestjs/common';
import type { Readable } from 'node:stream';
import { AccessService } from '../access/access.service';
import { assertStorableText } from '../app/storable-text';
import { tidyFreeText } from '../app/text';
import type { AuthContext } from '../auth/auth-context';
import { ValidationFailedError } from '../errors/koers-error';
import { downloadName, FileStorage } from '../files/file-storage';
import { UploadQuota } from '../files/upload-quota';
import {
  AlreadyApprovedError,
  AssignmentNotFoundError,
  EmptySubmissionError,
  SubmissionClosedError,
  SubmissionFileNotFoundError,
  SubmissionNotFoundError,
  TextNotAcceptedError,
} from './assignments.errors';
import { AssignmentsRepository } from './assignments.repository';
import { myState, personalDeadline, toEditionAssignment } from './assignment-view';
import { readSubmissionForm } from './submission-form';
import { handInTiming, submissionStatus, verdictsOpen } from './submission-rules';
import { SubmissionsRepository } from './submissions.repository';

export interface FileDownload {
  stream: Readable;
  fileName: string;
  contentType: string;
  sizeBytes: number;
}

/** Handing in work and reading it back: participants their own, trainers of the edition anyone's. */
@Injectable()
export class SubmissionsService {
  constructor(
    private readonly access: AccessService,
    private readonly assignments: AssignmentsRepository,
    private readonly submissions: SubmissionsRepository,
    private readonly storage: FileStorage,
    private readonly quota: UploadQuota,
  ) {}

  async mine(auth: AuthContext, assignmentId: string): Promise<MySubmissionResponse> {
    const assignment = await this.participantsAssignment(auth, 'assignments.own', assignmentId);
    const versions = await this.submissions.versionsOf(assignmentId, auth.personId);
    const state = myState(assignment);
    return {
      assignment: toEditionAssignment(assignment, state, null),
      editionName: assignment.editionName,
      status: state.status,
      canSubmit: state.status !== 'approved' && handInTiming(personalDeadline(assignment), new Date()) !== 'closed',
      versions,
    };
  }

  /**
   * Adds a version. The deadline is checked before the upload is read (so nothing is stored after the cut-off)
   * against the moment the participant pressed "hand in", not the moment a slow upload finished.
   */
  async submit(auth: AuthContext, assignmentId: string, parts: () => AsyncIterable<Multipart>): Promise<SubmissionCreatedResponse> {
    const submittedAt = new Date();
    const assignment = await this.participantsAssignment(auth, 'assignments.submit', assignmentId);
    const timing = handInTiming(personalDeadline(assignment), submittedAt);
    if (timing === 'closed') throw new SubmissionClosedError();
    if (submissionStatus(assignment) === 'approved') throw new AlreadyApprovedError();
    await this.quota.requireRoom(auth.personId, assignment.editionId);

    const form = await readSubmissionForm(parts(), this.storage, { acceptsFiles: assignment.acceptsFiles });
    try {
      assertStorableText('text', form.text);
      // A multipart form, read by hand: tidied as the JSON texts are by their DTOs.
      const text = tidyFreeText(form.text);
      if (text && !assignment.acceptsText) throw new TextNotAcceptedError();
      if (!text && form.files.length === 0) throw new EmptySubmissionError();
      if (text.length > MAX_SUBMISSION_TEXT_LENGTH) {
        throw new ValidationFailedError([
          {
            field: 'text',
            message: {
              nl: `Gebruik hoogstens ${MAX_SUBMISSION_TEXT_LENGTH} tekens, of lever een langere tekst in als bestand.`,
              en: `Use at most ${MAX_SUBMISSION_TEXT_LENGTH} characters, or hand in a longer text as a file.`,
            },
          },
        ]);
      }
      const handedIn = await this.submissions.transaction(async (manager) => {
        await this.submissions.lockHandIns(manager, assignmentId, auth.personId);
        const repeated = await this.submissions.findRepeatedVersion(manager, { assignmentId, personId: auth.personId, text, files: form.files });
        if (repeated) return { ...repeated, repeated: true };
        // Approved while the upload was read: the verdict stands, as it would have for a hand-in a moment later.
        if (await this.submissions.latestApproved(manager, assignmentId, auth.personId)) throw new AlreadyApprovedError();
        await this.quota.claim(manager, auth.personId, assignment.editionId, sumBytes(form.files));
        const late = timing === 'late';
        const version = await this.submissions.insertVersion(manager, { assignmentId, personId: auth.personId, text, submittedAt, late });
        await this.submissions.insertFiles(manager, version.id, form.files);
        return { ...version, late, repeated: false };
      });
      // The same work sent again (a double click, a retry after a slow answer) is the version it already made.
      if (handedIn.repeated) await this.storage.discard(form.files.map((file) => file.storageKey));
      return { submissionId: handedIn.id, version: handedIn.version, late: handedIn.late };
    } catch (error) {
      await this.storage.discard(form.files.map((file) => file.storageKey));
      throw error;
    }
  }

  async detail(auth: AuthContext, submissionId: string): Promise<SubmissionDetailResponse> {
    const submission = await this.submissions.findSubmission(submissionId);
    if (!submission) throw this.access.unknownId(auth, () => new SubmissionNotFoundError());
    const isOwner = submission.personId === auth.personId;
    const standing = isOwner ? null : await this.access.requireInEdition(auth, 'submissions.read', submission.editionId);
    const versions = await this.submissions.versionsOf(submission.assignmentId, submission.personId);
    const canReview = !!standing && !submission.personErased && this.access.decide(auth, 'assignments.review', standing) === 'allowed';
    return {
      submissionId,
      assignment: {
        id: submission.assignmentId,
        title: submission.assignmentTitle,
        instructions: submission.assignmentInstructions,
        dueAt: submission.assignmentDueAt.toISOString(),
        editionId: submission.editionId,
        editionName: submission.editionName,
      },
      participant: { id: submission.personId, name: submission.personName },
      status: statusOfVersions(versions),
      latestSubmissionId: versions[0].id,
      versions,
      canReview,
      verdictsOpen: canReview ? verdictsOpen(standing.editionStatus, versions[0].feedback.at(-1)?.outcome) : [],
    };
  }

  async openFile(auth: AuthContext, fileId: string): Promise<FileDownload> {
    const file = await this.submissions.findFile(fileId);
    if (!file) throw this.access.unknownId(auth, () => new SubmissionFileNotFoundError());
    if (file.ownerId !== auth.personId) await this.access.requireInEdition(auth, 'submissions.read', file.editionId);
    return { stream: await this.storage.read(file.storageKey), fileName: downloadName(file.fileName, file.contentType), contentType: file.contentType, sizeBytes: file.sizeBytes };
  }

  /** The assignment as the participant sees it; 403 for anyone who is not its participant (admins included), 404 for the programme office when unknown. */
  private async participantsAssignment(auth: AuthContext, permission: Permission, assignmentId: string) {
    const assignment = await this.assignments.findForPerson(assignmentId, auth.personId);
    if (!assignment) throw this.access.unknownId(auth, () => new AssignmentNotFoundError());
    await this.access.requireInEdition(auth, permission, assignment.editionId);
    return assignment;
  }
}

const sumBytes = (files: readonly { sizeBytes: number }[]) => files.reduce((sum, file) => sum + file.sizeBytes, 0);

/** The status shown with a set of versions (newest first): the latest version and the latest feedback on it. */
export function statusOfVersions(versions: SubmissionVersion[]) {
  const [latest] = versions;
  return submissionStatus({
    submissionId: latest?.id ?? null,
    late: latest?.late ?? null,
    outcome: latest?.feedback.at(-1)?.outcome ?? null,
  });
}
