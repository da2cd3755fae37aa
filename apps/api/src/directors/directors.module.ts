import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { DirectorsController } from './directors.controller';
import { DirectorsRepository } from './directors.repository';
import { DirectorsService } from './directors.service';

/** The director's read-only view of the progress of the participants they sponsor. */
@Module({ imports: [AttendanceModule], controllers: [DirectorsController], providers: [DirectorsRepository, DirectorsService], exports: [DirectorsService] })
export class DirectorsModule {}
