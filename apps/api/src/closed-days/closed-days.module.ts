import { Module } from '@nestjs/common';
import { ClosedDaysController } from './closed-days.controller';
import { ClosedDaysRepository } from './closed-days.repository';
import { ClosedDaysService } from './closed-days.service';

/** Exports the service so that opening an edition plans around the closed days. */
@Module({ controllers: [ClosedDaysController], providers: [ClosedDaysRepository, ClosedDaysService], exports: [ClosedDaysService] })
export class ClosedDaysModule {}
