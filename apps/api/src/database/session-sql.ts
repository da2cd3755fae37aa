/**
 * Whether a person runs a session as its trainer or facilitator, as an SQL condition on the session and person
 * expressions given. A guest speaker speaks at a session but runs none: no roster, marks or notes, and no network
 * group's sessions or people through it. `isStaffRole` says the same of one staff row in code.
 */
export const runsSession = (session: string, person: string) =>
  `EXISTS (SELECT 1 FROM session_staff st WHERE st.session_id = ${session} AND st.person_id = ${person} AND st.role <> 'speaker')`;

/** A session's title with its network group's name in brackets, "Netwerksessie 2 (Groep Noord)", as SQL on the alias given. */
export const titleWithGroup = (session: string) =>
  `${session}.title || COALESCE(' (' || (SELECT g.name FROM network_group g WHERE g.id = ${session}.network_group_id) || ')', '')`;
