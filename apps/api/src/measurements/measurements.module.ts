import { Module } from '@nestjs/common';
import { MeasurementActionsService } from './measurement-actions.service';
import { MeasurementReminderSweep } from './measurement-reminder-sweep';
import { MeasurementResultsRepository } from './measurement-results.repository';
import { MeasurementRoundsRepository } from './measurement-rounds.repository';
import { MeasurementsController } from './measurements.controller';
import { MeasurementsService } from './measurements.service';

/** Exports the rounds repository: opening an edition creates its rounds in its own transaction. */
@Module({
  controllers: [MeasurementsController],
  providers: [MeasurementRoundsRepository, MeasurementResultsRepository, MeasurementsService, MeasurementActionsService, MeasurementReminderSweep],
  exports: [MeasurementRoundsRepository],
})
export class MeasurementsModule {}
