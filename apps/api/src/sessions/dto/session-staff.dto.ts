import type { SessionStaffRequest } from '@koers/shared/enrolments';
import type { SessionStaffRole } from '@koers/shared/sessions';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsIn, IsNotEmpty, IsOptional, IsString, MaxLength, ValidateIf, ValidateNested } from 'class-validator';
import { PageQueryDto } from '../../app/pagination';
import { SingleLineOrAbsent, SearchText, IsId } from '../../app/text';
import { Omittable } from '../../app/omittable';

/** Either a person or a guest: each is checked whenever it is sent, and required when the other is missing. */
export class StaffMemberDto {
  @ValidateIf((dto: StaffMemberDto) => dto.personId !== undefined || dto.guestName === undefined)
  @IsId()
  personId?: string;

  /** A guest speaker without an account. */
  @ValidateIf((dto: StaffMemberDto) => dto.guestName !== undefined || dto.personId === undefined)
  @SingleLineOrAbsent()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  guestName?: string;

  @Omittable()
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

export class StaffQueryDto extends PageQueryDto {
  @IsOptional()
  @SearchText()
  search?: string;
}
