import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { PersonCorrectionsService } from './person-corrections.service';
import { PrivacyController } from './privacy.controller';
import { PrivacyRepository } from './privacy.repository';
import { PrivacyService } from './privacy.service';

@Module({
  imports: [MailModule],
  controllers: [PrivacyController],
  providers: [PrivacyRepository, PrivacyService, PersonCorrectionsService],
  exports: [PersonCorrectionsService],
})
export class PrivacyModule {}
