import { API_BASE } from '../../../lib/api-client';

/**
 * `GET /api/me/export.zip` and `GET /api/me/export`: downloaded by the browser itself through a plain link
 * (the session cookie goes along; a GET needs no CSRF token), so a large zip streams to disk, never into memory.
 */
export const exportZipUrl = `${API_BASE}/me/export.zip`;
export const exportJsonUrl = `${API_BASE}/me/export`;
