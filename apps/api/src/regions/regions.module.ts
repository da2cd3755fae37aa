import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { RegionsController } from './regions.controller';
import { RegionsRepository } from './regions.repository';
import { RegionsService } from './regions.service';

/** The regional networks, their programme managers and the overview of a region's organisations. */
@Module({
  imports: [AttendanceModule],
  controllers: [RegionsController],
  providers: [RegionsRepository, RegionsService],
})
export class RegionsModule {}
