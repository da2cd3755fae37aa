import {
  type InstrumentDimensionRequest,
  type InstrumentItemRequest,
  type InstrumentVersionRequest,
  ITEM_SCALES,
  type ItemScale,
  MAX_DIMENSION_NAME_LENGTH,
  MAX_DIMENSIONS,
  MAX_ITEMS_PER_DIMENSION,
  MAX_STATEMENT_LENGTH,
} from '@koers/shared/measurements';
import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsBoolean, IsIn, IsNotEmpty, IsString, MaxLength, ValidateNested } from 'class-validator';
import { RequiredLine, TidyText } from '../../app/text';

export class InstrumentItemDto implements InstrumentItemRequest {
  @TidyText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(MAX_STATEMENT_LENGTH)
  statement: string;

  @IsIn(ITEM_SCALES)
  scale: ItemScale;

  @IsBoolean()
  freeTextAllowed: boolean;
}

export class InstrumentDimensionDto implements InstrumentDimensionRequest {
  @RequiredLine(MAX_DIMENSION_NAME_LENGTH)
  name: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ITEMS_PER_DIMENSION)
  @ValidateNested({ each: true })
  @Type(() => InstrumentItemDto)
  items: InstrumentItemDto[];
}

export class InstrumentVersionDto implements InstrumentVersionRequest {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_DIMENSIONS)
  @ValidateNested({ each: true })
  @Type(() => InstrumentDimensionDto)
  dimensions: InstrumentDimensionDto[];
}
