import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { ApplicationsController } from './applications.controller';
import { ApplicationsRepository } from './applications.repository';
import { ApplicationsService } from './applications.service';
import { PublicProgrammesController } from './public-programmes.controller';
import { PublicProgrammesRepository } from './public-programmes.repository';
import { PublicProgrammesService } from './public-programmes.service';

/**
 * Applications (see the README's section on applications): the public programme pages, applying without an account
 * with its email confirmation, and the director's commitment.
 */
@Module({
  imports: [MailModule],
  controllers: [PublicProgrammesController, ApplicationsController],
  providers: [PublicProgrammesRepository, PublicProgrammesService, ApplicationsRepository, ApplicationsService],
  exports: [ApplicationsRepository],
})
export class ApplicationsModule {}
