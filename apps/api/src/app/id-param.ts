import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { ApiParam } from '@nestjs/swagger';
import { isUUID } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import { NotFoundError } from '../errors/koers-error';

/**
 * Checked while the argument is read, not in a pipe: Nest runs the pipes of all arguments at once, so a pipe on the
 * id could lose the race to the body's validation and a malformed id would answer 400 on some routes.
 */
const uuidFromPath = createParamDecorator((name: string, context: ExecutionContext): string => {
  const value = context.switchToHttp().getRequest<FastifyRequest<{ Params: Record<string, string> }>>().params[name];
  if (typeof value !== 'string' || !isUUID(value)) throw new NotFoundError();
  // PostgreSQL reads a UUID in capitals as the same id; written into text (an erased person's placeholder address)
  // or compared as a string, it must be the one form the database answers.
  return value.toLowerCase();
});

/**
 * A route parameter holding an id. Every id is a UUID, so a malformed one names nothing that exists: it answers 404
 * like an unknown id, before any query and before the body is looked at. One in capitals is the same id, in lower case.
 */
export const IdParam =
  (name: string): ParameterDecorator =>
  (target, method, index) => {
    uuidFromPath(name)(target, method, index);
    // A custom argument is invisible to the OpenAPI document; it still lists the path parameter.
    if (method !== undefined) {
      const descriptor = Object.getOwnPropertyDescriptor(target, method);
      if (descriptor) ApiParam({ name, type: String, format: 'uuid' })(target, method, descriptor);
    }
  };
