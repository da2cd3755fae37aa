import { Type } from 'class-transformer';
import { IsInt, Max, Min } from 'class-validator';

export class SchoolYearQueryDto {
  /** The year the school year starts in: 2026 for 2026-2027. */
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2098)
  schoolYear: number;
}
