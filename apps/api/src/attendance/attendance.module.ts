import { Module } from '@nestjs/common';
import { AttendanceRatesRepository } from './attendance-rates.repository';

@Module({ providers: [AttendanceRatesRepository], exports: [AttendanceRatesRepository] })
export class AttendanceModule {}
