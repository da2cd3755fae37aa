/**
 * Parallel workshops: the parts of one session (a programme day) that participants choose between, first come,
 * first served, with a waiting list beyond each workshop's capacity.
 */
export const WORKSHOP_CHOICE_STATUSES = ['placed', 'waitlisted'] as const;
export type WorkshopChoiceStatus = (typeof WORKSHOP_CHOICE_STATUSES)[number];

export interface WorkshopView {
  id: string;
  title: string;
  speaker: string;
  room: string;
  capacity: number;
  placed: number;
  /** Everyone waiting for it: on its waiting list, or placed in another and wanting this one. */
  waitlisted: number;
}

/** What the caller chose at this session. */
export interface MyWorkshopChoice {
  workshopId: string;
  status: WorkshopChoiceStatus;
  /**
   * Placed, the full workshop they would rather have: they keep their place until it has room for them, and then
   * move over (choosing their own workshop again stops waiting).
   */
  wantsWorkshopId: string | null;
  /** 1 for the first on the waiting list of the workshop they wait for (their own, or the one they want); null when not waiting. */
  waitlistPosition: number | null;
}

/** `GET /api/sessions/:id/workshops`. */
export interface SessionWorkshopsResponse {
  sessionId: string;
  /** Until when participants choose (ISO 8601); null without workshops. */
  choiceClosesAt: string | null;
  workshops: WorkshopView[];
  myChoice: MyWorkshopChoice | null;
  /** Whether the caller may choose now (a participant expected at the session, before the deadline). */
  canChoose: boolean;
  /** The workshops and the deadline as read (not the choices): a save sending it is refused once they changed since. */
  version: string;
}

/** One workshop in `PUT /api/sessions/:id/workshops`: an existing one keeps its id and its choices. */
export interface SaveWorkshop {
  id?: string;
  title: string;
  speaker: string;
  room: string;
  capacity: number;
}

/** `PUT /api/sessions/:id/workshops` (programme office): the session's workshops and the choice deadline. */
export interface SaveWorkshopsRequest {
  choiceClosesAt: string | null;
  workshops: SaveWorkshop[];
  /** The `version` the form was read at: when someone changed the workshops since, the save is refused (409 `workshops_changed`). */
  version?: string;
}

/** `PUT /api/sessions/:id/workshops/choice`. */
export interface ChooseWorkshopRequest {
  workshopId: string;
}

/** `POST /api/sessions/:id/workshops/assign-rest`: how many were placed, and how many found no room. */
export interface AssignRestResponse {
  assigned: number;
  withoutRoom: number;
}

/** A participant in the programme office's overview of a session's workshop choices. */
export interface WorkshopChooser {
  personId: string;
  name: string;
  /** Placed by the programme office rather than by their own choice. */
  assignedByProgrammeOffice: boolean;
}

/**
 * `GET /api/sessions/:id/workshops/choices` (programme office): who is placed in each workshop and who waits for
 * it (in order of arrival, the first on the waiting list first), and the participants expected at the session who
 * have not chosen yet.
 */
export interface WorkshopChoicesResponse {
  workshops: { workshopId: string; placed: WorkshopChooser[]; waitlisted: WorkshopChooser[] }[];
  notChosen: { personId: string; name: string }[];
}

/** The chosen part of a session, as the schedule, the calendar feed and the roster show it. */
export interface ChosenWorkshop {
  title: string;
  room: string;
  status: WorkshopChoiceStatus;
}
