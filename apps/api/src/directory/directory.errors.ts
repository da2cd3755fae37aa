import { defineError } from '../errors/koers-error';

export class PhotoMissingError extends defineError(400, 'photo_missing', {
  nl: 'Kies een foto om te uploaden.',
  en: 'Choose a photo to upload.',
}) {}

export class PhotoNotAnImageError extends defineError(415, 'photo_type_not_accepted', {
  nl: 'Een foto moet een JPEG, PNG of WebP zijn.',
  en: 'A photo must be a JPEG, PNG or WebP.',
}) {}

export class PhotoTooLargeError extends defineError(413, 'photo_too_large', {
  nl: 'Deze foto is te groot. Een foto mag hoogstens 2 MB zijn.',
  en: 'This photo is too large. A photo can be at most 2 MB.',
}) {}

export class PhotoTooManyPixelsError extends defineError(413, 'photo_too_many_pixels', {
  nl: 'Deze foto heeft te veel pixels: hoogstens 40 megapixel. Verklein hem en probeer het opnieuw.',
  en: 'This photo has too many pixels: at most 40 megapixels. Make it smaller and try again.',
}) {}

export class PhotoNotFoundError extends defineError(404, 'photo_not_found', {
  nl: 'Er is hier geen foto.',
  en: 'There is no photo here.',
}) {}
