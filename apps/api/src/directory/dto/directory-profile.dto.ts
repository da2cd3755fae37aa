import { DIRECTORY_LIMITS, type SaveDirectoryProfileRequest } from '@koers/shared/directory';
import { IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { TrimmedOrNull } from '../../app/text';

export class DirectoryProfileDto implements SaveDirectoryProfileRequest {
  @TrimmedOrNull()
  @IsOptional()
  @IsString()
  @MaxLength(DIRECTORY_LIMITS.introduction)
  introduction: string | null;

  @IsBoolean()
  hidden: boolean;

  @IsBoolean()
  alumni: boolean;
}
