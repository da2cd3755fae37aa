import type { SessionKind, SessionMode } from './domain';

/** A session of an edition as the public programme page lists it: when, what kind, where (no addresses or links). */
export interface PublicSession {
  kind: SessionKind;
  title: string;
  startsAt: string;
  endsAt: string;
  mode: SessionMode;
}

/** An edition open for applications, as anyone may see it. */
export interface PublicEdition {
  id: string;
  name: string;
  startDate: string;
  endDate: string;
  capacity: number;
  /** Capacity minus the active participants enrolled; never below 0. */
  placesLeft: number;
  /** The last day (Amsterdam) to apply, `YYYY-MM-DD`; null: until the edition starts. */
  applicationDeadline: string | null;
  /** Euro cents per participant; null: not stated. */
  priceCents: number | null;
  /** The schedule's sessions in order; cancelled ones left out. */
  sessions: PublicSession[];
}

/** `GET /api/public/programmes/:slug`: a programme's public page. */
export interface PublicProgramme {
  slug: string;
  code: string;
  name: string;
  description: string;
  audience: string;
  editions: PublicEdition[];
}
