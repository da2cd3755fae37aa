import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications/notifications.module';
import { Draining } from './draining';
import { HealthController } from './health.controller';

/** Exports Draining: main.ts starts the drain when a stop signal comes. */
@Module({ imports: [NotificationsModule], controllers: [HealthController], providers: [Draining], exports: [Draining] })
export class HealthModule {}
