import type { Readable } from 'node:stream';

/** The longest side of a who's who photo as stored: the app shows it small, and a small file says little more than a face. */
export const PHOTO_MAX_SIDE = 400;

/**
 * Larger inputs are refused before they are decoded: a 2 MB upload can still unpack to gigabytes of pixels
 * (a decompression bomb). 40 megapixels is well above any camera photo that fits in 2 MB.
 */
const MAX_INPUT_PIXELS = 40_000_000;

/** Whether sharp refused the input for MAX_INPUT_PIXELS, rather than for content that does not decode. */
export const isOverPixelLimit = (error: unknown) => error instanceof Error && /pixel limit/i.test(error.message);

/**
 * The photo as Koers keeps it: turned upright by its EXIF orientation, scaled to fit within PHOTO_MAX_SIDE ×
 * PHOTO_MAX_SIDE (never enlarged, aspect ratio kept) and encoded afresh as WebP (transparency kept) without any
 * metadata, so no EXIF (camera, GPS position, time), ICC or XMP data from the original survives. Rejects with sharp's
 * error when the content does not decode as an image.
 */
export async function resizedPhoto(source: Readable): Promise<Buffer> {
  // At most DIRECTORY_LIMITS.photoBytes, checked by FileStorage: read whole, so a read error rejects like a decode error.
  const input = Buffer.concat(await source.toArray());
  // sharp and its native image libraries load with the first photo, not in every instance at start.
  const { default: sharp } = await import('sharp');
  return sharp(input, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error' })
    .rotate()
    .resize(PHOTO_MAX_SIDE, PHOTO_MAX_SIDE, { fit: 'inside', withoutEnlargement: true })
    .webp({ quality: 82 })
    .toBuffer();
}
