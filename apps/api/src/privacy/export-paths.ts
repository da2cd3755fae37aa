import type { ExportedSubmission } from '@koers/shared/privacy';
import { shortenedFileName } from '../files/file-storage';

const MAX_SEGMENT_LENGTH = 80;

/** Names Windows keeps for devices, with or without an extension (`CON.pdf`): Explorer cannot unpack a file so named. */
const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/** One folder or file name inside the zip: no separators, no control or reserved characters, never `.` or `..`. */
export function zipSegment(name: string, fallback: string): string {
  const cleaned = shortenedFileName(name.replace(/[\u0000-\u001f\u007f\\/:*?"<>|]/g, '_').replace(/\s+/g, ' ').trim(), MAX_SEGMENT_LENGTH).trim();
  if (cleaned === '' || /^\.+$/.test(cleaned)) return fallback;
  return WINDOWS_DEVICE.test(cleaned) ? `_${cleaned}` : cleaned;
}

/** `verslag.pdf` → `verslag (2).pdf`. */
function numbered(path: string, n: number): string {
  const slash = path.lastIndexOf('/');
  const dot = path.lastIndexOf('.');
  return dot > slash + 1 ? `${path.slice(0, dot)} (${n})${path.slice(dot)}` : `${path} (${n})`;
}

/**
 * Gives every stored file of the submissions its place in the zip, `bestanden/<edition>/<assignment>/versie-<n>/<file>`,
 * unique even when names clash after cleaning. Files whose content is missing from storage get `null`.
 */
export function withZipPaths(submissions: ExportedSubmission[], available: ReadonlySet<string>): ExportedSubmission[] {
  const taken = new Set<string>();
  return submissions.map((submission) => ({
    ...submission,
    files: submission.files.map((file) => {
      if (!available.has(file.id)) return { ...file, pathInZip: null };
      const folder = ['bestanden', zipSegment(submission.editionName, 'editie'), zipSegment(submission.assignmentTitle, 'opdracht'), `versie-${submission.version}`].join('/');
      const base = `${folder}/${zipSegment(file.fileName, 'bestand')}`;
      let path = base;
      for (let n = 2; taken.has(path.toLowerCase()); n++) path = numbered(base, n);
      taken.add(path.toLowerCase());
      return { ...file, pathInZip: path };
    }),
  }));
}
