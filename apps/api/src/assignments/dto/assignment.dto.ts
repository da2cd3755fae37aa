import type { AssignmentExtensionRequest, AssignmentRequest } from '@koers/shared/assignments';
import { IsBoolean, IsDateString, IsOptional, IsString, IsUUID, Matches, MaxLength } from 'class-validator';
import { InThisCentury, RequiredLine, TidyText } from '../../app/text';

/**
 * An instant with its date, time and offset, as the web app sends it (`2027-04-10T21:59:00.000Z`). ISO 8601 also
 * allows week and ordinal dates (`2027-W10-2`), which JavaScript cannot read: they became Invalid Date and a 500.
 */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const IsInstant = (): PropertyDecorator => (target, property) => {
  IsDateString({ strict: true })(target, property);
  Matches(INSTANT)(target, property);
  InThisCentury()(target, property);
};

export class AssignmentDto implements AssignmentRequest {
  @RequiredLine(200)
  title: string;

  @TidyText()
  @IsOptional()
  @IsString()
  @MaxLength(20_000)
  instructions?: string;

  @IsOptional()
  @IsUUID()
  sessionId?: string | null;

  @IsInstant()
  dueAt: string;

  @IsOptional()
  @IsInstant()
  cutoffAt?: string | null;

  @IsBoolean()
  acceptsText: boolean;

  @IsBoolean()
  acceptsFiles: boolean;
}

export class AssignmentExtensionDto implements AssignmentExtensionRequest {
  @IsInstant()
  dueAt: string;

  @IsOptional()
  @IsInstant()
  cutoffAt?: string | null;
}
