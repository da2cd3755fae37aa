import type { SingleSignOnStartQuery } from '@koers/shared/api';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { IsStorableText } from '../../app/storable-text';

export class SingleSignOnStartQueryDto implements SingleSignOnStartQuery {
  /** Kept in the flow cookie until the callback: bounded, so the cookie stays within what browsers keep. */
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  @IsStorableText()
  next?: string;
}
