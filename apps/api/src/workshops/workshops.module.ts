import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module';
import { WorkshopsController } from './workshops.controller';
import { WorkshopsRepository } from './workshops.repository';
import { WorkshopsService } from './workshops.service';

/** Parallel workshops of a session: set up by the programme office, chosen by participants first come first served. */
@Module({ imports: [MailModule], controllers: [WorkshopsController], providers: [WorkshopsRepository, WorkshopsService], exports: [WorkshopsService] })
export class WorkshopsModule {}
