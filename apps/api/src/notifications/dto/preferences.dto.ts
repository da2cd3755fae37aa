import { type Locale, LOCALES } from '@koers/shared/domain';
import type { NotificationPreferences } from '@koers/shared/notifications';
import { IsBoolean, IsIn } from 'class-validator';

export class NotificationPreferencesDto implements NotificationPreferences {
  @IsBoolean()
  remindersEnabled: boolean;

  @IsIn(LOCALES)
  locale: Locale;
}
