import { type CreateWebhookEndpointRequest, type UpdateWebhookEndpointRequest, WEBHOOK_EVENTS, type WebhookEvent } from '@koers/shared/webhooks';
import { ArrayMinSize, ArrayUnique, IsArray, IsBoolean, IsIn, IsString, MaxLength, ValidateBy } from 'class-validator';
import { TidyText, Trimmed } from '../../app/text';
import { isAcceptableWebhookUrl } from '../webhook-targets';
import { Omittable } from '../../app/omittable';

const IsWebhookUrl = () => ValidateBy({ name: 'webhookUrl', validator: { validate: (value) => typeof value === 'string' && isAcceptableWebhookUrl(value) } });

export class CreateWebhookEndpointDto implements CreateWebhookEndpointRequest {
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  @IsWebhookUrl()
  url: string;

  @TidyText()
  @IsString()
  @MaxLength(500)
  description: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events: WebhookEvent[];
}

export class UpdateWebhookEndpointDto implements UpdateWebhookEndpointRequest {
  @Omittable()
  @Trimmed()
  @IsString()
  @MaxLength(2000)
  @IsWebhookUrl()
  url?: string;

  @Omittable()
  @TidyText()
  @IsString()
  @MaxLength(500)
  description?: string;

  @Omittable()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayUnique()
  @IsIn(WEBHOOK_EVENTS, { each: true })
  events?: WebhookEvent[];

  @Omittable()
  @IsBoolean()
  enabled?: boolean;
}
