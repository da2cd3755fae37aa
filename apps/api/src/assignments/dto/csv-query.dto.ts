import { LOCALES, type Locale } from '@koers/shared/domain';
import { IsIn, IsOptional } from 'class-validator';

export class CsvQueryDto {
  /** The language of the headings and statuses; a download link cannot set Accept-Language. */
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}
