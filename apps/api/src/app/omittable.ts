import { ValidateIf } from 'class-validator';

/**
 * A body field a request may leave out, keeping what is stored. Unlike `@IsOptional()` it still validates `null`:
 * a client that sends `{"name": null}` means to clear the field, and is told it cannot, not answered 200 with the
 * name kept. Fields that can be cleared declare `| null` and keep `@IsOptional()`; a query's values are never null.
 */
export const Omittable = () => ValidateIf((_: object, value: unknown) => value !== undefined);
