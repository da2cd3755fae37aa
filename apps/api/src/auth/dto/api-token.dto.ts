import { API_TOKEN_SCOPES, type ApiTokenScope, type CreateApiTokenRequest, MAX_API_TOKEN_NAME_LENGTH } from '@koers/shared/api-tokens';
import { IsIn } from 'class-validator';
import { IsInstant, RequiredLine } from '../../app/text';
import { Omittable } from '../../app/omittable';

export class CreateApiTokenDto implements CreateApiTokenRequest {
  @RequiredLine(MAX_API_TOKEN_NAME_LENGTH)
  name: string;

  @IsIn(API_TOKEN_SCOPES)
  scope: ApiTokenScope;

  @Omittable()
  @IsInstant()
  expiresAt?: string;
}
