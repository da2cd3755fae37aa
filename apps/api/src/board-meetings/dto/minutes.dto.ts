import { MAX_MINUTES_LENGTH, type PublishMinutesRequest } from '@koers/shared/board-meetings';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { TidyText } from '../../app/text';

export class PublishMinutesDto implements PublishMinutesRequest {
  @TidyText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_MINUTES_LENGTH)
  text: string;
}
