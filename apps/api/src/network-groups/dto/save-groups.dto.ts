import { GROUP_NAME_MAX_LENGTH, type SaveGroupsRequest, type SaveNetworkGroup } from '@koers/shared/network-groups';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsString, MaxLength, ValidateNested } from 'class-validator';
import { RequiredLine, IsId } from '../../app/text';
import { Omittable } from '../../app/omittable';

export class SaveNetworkGroupDto implements SaveNetworkGroup {
  @Omittable()
  @IsId()
  id?: string;

  @RequiredLine(GROUP_NAME_MAX_LENGTH)
  name: string;

  @IsArray()
  @ArrayMaxSize(1000)
  @IsId({ each: true })
  participantIds: string[];

  @IsArray()
  @ArrayMaxSize(20)
  @IsId({ each: true })
  facilitatorIds: string[];
}

export class SaveGroupsDto implements SaveGroupsRequest {
  @Omittable()
  @IsString()
  @MaxLength(100)
  version?: string;

  @IsArray()
  @ArrayMaxSize(50)
  @ValidateNested({ each: true })
  @Type(() => SaveNetworkGroupDto)
  groups: SaveNetworkGroupDto[];
}
