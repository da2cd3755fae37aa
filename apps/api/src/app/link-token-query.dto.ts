import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsStorableText } from './storable-text';

/** `?token=` of a page behind a personal link in a mail; without one the page says the link does not work. */
export class LinkTokenQueryDto {
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @IsStorableText()
  token?: string;
}
