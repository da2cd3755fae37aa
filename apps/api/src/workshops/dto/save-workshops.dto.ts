import type { SaveWorkshop, SaveWorkshopsRequest } from '@koers/shared/workshops';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, IsString, Max, MaxLength, Min, ValidateIf, ValidateNested } from 'class-validator';
import { RequiredLine, SingleLine, IsInstant, IsId } from '../../app/text';
import { Omittable } from '../../app/omittable';

export class SaveWorkshopDto implements SaveWorkshop {
  @Omittable()
  @IsId()
  id?: string;

  @RequiredLine(200)
  title: string;

  @SingleLine()
  @IsString()
  @MaxLength(200)
  speaker: string;

  @SingleLine()
  @IsString()
  @MaxLength(200)
  room: string;

  @IsInt()
  @Min(1)
  @Max(1000)
  capacity: number;
}

export class SaveWorkshopsDto implements SaveWorkshopsRequest {
  @ValidateIf((_, value) => value !== null)
  @IsInstant()
  choiceClosesAt: string | null;

  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => SaveWorkshopDto)
  workshops: SaveWorkshopDto[];

  @Omittable()
  @IsString()
  @MaxLength(100)
  version?: string;
}
