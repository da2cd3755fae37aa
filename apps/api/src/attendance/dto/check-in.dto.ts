import { CHECK_IN_CODE_LENGTH, type CheckInRequest } from '@koers/shared/attendance';
import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';
import type { FastifyRequest } from 'fastify';

const CHECK_IN_CODE = new RegExp(`^\\d{${CHECK_IN_CODE_LENGTH}}$`);

/** Typed codes arrive with spaces ("123 456"); they are not part of the code. */
const withoutSpaces = (value: unknown) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value);

/**
 * Whether the request holds a code that could be one: only those are guesses that the check-in limit counts, so a
 * code mistyped with a digit too few is told so, not locked out.
 */
export const holdsCheckInCode = (request: FastifyRequest) => {
  const code = withoutSpaces((request.body as { code?: unknown } | undefined)?.code);
  return typeof code === 'string' && CHECK_IN_CODE.test(code);
};

export class CheckInDto implements CheckInRequest {
  @Transform(({ value }) => withoutSpaces(value))
  @IsString()
  @Matches(CHECK_IN_CODE)
  code: string;
}
