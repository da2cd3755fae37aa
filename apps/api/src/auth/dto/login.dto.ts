import type { LoginRequest, PasswordChangeRequest, PasswordLinkCheck, PasswordResetConfirm, PasswordResetRequest } from '@koers/shared/api';
import { MIN_PASSWORD_LENGTH } from '@koers/shared/api';
import { IsBoolean, IsEmail, IsNotEmpty, IsString, MaxLength, MinLength } from 'class-validator';
import { NormalisedEmail } from '../../app/text';
import { IsHardToGuess } from '../password-policy';

/** A password someone chooses now: long enough and not a common one. */
const NewPassword = () => (target: object, property: string) => {
  IsString()(target, property);
  MinLength(MIN_PASSWORD_LENGTH)(target, property);
  MaxLength(1024)(target, property);
  IsHardToGuess()(target, property);
};

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

  @NewPassword()
  password: string;
}

export class PasswordLinkCheckDto implements PasswordLinkCheck {
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  token: string;

  @IsBoolean()
  first: boolean;
}

export class PasswordChangeDto implements PasswordChangeRequest {
  @IsString()
  @IsNotEmpty()
  @MaxLength(1024)
  currentPassword: string;

  @NewPassword()
  newPassword: string;
}
