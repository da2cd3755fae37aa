import { Param, ParseUUIDPipe } from '@nestjs/common';
import { NotFoundError } from '../errors/koers-error';

/**
 * A route parameter holding an id. Every id is a UUID, so a malformed one names nothing that exists: it answers 404
 * like an unknown id, before any query, instead of 400 from one route and 500 from PostgreSQL on another.
 */
export const IdParam = (name: string) => Param(name, new ParseUUIDPipe({ exceptionFactory: () => new NotFoundError() }));
