import { MAX_MINUTES_LENGTH, type PublishMinutesRequest } from '@koers/shared/board-meetings';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { Trimmed } from '../../app/text';

export class PublishMinutesDto implements PublishMinutesRequest {
  @Trimmed()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_MINUTES_LENGTH)
  text: string;
}
