import { MAX_MINUTES_LENGTH, type PublishMinutesRequest } from '@koers/shared/board-meetings';
import { Transform } from 'class-transformer';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { trimmed } from '../../rsvp/dto/rsvp.dto';

export class PublishMinutesDto implements PublishMinutesRequest {
  @Transform(trimmed)
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_MINUTES_LENGTH)
  text: string;
}
