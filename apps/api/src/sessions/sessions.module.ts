import { Module } from '@nestjs/common';
import { NextSessionService } from './next-session.service';
import { ScheduleController } from './schedule.controller';
import { ScheduleRepository } from './schedule.repository';
import { ScheduleService } from './schedule.service';
import { SessionMaterialsService } from './session-materials.service';
import { SessionsController } from './sessions.controller';
import { SessionsRepository } from './sessions.repository';
import { SessionsService } from './sessions.service';

@Module({
  controllers: [ScheduleController, SessionsController],
  providers: [ScheduleRepository, ScheduleService, NextSessionService, SessionsRepository, SessionsService, SessionMaterialsService],
  exports: [ScheduleRepository],
})
export class SessionsModule {}
