/** The file types Koers accepts: PDF, Office documents and images, recognised by their content. */
export const ACCEPTED_FILE_TYPES = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
} as const;

/** The extensions of an accepted type, the usual one first (`image/jpeg` → jpg, jpeg); none for other types. */
export const extensionsOf = (contentType: string): string[] =>
  Object.entries(ACCEPTED_FILE_TYPES)
    .filter(([, type]) => type === contentType)
    .map(([extension]) => extension);

/** How many leading bytes detection needs. */
export const SNIFF_BYTES = 16;

const startsWith = (head: Buffer, bytes: number[], offset = 0) => bytes.every((byte, i) => head[offset + i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

/**
 * The content type of a file by its first bytes, or null when it is not a type we accept. A zip archive, as .docx,
 * .xlsx and .pptx documents are, is none here: what it holds is read from its parts (`readOfficePackage`), not from its
 * name. The old Office formats are OLE containers, so for .doc/.xls/.ppt the extension picks which document type
 * within a container whose signature has been verified.
 */
export function detectFileType(head: Buffer, fileName: string): string | null {
  const extension = fileName.toLowerCase().split('.').pop() ?? '';
  if (startsWith(head, ascii('%PDF-'))) return ACCEPTED_FILE_TYPES.pdf;
  if (startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return ACCEPTED_FILE_TYPES.png;
  if (startsWith(head, [0xff, 0xd8, 0xff])) return ACCEPTED_FILE_TYPES.jpg;
  if (startsWith(head, ascii('GIF87a')) || startsWith(head, ascii('GIF89a'))) return ACCEPTED_FILE_TYPES.gif;
  if (startsWith(head, ascii('RIFF')) && startsWith(head, ascii('WEBP'), 8)) return ACCEPTED_FILE_TYPES.webp;
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]) && (extension === 'doc' || extension === 'xls' || extension === 'ppt')) {
    return ACCEPTED_FILE_TYPES[extension];
  }
  return null;
}
