import { LOCALES, type Locale } from '@koers/shared/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { IsStorableText } from './storable-text';

/** `?token=` of a page behind a personal link in a mail; without one the page says the link does not work. */
export class LinkTokenQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsStorableText()
  token?: string;

  /** The page's language, as a refused form's way back names it (`pageLocale`); else the browser's preference. */
  @IsOptional()
  @IsIn(LOCALES)
  lang?: Locale;
}
