import { CHECK_IN_CODE_LENGTH, type CheckInRequest } from '@koers/shared/attendance';
import { Transform } from 'class-transformer';
import { IsString, Matches } from 'class-validator';

export class CheckInDto implements CheckInRequest {
  /** Typed codes arrive with spaces ("123 456"); they are not part of the code. */
  @Transform(({ value }) => (typeof value === 'string' ? value.replace(/\s+/g, '') : value))
  @IsString()
  @Matches(new RegExp(`^\\d{${CHECK_IN_CODE_LENGTH}}$`))
  code: string;
}
