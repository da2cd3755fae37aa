import { API_TOKEN_SCOPES, type ApiTokenScope, type CreateApiTokenRequest, MAX_API_TOKEN_NAME_LENGTH } from '@koers/shared/api-tokens';
import { IsIn, IsISO8601, IsOptional } from 'class-validator';
import { RequiredLine } from '../../app/text';

export class CreateApiTokenDto implements CreateApiTokenRequest {
  @RequiredLine(MAX_API_TOKEN_NAME_LENGTH)
  name: string;

  @IsIn(API_TOKEN_SCOPES)
  scope: ApiTokenScope;

  @IsOptional()
  @IsISO8601({ strict: true })
  expiresAt?: string;
}
