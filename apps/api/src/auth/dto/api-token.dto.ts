import { API_TOKEN_SCOPES, type ApiTokenScope, type CreateApiTokenRequest, MAX_API_TOKEN_NAME_LENGTH } from '@koers/shared/api-tokens';
import { IsIn, IsOptional } from 'class-validator';
import { IsInstant, RequiredLine } from '../../app/text';

export class CreateApiTokenDto implements CreateApiTokenRequest {
  @RequiredLine(MAX_API_TOKEN_NAME_LENGTH)
  name: string;

  @IsIn(API_TOKEN_SCOPES)
  scope: ApiTokenScope;

  @IsOptional()
  @IsInstant()
  expiresAt?: string;
}
