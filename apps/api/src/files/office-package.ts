import { open, type FileHandle } from 'node:fs/promises';
import { inflateRawSync } from 'node:zlib';
import { END_RECORD_MAX_BYTES, endOfCentralDirectory, entryDataStart, listedEntries, type ZipEntry } from '../app/zip';

export type OfficePackageKind = 'docx' | 'xlsx' | 'pptx';

/** What a zip archive is as an Office document: its kind (null: none) and the size its parts declare unpacked. */
export interface OfficePackage {
  kind: OfficePackageKind | null;
  /** The sum of the sizes the parts declare unpacked, which an Office program goes by when it opens the document. */
  unpackedBytes: number;
}

const NOT_OFFICE: OfficePackage = { kind: null, unpackedBytes: 0 };

/**
 * The content type each kind declares for its main part in `[Content_Types].xml`. A macro-enabled document (.docm,
 * .xlsm) or a template (.dotx) declares another, and is no .docx: Word and Excel refuse to open it under that name.
 */
const MAIN_PART_TYPES: [string, OfficePackageKind][] = [
  ['application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml', 'docx'],
  ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml', 'xlsx'],
  ['application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml', 'pptx'],
];

/** An Office document's central directory names a few dozen parts; one this large lists something else. */
const MAX_CENTRAL_DIRECTORY_BYTES = 1024 * 1024;

/** `[Content_Types].xml` lists a line per part kind; a few KB. */
const MAX_CONTENT_TYPES_BYTES = 256 * 1024;

/**
 * What an uploaded zip archive is, read from its list of parts (the central directory, at its end) and its
 * `[Content_Types].xml`, the one part unpacked (within a budget): an Office Open XML document declares the content type
 * of its main part there. Anything else, a zip of programs named `handout.docx` say, is no Office document.
 */
export async function readOfficePackage(filePath: string): Promise<OfficePackage> {
  const file = await open(filePath);
  try {
    const parts = await listedParts(file);
    const contentTypes = parts.find((part) => part.name.toLowerCase() === '[content_types].xml');
    const declared = contentTypes ? await unpackedText(file, contentTypes) : null;
    if (declared === null) return NOT_OFFICE;
    return {
      kind: MAIN_PART_TYPES.find(([type]) => declared.includes(`ContentType="${type}"`))?.[1] ?? null,
      unpackedBytes: parts.reduce((sum, part) => sum + part.unpackedBytes, 0),
    };
  } finally {
    await file.close();
  }
}

/** The parts the central directory lists; none for a broken archive. */
async function listedParts(file: FileHandle): Promise<ZipEntry[]> {
  const { size } = await file.stat();
  const tail = Buffer.alloc(Math.min(size, END_RECORD_MAX_BYTES));
  await file.read(tail, 0, tail.length, size - tail.length);
  const end = endOfCentralDirectory(tail);
  if (end < 0) return [];
  const directorySize = tail.readUInt32LE(end + 12);
  const directoryOffset = tail.readUInt32LE(end + 16);
  if (directorySize > MAX_CENTRAL_DIRECTORY_BYTES || directoryOffset + directorySize > size) return [];
  const directory = Buffer.alloc(directorySize);
  await file.read(directory, 0, directorySize, directoryOffset);
  return listedEntries(directory);
}

/** A small part's text, unpacked never beyond MAX_CONTENT_TYPES_BYTES whatever it declares; null when unreadable. */
async function unpackedText(file: FileHandle, part: ZipEntry): Promise<string | null> {
  if (part.compressedBytes > MAX_CONTENT_TYPES_BYTES || (part.method !== 0 && part.method !== 8)) return null;
  const header = Buffer.alloc(30);
  const { bytesRead } = await file.read(header, 0, 30, part.localHeaderOffset);
  const dataStart = entryDataStart(part, header.subarray(0, bytesRead));
  if (dataStart < 0) return null;
  const data = Buffer.alloc(part.compressedBytes);
  if ((await file.read(data, 0, data.length, dataStart)).bytesRead < data.length) return null;
  try {
    return (part.method === 0 ? data : inflateRawSync(data, { maxOutputLength: MAX_CONTENT_TYPES_BYTES })).toString('utf8');
  } catch {
    return null;
  }
}
