import type { InnovationPhase } from './domain';

/** `GET /api/director/participants`: the participants whose enrolment names the caller as their director. */
export interface DirectorParticipant {
  personId: string;
  name: string;
  organisationName: string | null;
  editionId: string;
  editionName: string;
  /** Share of the programme days held so far that they attended (present or late); null before the first day. */
  attendanceRate: number | null;
  attendance: { attended: number; counted: number };
  /** Assignments of the edition: handed in at least once, approved on the latest version, and all of them. */
  assignments: { submitted: number; approved: number; total: number };
  challenge: { title: string; phase: InnovationPhase } | null;
  /** The newest entries of the challenge's log, newest first (at most three). */
  latestLogEntries: { entryDate: string; text: string }[];
}
