import { ENROLMENT_STATUSES, type EnrolmentStatus, type EnrolRequest, type SessionStaffRequest } from '@koers/shared/enrolments';
import { EDITION_ROLES, type EditionRole } from '@koers/shared/roles';
import type { SessionStaffRole } from '@koers/shared/sessions';
import { Transform, Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../app/pagination';
import { NormalisedEmail, TrimmedOrAbsent } from '../../programmes/dto/text';

export class EnrolDto implements EnrolRequest {
  @IsIn(EDITION_ROLES)
  role: EditionRole;

  @TrimmedOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name: string;

  @NormalisedEmail()
  @MaxLength(254)
  @IsEmail()
  @IsNotEmpty()
  email: string;

  /** Required for participants: every Rebel works for a care organisation. */
  @ValidateIf((dto: EnrolDto) => dto.role === 'participant' || dto.organisation !== undefined)
  @TrimmedOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  organisation?: string;

  @IsOptional()
  @TrimmedOrAbsent()
  @IsString()
  @MaxLength(100)
  region?: string;

  @IsOptional()
  @NormalisedEmail()
  @IsEmail()
  @MaxLength(254)
  directorEmail?: string;

  @IsOptional()
  @TrimmedOrAbsent()
  @IsString()
  @MaxLength(200)
  directorName?: string;

  @IsOptional()
  @TrimmedOrAbsent()
  @IsString()
  @MaxLength(300)
  challengeTitle?: string;

  /** Required for internal-team members: the participant they support. */
  @ValidateIf((dto: EnrolDto) => dto.role === 'internal_team_member' || dto.participantEmail !== undefined)
  @NormalisedEmail()
  @MaxLength(254)
  @IsEmail()
  @IsNotEmpty()
  participantEmail?: string;

  @IsOptional()
  @TrimmedOrAbsent()
  @IsString()
  @MaxLength(200)
  roleInOrganisation?: string;
}

export class EnrolmentsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(EDITION_ROLES)
  role?: EditionRole;

  @IsOptional()
  @IsIn(ENROLMENT_STATUSES)
  status?: EnrolmentStatus;
}

export class ImportQueryDto {
  /** A dry run unless `dryRun=false` is asked for explicitly. */
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun: 'true' | 'false' = 'true';
}

/** Either a person or a guest: each is checked whenever it is sent, and required when the other is missing. */
export class StaffMemberDto {
  @ValidateIf((dto: StaffMemberDto) => dto.personId !== undefined || dto.guestName === undefined)
  @IsUUID()
  personId?: string;

  /** A guest speaker without an account. */
  @ValidateIf((dto: StaffMemberDto) => dto.guestName !== undefined || dto.personId === undefined)
  @TrimmedOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  guestName?: string;

  @IsOptional()
  @TrimmedOrAbsent()
  @IsString()
  @MaxLength(200)
  guestOrganisation?: string;

  @IsIn(['trainer', 'facilitator', 'speaker'] satisfies SessionStaffRole[])
  role: SessionStaffRole;
}

export class SessionStaffDto implements SessionStaffRequest {
  @IsArray()
  @ArrayMaxSize(30)
  @ValidateNested({ each: true })
  @Type(() => StaffMemberDto)
  staff: StaffMemberDto[];
}

export class StaffQueryDto extends PageQueryDto {
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(200)
  search?: string;
}
