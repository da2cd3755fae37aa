import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { CompletionController } from './completion.controller';
import { CompletionRepository } from './completion.repository';
import { CompletionService } from './completion.service';
import { VerificationController } from './verification.controller';

/** The completion rule, certificates and their public verification. */
@Module({
  imports: [AttendanceModule],
  controllers: [CompletionController, VerificationController],
  providers: [CompletionRepository, CompletionService],
  exports: [CompletionService],
})
export class CompletionModule {}
