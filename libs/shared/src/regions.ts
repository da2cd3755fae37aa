import type { Page } from './api';

/**
 * The regional networks organisations belong to (Groningen/Friesland/Drenthe, Salland, Utrecht, …), each with its
 * own regional programme manager(s). Not the school-holiday regions `noord`, `midden`, `zuid` of `domain.ts`, which
 * only decide which holidays an edition's schedule avoids.
 */
export interface RegionRef {
  id: string;
  name: string;
}

/** `GET /api/regions`: the regions the caller may see (the programme office all, a regional programme manager theirs). */
export interface RegionSummary extends RegionRef {
  /** How many organisations belong to it. */
  organisations: number;
}

/** `GET /api/regions/:id/managers` (programme office): who manages the region. */
export interface RegionManager {
  personId: string;
  name: string;
  email: string;
}

/** `POST /api/regions/:id/managers`: makes the person with this account's email a programme manager of the region. */
export interface AssignRegionManagerRequest {
  email: string;
}

/** `PATCH /api/organisations/:id` (programme office): the organisation's region; null takes it out of every region. */
export interface SetOrganisationRegionRequest {
  regionId: string | null;
}

/** How an organisation of the region takes part in one edition: its participants together, never one person's figures. */
export interface RegionOrganisationEdition {
  editionId: string;
  editionName: string;
  /** YYYY-MM-DD */
  startDate: string;
  /** YYYY-MM-DD */
  endDate: string;
  /** The names of its active participants in the edition, alphabetically. */
  participants: string[];
  /** Programme days attended out of those held, over all its participants in the edition; null while none were held. */
  attendanceRate: number | null;
  /** How many of them completed the edition. */
  completed: number;
}

export interface RegionOrganisation {
  id: string;
  name: string;
  /** The published editions its people take part in as participants, newest first; empty when none. */
  editions: RegionOrganisationEdition[];
}

/** `GET /api/regions/:id/overview?page=&pageSize=`: the region's organisations (by name, paged) and how they take part. */
export interface RegionOverview {
  region: RegionRef;
  organisations: Page<RegionOrganisation>;
}
