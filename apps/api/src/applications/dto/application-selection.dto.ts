import {
  type AcceptApplicationRequest,
  APPLICATION_STATUSES,
  type ApplicationsQuery,
  type ApplicationStatus,
  type ApplicationWithdrawRequest,
  type DeclineApplicationRequest,
  DIRECTOR_COMMITMENTS,
  type DirectorCommitment,
} from '@koers/shared/applications';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageQueryDto } from '../../app/pagination';
import { TidyTextOrAbsent, TrimmedOrAbsent } from '../../app/text';
import { IsStorableText } from '../../app/storable-text';
import { Omittable } from '../../app/omittable';

export class ApplicationsQueryDto extends PageQueryDto implements ApplicationsQuery {
  @IsOptional()
  @IsIn(APPLICATION_STATUSES)
  status?: ApplicationStatus;

  @TrimmedOrAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  @IsStorableText()
  region?: string;

  @TrimmedOrAbsent()
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsStorableText()
  organisation?: string;

  @IsOptional()
  @IsIn(DIRECTOR_COMMITMENTS)
  directorCommitment?: DirectorCommitment;
}

export class AcceptApplicationDto implements AcceptApplicationRequest {
  @Omittable()
  @IsBoolean()
  confirmOverCapacity?: boolean;
}

export class DeclineApplicationDto implements DeclineApplicationRequest {
  @TidyTextOrAbsent()
  @Omittable()
  @IsString()
  @MaxLength(4000)
  message?: string;
}

export class ApplicationWithdrawDto implements ApplicationWithdrawRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;
}
