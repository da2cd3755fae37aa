import type { AddSpeakerRequest, SaveSessionRecordRequest } from '@koers/shared/sessions';
import { Transform } from 'class-transformer';
import { IsInt, IsNotEmpty, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SaveSessionRecordDto implements SaveSessionRecordRequest {
  @IsString()
  @MaxLength(50_000)
  notes: string;

  @IsString()
  @MaxLength(20_000)
  covered: string;

  /** Counts saves; bounded by its integer column, so a made-up version is a 400, not a database error. */
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  notesVersion: number;
}

export class AddSpeakerDto implements AddSpeakerRequest {
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @IsOptional()
  @Transform(trim)
  @IsString()
  @MaxLength(200)
  organisation?: string;
}
