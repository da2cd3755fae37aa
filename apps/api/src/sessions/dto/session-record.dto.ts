import type { AddSpeakerRequest, SaveSessionRecordRequest } from '@koers/shared/sessions';
import { IsInt, IsString, Max, MaxLength, Min } from 'class-validator';
import { RequiredLine, SingleLine, TidyText } from '../../app/text';
import { Omittable } from '../../app/omittable';

export class SaveSessionRecordDto implements SaveSessionRecordRequest {
  @TidyText()
  @IsString()
  @MaxLength(50_000)
  notes: string;

  @TidyText()
  @IsString()
  @MaxLength(20_000)
  covered: string;

  @TidyText()
  @Omittable()
  @IsString()
  @MaxLength(50_000)
  staffNotes?: string;

  /** Counts saves; bounded by its integer column, so a made-up version is a 400, not a database error. */
  @IsInt()
  @Min(0)
  @Max(2_147_483_647)
  notesVersion: number;
}

export class AddSpeakerDto implements AddSpeakerRequest {
  @RequiredLine(200)
  name: string;

  @Omittable()
  @SingleLine()
  @IsString()
  @MaxLength(200)
  organisation?: string;
}
