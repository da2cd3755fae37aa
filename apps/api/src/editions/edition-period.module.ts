import { Module } from '@nestjs/common';
import { EditionPeriodRepository } from './edition-period.repository';

@Module({ providers: [EditionPeriodRepository], exports: [EditionPeriodRepository] })
export class EditionPeriodModule {}
