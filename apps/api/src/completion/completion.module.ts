import { Module } from '@nestjs/common';
import { AttendanceModule } from '../attendance/attendance.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { BadgesController } from './badges.controller';
import { CertificatesController } from './certificates.controller';
import { CompletionSweep } from './completion-sweep';
import { CompletionController } from './completion.controller';
import { CompletionRepository } from './completion.repository';
import { CompletionService } from './completion.service';
import { VerificationController } from './verification.controller';

/** The completion rule, certificates, their public verification and their Open Badges. */
@Module({
  imports: [AttendanceModule, WebhooksModule],
  controllers: [CompletionController, CertificatesController, VerificationController, BadgesController],
  providers: [CompletionRepository, CompletionService, CompletionSweep],
  exports: [CompletionService],
})
export class CompletionModule {}
