import { open } from 'node:fs/promises';
import { END_RECORD_MAX_BYTES, endOfCentralDirectory } from '../app/zip';

export type OfficePackageKind = 'docx' | 'xlsx' | 'pptx';

/** What a zip archive's list of parts says: the Office kind (null: no Office document) and how large it unpacks. */
export interface OfficePackage {
  kind: OfficePackageKind | null;
  /** The sum of the sizes the parts declare unpacked, which an Office program trusts when it opens the document. */
  unpackedBytes: number;
}

const NOT_OFFICE: OfficePackage = { kind: null, unpackedBytes: 0 };

/** Where each kind of Office Open XML package keeps its document. */
const DOCUMENT_FOLDERS: [string, OfficePackageKind][] = [
  ['word/', 'docx'],
  ['xl/', 'xlsx'],
  ['ppt/', 'pptx'],
];

/** An Office document's central directory names a few dozen parts; one this large lists something else. */
const MAX_CENTRAL_DIRECTORY_BYTES = 1024 * 1024;

/**
 * What an uploaded zip archive is, read from its list of parts (the central directory, at its end, read without
 * unpacking anything): an Office Open XML package names `[Content_Types].xml` and keeps its document under word/, xl/
 * or ppt/. Anything else, a zip of programs named `handout.docx` say, is null.
 */
export async function readOfficePackage(filePath: string): Promise<OfficePackage> {
  const file = await open(filePath);
  try {
    const { size } = await file.stat();
    const tail = Buffer.alloc(Math.min(size, END_RECORD_MAX_BYTES));
    await file.read(tail, 0, tail.length, size - tail.length);
    const end = endOfCentralDirectory(tail);
    if (end < 0) return NOT_OFFICE;
    const directorySize = tail.readUInt32LE(end + 12);
    const directoryOffset = tail.readUInt32LE(end + 16);
    if (directorySize > MAX_CENTRAL_DIRECTORY_BYTES || directoryOffset + directorySize > size) return NOT_OFFICE;
    const directory = Buffer.alloc(directorySize);
    await file.read(directory, 0, directorySize, directoryOffset);
    const parts = listedParts(directory);
    const names = parts.map((part) => part.name);
    if (!names.includes('[Content_Types].xml')) return NOT_OFFICE;
    return {
      kind: DOCUMENT_FOLDERS.find(([folder]) => names.some((name) => name.startsWith(folder)))?.[1] ?? null,
      unpackedBytes: parts.reduce((sum, part) => sum + part.unpackedBytes, 0),
    };
  } finally {
    await file.close();
  }
}

/** The parts a central directory lists, entry by entry, up to the first that is not one. */
function listedParts(directory: Buffer): { name: string; unpackedBytes: number }[] {
  const parts: { name: string; unpackedBytes: number }[] = [];
  let offset = 0;
  while (offset + 46 <= directory.length && directory.readUInt32LE(offset) === 0x02014b50) {
    const nameLength = directory.readUInt16LE(offset + 28);
    parts.push({ name: directory.toString('utf8', offset + 46, offset + 46 + nameLength), unpackedBytes: directory.readUInt32LE(offset + 24) });
    offset += 46 + nameLength + directory.readUInt16LE(offset + 30) + directory.readUInt16LE(offset + 32);
  }
  return parts;
}
