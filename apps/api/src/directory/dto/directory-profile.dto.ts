import { DIRECTORY_LIMITS, type SaveDirectoryProfileRequest } from '@koers/shared/directory';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { TidyTextOrNull } from '../../app/text';

export class DirectoryProfileDto implements SaveDirectoryProfileRequest {
  @TidyTextOrNull()
  @IsOptional()
  @IsString()
  @MaxLength(DIRECTORY_LIMITS.introduction)
  introduction: string | null;

  @IsBoolean()
  hidden: boolean;

  @IsBoolean()
  alumni: boolean;
}
