/** The end record of a zip archive: it says where the central directory, the list of the archive's parts, lies. */
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;

/** How far from its end a zip's end record can start: 22 bytes and a comment of at most 64 KB. */
export const END_RECORD_MAX_BYTES = 22 + 0xffff;

/** The offset of the end record in `bytes` (a whole zip, or its last END_RECORD_MAX_BYTES), or -1 when there is none. */
export function endOfCentralDirectory(bytes: Buffer): number {
  for (let offset = bytes.length - 22; offset >= Math.max(0, bytes.length - END_RECORD_MAX_BYTES); offset--) {
    if (bytes.readUInt32LE(offset) === END_OF_CENTRAL_DIRECTORY) return offset;
  }
  return -1;
}
