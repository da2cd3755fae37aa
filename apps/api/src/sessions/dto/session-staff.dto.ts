import { SESSION_KINDS, type SessionKind } from '@koers/shared/domain';
import type { SessionStaffRequest, StaffSessionsRequest } from '@koers/shared/enrolments';
import type { SessionStaffRole } from '@koers/shared/sessions';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, ArrayUnique, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../app/pagination';
import { SingleLineOrAbsent, Trimmed } from '../../app/text';

/** Either a person or a guest: each is checked whenever it is sent, and required when the other is missing. */
export class StaffMemberDto {
  @ValidateIf((dto: StaffMemberDto) => dto.personId !== undefined || dto.guestName === undefined)
  @IsUUID()
  personId?: string;

  /** A guest speaker without an account. */
  @ValidateIf((dto: StaffMemberDto) => dto.guestName !== undefined || dto.personId === undefined)
  @SingleLineOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  guestName?: string;

  @IsOptional()
  @SingleLineOrAbsent()
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

export class StaffSessionsDto implements StaffSessionsRequest {
  @IsUUID()
  personId: string;

  @IsIn(['trainer', 'facilitator'] satisfies StaffSessionsRequest['role'][])
  role: StaffSessionsRequest['role'];

  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(SESSION_KINDS, { each: true })
  sessionKinds: SessionKind[];
}

export class StaffQueryDto extends PageQueryDto {
  @IsOptional()
  @Trimmed()
  @IsString()
  @MaxLength(200)
  search?: string;
}
