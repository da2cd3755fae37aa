import { crc32 } from 'node:zlib';

/** A zip archive of these parts, stored without compression: enough for a test to hand in an Office document or a disguised archive. */
export function zipArchive(parts: Record<string, string | Buffer>): Buffer {
  const entries: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const [name, content] of Object.entries(parts)) {
    const data = Buffer.isBuffer(content) ? content : Buffer.from(content);
    const nameBytes = Buffer.from(name);
    const header = Buffer.alloc(30);
    header.writeUInt32LE(0x04034b50, 0);
    header.writeUInt16LE(20, 4);
    header.writeUInt16LE(0x0800, 6); // names in UTF-8; method 0 (stored)
    header.writeUInt32LE(crc32(data), 14);
    header.writeUInt32LE(data.length, 18);
    header.writeUInt32LE(data.length, 22);
    header.writeUInt16LE(nameBytes.length, 26);
    const listed = Buffer.alloc(46);
    listed.writeUInt32LE(0x02014b50, 0);
    listed.writeUInt16LE(20, 4);
    listed.writeUInt16LE(20, 6);
    listed.writeUInt16LE(0x0800, 8);
    listed.writeUInt32LE(crc32(data), 16);
    listed.writeUInt32LE(data.length, 20);
    listed.writeUInt32LE(data.length, 24);
    listed.writeUInt16LE(nameBytes.length, 28);
    listed.writeUInt32LE(offset, 42);
    entries.push(header, nameBytes, data);
    directory.push(listed, nameBytes);
    offset += header.length + nameBytes.length + data.length;
  }
  const listing = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(parts).length, 8);
  end.writeUInt16LE(Object.keys(parts).length, 10);
  end.writeUInt32LE(listing.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...entries, listing, end]);
}

/** An Office document's `[Content_Types].xml`, declaring its main part's content type. */
export const contentTypes = (mainPart: string, mainType: string) =>
  `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Override PartName="/${mainPart}" ContentType="${mainType}"/></Types>`;

const WORD_MAIN = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';

/** The smallest Word document: its content types, its relationships and the document; a macro-enabled one declares another type. */
export const wordDocument = (mainType = WORD_MAIN) =>
  zipArchive({
    '[Content_Types].xml': contentTypes('word/document.xml', mainType),
    '_rels/.rels': '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>',
    'word/document.xml': '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  });

/** A Word document whose document part says it unpacks to `megabytes`, packed in a few hundred bytes: a zip bomb's shape. */
export function wordDocumentUnpackingTo(megabytes: number): Buffer {
  const document = wordDocument();
  const lastListed = document.lastIndexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  document.writeUInt32LE(megabytes * 1024 * 1024, lastListed + 24);
  return document;
}
