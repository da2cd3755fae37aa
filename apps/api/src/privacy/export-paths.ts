import type { PersonalDataExport } from '@koers/shared/privacy';
import { shortenedFileName } from '../files/file-storage';

const MAX_SEGMENT_LENGTH = 80;

/** Names Windows keeps for devices, with or without an extension (`CON.pdf`): Explorer cannot unpack a file so named. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * One folder or file name inside the zip: no separators, no control or reserved characters, never `.` or `..`, and
 * not ending in a dot or space, which Windows drops or refuses (`Plan.` → `Plan`).
 */
export function zipSegment(name: string, fallback: string): string {
  const cleaned = shortenedFileName(name.replace(/[\u0000-\u001f\u007f\\/:*?"<>|]/g, '_').replace(/\s+/g, ' ').trim(), MAX_SEGMENT_LENGTH).replace(/[.\s]+$/, '');
  if (cleaned === '') return fallback;
  return WINDOWS_DEVICE.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** `verslag.pdf` → `verslag (2).pdf`. */
function numbered(path: string, n: number): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? `${path.slice(0, dot)} (${n})${path.slice(dot)}` : `${path} (${n})`;
}

/** The id under which the who's who photo is among the stored files (it has no row of its own). */
export const PHOTO_FILE_ID = 'photo';

/** The photo's name in the zip, by its type (the who's who takes JPEG, PNG and WebP). */
const PHOTO_NAMES: Record<string, string> = { 'image/jpeg': 'foto.jpg', 'image/png': 'foto.png', 'image/webp': 'foto.webp' };

/** One file of the zip: which stored file, where it goes, and the moment it carries. */
export interface ZipEntry {
  fileId: string;
  pathInZip: string;
  mtime: string;
}

/**
 * Gives every stored file its place in the zip, unique even when names clash after cleaning: a hand-in's under
 * `bestanden/<edition>/<assignment>/versie-<n>/`, a discussion attachment under `discussies/<edition>/<discussion>/`,
 * the who's who photo as `wie-is-wie/foto.<ext>`. Files whose content is missing from storage (not in `available`)
 * get `null`. Answers the data with those paths and the zip's entries.
 */
export function withZipPaths<T extends Pick<PersonalDataExport, 'submissions' | 'discussionPosts' | 'directoryProfile'>>(
  data: T,
  available: ReadonlySet<string>,
): { data: T; entries: ZipEntry[] } {
  const taken = new Set<string>();
  const entries: ZipEntry[] = [];
  const place = (fileId: string, folder: string[], fileName: string, mtime: string): string | null => {
    if (!available.has(fileId)) return null;
    const base = `${folder.join('/')}/${zipSegment(fileName, 'bestand')}`;
    let path = base;
    for (let n = 2; taken.has(path.toLowerCase()); n++) path = numbered(base, n);
    taken.add(path.toLowerCase());
    entries.push({ fileId, pathInZip: path, mtime });
    return path;
  };
  const submissions = data.submissions.map((submission) => {
    const folder = ['bestanden', zipSegment(submission.editionName, 'editie'), zipSegment(submission.assignmentTitle, 'opdracht'), `versie-${submission.version}`];
    return { ...submission, files: submission.files.map((file) => ({ ...file, pathInZip: place(file.id, folder, file.fileName, submission.submittedAt) })) };
  });
  const discussionPosts = data.discussionPosts.map((post) => {
    const folder = ['discussies', zipSegment(post.editionName, 'editie'), zipSegment(post.discussionTitle, 'discussie')];
    return { ...post, attachments: post.attachments.map((file) => ({ ...file, pathInZip: place(file.id, folder, file.fileName, post.createdAt) })) };
  });
  const profile = data.directoryProfile;
  const photo = profile?.photo && {
    ...profile.photo,
    pathInZip: place(PHOTO_FILE_ID, ['wie-is-wie'], PHOTO_NAMES[profile.photo.contentType] ?? 'foto', profile.updatedAt),
  };
  return { data: { ...data, submissions, discussionPosts, directoryProfile: profile && { ...profile, photo } }, entries };
}
