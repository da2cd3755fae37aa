/**
 * The parts of the zip format that the enrolment import (an Excel workbook) and the uploads (Office documents) read:
 * where the archive's list of parts, its central directory, lies, what it lists, and where each part's data starts.
 */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const CENTRAL_DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

/** How far from its end a zip's end record can start: 22 bytes and a comment of at most 64 KB. */
export const END_RECORD_MAX_BYTES = 22 + 0xffff;

/** A zip archive starts with a local file header (or, empty, with the end record). */
export function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 3 && bytes[3] === 4) || (bytes[2] === 5 && bytes[3] === 6));
}

/** The offset of the end record in `bytes` (a whole zip, or its last END_RECORD_MAX_BYTES), or -1 when there is none. */
export function endOfCentralDirectory(bytes: Buffer): number {
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - END_RECORD_MAX_BYTES); offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}

/** One part as the central directory lists it; the sizes are what the archive declares, not what its data unpacks to. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedBytes: number;
  unpackedBytes: number;
  localHeaderOffset: number;
}

/** The entries `directory` lists, in order, up to the first that is not one (a broken or truncated list ends there). */
export function listedEntries(directory: Buffer): ZipEntry[] {
  const entries: ZipEntry[] = [];
  let offset = 0;
  while (offset + 46 <= directory.length && directory.readUInt32LE(offset) === CENTRAL_DIRECTORY_ENTRY) {
    const nameLength = directory.readUInt16LE(offset + 28);
    entries.push({
      name: directory.toString('utf8', offset + 46, offset + 46 + nameLength),
      method: directory.readUInt16LE(offset + 10),
      compressedBytes: directory.readUInt32LE(offset + 20),
      unpackedBytes: directory.readUInt32LE(offset + 24),
      localHeaderOffset: directory.readUInt32LE(offset + 42),
    });
    offset += 46 + nameLength + directory.readUInt16LE(offset + 30) + directory.readUInt16LE(offset + 32);
  }
  return entries;
}

/** Where an entry's data starts, from the first 30 bytes of its local header (`header`); -1 when they are none. */
export function entryDataStart(entry: ZipEntry, header: Buffer): number {
  if (header.length < 30 || header.readUInt32LE(0) !== LOCAL_HEADER) return -1;
  return entry.localHeaderOffset + 30 + header.readUInt16LE(26) + header.readUInt16LE(28);
}
