import type { NotificationPreferences } from '@koers/shared/notifications';
import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Auth, type AuthContext } from '../auth/auth-context';
import { NotificationPreferencesDto } from './dto/preferences.dto';
import { NotificationsService } from './notifications.service';

/** Each person's own choices about mail: reminders on or off, and the language mails are written in. */
@ApiTags('me')
@Controller('me/preferences')
export class PreferencesController {
  constructor(private readonly notificationsService: NotificationsService) {}

  @Get()
  preferences(@Auth() auth: AuthContext): Promise<NotificationPreferences> {
    return this.notificationsService.preferences(auth);
  }

  @Put()
  save(@Auth() auth: AuthContext, @Body() dto: NotificationPreferencesDto): Promise<NotificationPreferences> {
    return this.notificationsService.savePreferences(auth, dto);
  }
}
