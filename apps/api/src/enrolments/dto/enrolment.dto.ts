import { ENROLMENT_STATUSES, type EnrolmentStatus, type EnrolRequest } from '@koers/shared/enrolments';
import { LOCALES, type Locale } from '@koers/shared/domain';
import { EDITION_ROLES, type EditionRole } from '@koers/shared/roles';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf } from 'class-validator';
import { PageQueryDto } from '../../app/pagination';
import { NormalisedEmailOrAbsent, OtherAddressThan, PersonName, SingleLineOrAbsent, IsMailAddress, SearchText } from '../../app/text';
import { Omittable } from '../../app/omittable';

export class EnrolDto implements EnrolRequest {
  @IsIn(EDITION_ROLES)
  role: EditionRole;

  @PersonName()
  name: string;

  @NormalisedEmailOrAbsent()
  @MaxLength(254)
  @IsMailAddress()
  @IsNotEmpty()
  email: string;

  /** Required for participants: every Rebel works for a care organisation. */
  @ValidateIf((dto: EnrolDto) => dto.role === 'participant' || dto.organisation !== undefined)
  @SingleLineOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  organisation?: string;

  @Omittable()
  @SingleLineOrAbsent()
  @IsString()
  @MaxLength(100)
  region?: string;

  @Omittable()
  @NormalisedEmailOrAbsent()
  @OtherAddressThan('email')
  @IsMailAddress()
  @MaxLength(254)
  directorEmail?: string;

  @Omittable()
  @SingleLineOrAbsent()
  @IsString()
  @MaxLength(200)
  directorName?: string;

  @Omittable()
  @SingleLineOrAbsent()
  @IsString()
  @MaxLength(300)
  challengeTitle?: string;

  /** Required for internal-team members: the participant they support. */
  @ValidateIf((dto: EnrolDto) => dto.role === 'internal_team_member' || dto.participantEmail !== undefined)
  @NormalisedEmailOrAbsent()
  @OtherAddressThan('email', 'ownParticipant')
  @MaxLength(254)
  @IsMailAddress()
  @IsNotEmpty()
  participantEmail?: string;

  @Omittable()
  @SingleLineOrAbsent()
  @IsString()
  @MaxLength(200)
  roleInOrganisation?: string;

  @Omittable()
  @IsIn(LOCALES)
  locale?: Locale;

  @Omittable()
  @IsBoolean()
  replaceDirector?: boolean;
}

export class EnrolmentsQueryDto extends PageQueryDto {
  @IsOptional()
  @IsIn(EDITION_ROLES)
  role?: EditionRole;

  @IsOptional()
  @IsIn(ENROLMENT_STATUSES)
  status?: EnrolmentStatus;

  /** Part of a name or address, as searches compare (`database/search-form.ts`). */
  @IsOptional()
  @SearchText()
  search?: string;
}

export class ImportQueryDto {
  /** A dry run unless `dryRun=false` is asked for explicitly. */
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun: 'true' | 'false' = 'true';
}
