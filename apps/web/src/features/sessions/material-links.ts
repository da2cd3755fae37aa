import { API_BASE } from '../../lib/api-client';

/** Plain links: the browser downloads with the session cookie, and the server names the file. */
export const materialUrl = (sessionId: string, materialId: string) =>
  `${API_BASE}/sessions/${encodeURIComponent(sessionId)}/materials/${encodeURIComponent(materialId)}`;

export const sessionCalendarUrl = (sessionId: string) => `${API_BASE}/sessions/${encodeURIComponent(sessionId)}/calendar.ics`;
