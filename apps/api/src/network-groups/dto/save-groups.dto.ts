import { GROUP_NAME_MAX_LENGTH, type SaveGroupsRequest, type SaveNetworkGroup } from '@koers/shared/network-groups';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { RequiredLine } from '../../app/text';

export class SaveNetworkGroupDto implements SaveNetworkGroup {
  @IsOptional()
  @IsUUID()
  id?: string;

  @RequiredLine(GROUP_NAME_MAX_LENGTH)
  name: string;

  @IsArray()
  @ArrayMaxSize(1000)
  @IsUUID('all', { each: true })
  participantIds: string[];

  @IsArray()
  @ArrayMaxSize(20)
  @IsUUID('all', { each: true })
  facilitatorIds: string[];
}

export class SaveGroupsDto implements SaveGroupsRequest {
  @IsOptional()
  @IsString()
  @MaxLength(100)
  version?: string;

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SaveNetworkGroupDto)
  groups: SaveNetworkGroupDto[];
}
