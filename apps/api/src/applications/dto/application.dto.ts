import type { ApplicationConfirmRequest, ApplicationRequest, DirectorCommitmentRequest } from '@koers/shared/applications';
import { IsBoolean, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { NormalisedEmail, OtherAddressThan, PersonName, RequiredLine, TidyText, TidyTextOrAbsent, IsMailAddress, IsId } from '../../app/text';
import { Omittable } from '../../app/omittable';

export class ApplicationDto implements ApplicationRequest {
  @PersonName()
  name: string;

  @NormalisedEmail()
  @IsMailAddress()
  @MaxLength(254)
  email: string;

  @RequiredLine(200)
  organisation: string;

  @RequiredLine(200)
  jobTitle: string;

  @RequiredLine(100)
  region: string;

  @TidyText()
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  challenge: string;

  @PersonName()
  directorName: string;

  @NormalisedEmail()
  @OtherAddressThan('email')
  @IsMailAddress()
  @MaxLength(254)
  directorEmail: string;

  @IsString()
  @MaxLength(200)
  formIssuedAt: string;

  /** The honeypot: any text at all in it drops the application. */
  @Omittable()
  @IsString()
  @MaxLength(1000)
  website?: string;
}

export class ApplicationConfirmDto implements ApplicationConfirmRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;
}

export class DirectorCommitmentDto implements DirectorCommitmentRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @IsBoolean()
  commit: boolean;

  @TidyTextOrAbsent()
  @Omittable()
  @IsString()
  @MaxLength(2000)
  reason?: string;
}

/** The public page's form (`application/x-www-form-urlencoded`): the same fields, and the edition chosen on it. */
export class ApplicationFormDto extends ApplicationDto {
  @IsId()
  editionId: string;
}
