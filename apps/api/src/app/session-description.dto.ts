import { SESSION_KINDS, SESSION_MODES, type SessionAudience, type SessionKind, type SessionMode } from '@koers/shared/domain';
import { Type } from 'class-transformer';
import { IsBoolean, IsDefined, IsIn, IsObject, IsString, MaxLength, ValidateNested } from 'class-validator';
import { RequiredLine, TidyText } from './text';
import { Omittable } from './omittable';

/** Who a session expects besides those who run it. */
export class SessionAudienceDto implements SessionAudience {
  @IsBoolean()
  participants: boolean;

  @IsBoolean()
  internalTeams: boolean;

  @IsBoolean()
  directors: boolean;
}

/** What a session is, apart from when and where: a curriculum slot's, and a session added to an edition. */
export class SessionDescriptionDto {
  @IsIn(SESSION_KINDS)
  kind: SessionKind;

  @RequiredLine(200)
  title: string;

  @Omittable()
  @TidyText()
  @IsString()
  @MaxLength(500)
  theme?: string;

  @IsIn(SESSION_MODES)
  mode: SessionMode;

  // An array passes @ValidateNested with nothing to check, and its missing flags would reach the NOT NULL columns.
  @IsDefined()
  @IsObject()
  @ValidateNested()
  @Type(() => SessionAudienceDto)
  audience: SessionAudienceDto;
}
