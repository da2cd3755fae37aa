import type { LoginRequest, PasswordResetConfirm, PasswordResetRequest } from '@koers/shared/api';
import { MIN_PASSWORD_LENGTH } from '@koers/shared/api';
import { IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { NormalisedEmail } from '../../app/text';

export class LoginDto implements LoginRequest {
  @NormalisedEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;

  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  password: string;
}

export class PasswordResetRequestDto implements PasswordResetRequest {
  @NormalisedEmail()
  @IsEmail()
  @MaxLength(254)
  email: string;
}

export class PasswordResetConfirmDto implements PasswordResetConfirm {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @IsString()
  @MinLength(MIN_PASSWORD_LENGTH)
  @MaxLength(1024)
  password: string;
}
