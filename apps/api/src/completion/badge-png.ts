import { crc32, deflateSync } from 'node:zlib';

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
const SIZE = 256;

/** One PNG chunk: length, type, data and the CRC-32 of type and data (PNG §5.3). */
function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const typeAndData = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

/**
 * The badge image: a blue medal with a white ring and check mark, drawn here rather than shipped, 256 × 256 RGBA.
 * The same for every programme; the BadgeClass names the programme.
 */
function drawBadge(): Buffer {
  const [blue, white] = [[0x0a, 0x58, 0xa8], [0xff, 0xff, 0xff]];
  const rows: Buffer[] = [];
  const centre = (SIZE - 1) / 2;
  // The check mark: two strokes, as distance to a line segment.
  const strokes = [
    [78, 132, 112, 166],
    [112, 166, 180, 92],
  ];
  const nearStroke = (x: number, y: number) =>
    strokes.some(([x1, y1, x2, y2]) => {
      const [dx, dy] = [x2 - x1, y2 - y1];
      const t = Math.max(0, Math.min(1, ((x - x1) * dx + (y - y1) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(x - (x1 + t * dx), y - (y1 + t * dy)) <= 11;
    });
  for (let y = 0; y < SIZE; y++) {
    const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0: none
    for (let x = 0; x < SIZE; x++) {
      const distance = Math.hypot(x - centre, y - centre);
      const inside = distance <= 126;
      const ring = distance >= 104 && distance <= 112;
      const colour = ring || (distance < 104 && nearStroke(x, y)) ? white : blue;
      row.set([...colour, inside ? 0xff : 0x00], 1 + x * 4);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per sample, RGBA, deflate, adaptive filtering, no interlace
  return Buffer.concat([PNG_SIGNATURE, chunk('IHDR', header), chunk('IDAT', deflateSync(Buffer.concat(rows))), chunk('IEND', Buffer.alloc(0))]);
}

let badgeImage: Buffer | undefined;

/** The unbaked badge image of every BadgeClass, drawn once. */
export function badgeImagePng(): Buffer {
  badgeImage ??= drawBadge();
  return badgeImage;
}

/**
 * Bakes an Open Badges assertion into the image (Open Badges Baking 2.0): an iTXt chunk with keyword `openbadges`,
 * uncompressed, holding the assertion's JSON, placed before IEND. Badge backpacks read it from the file alone.
 */
export function bakeBadgePng(image: Buffer, assertion: object): Buffer {
  const iend = image.length - 12;
  if (image.subarray(iend + 4, iend + 8).toString('latin1') !== 'IEND') throw new Error('Not a PNG ending in IEND');
  // keyword NUL, compression flag 0, compression method 0, empty language tag NUL, empty translated keyword NUL, text.
  const data = Buffer.concat([Buffer.from('openbadges\0', 'latin1'), Buffer.from([0, 0, 0, 0]), Buffer.from(JSON.stringify(assertion), 'utf8')]);
  return Buffer.concat([image.subarray(0, iend), chunk('iTXt', data), image.subarray(iend)]);
}
