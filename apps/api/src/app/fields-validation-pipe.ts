import { type ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import { ValidationFailedError } from '../errors/koers-error';
import { fieldProblems } from '../errors/validation-messages';
import { JsonNotObjectError } from './json-body';

/**
 * Every DTO validated at the edge: unknown fields refused, values converted to their declared types, problems per
 * field in the caller's language. A list sent where a route takes fields is refused as such: Nest's pipe would read
 * its items as fields named `0`, `1`, … and call each unknown.
 */
export class FieldsValidationPipe extends ValidationPipe {
  constructor() {
    super({ ...ONLY_KNOWN_FIELDS, transform: true, exceptionFactory: (errors) => new ValidationFailedError(fieldProblems(errors)) });
  }

  /** A body typed as a list (the attendance marks) is no DTO (`toValidate`): its route's pipe checks each item. */
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && Array.isArray(value) && this.toValidate(metadata)) throw new JsonNotObjectError();
    return super.transform(value, metadata);
  }
}

/** Fields a DTO does not declare are refused, not dropped: also for the items of a list a route checks itself. */
export const ONLY_KNOWN_FIELDS = { whitelist: true, forbidNonWhitelisted: true } as const;
