import { Module } from '@nestjs/common';
import { DiscussionsController } from './discussions.controller';
import { DiscussionsRepository } from './discussions.repository';
import { DiscussionsService } from './discussions.service';

/** An edition's conversation; exports the service so the mail worker can queue and write the mention and digest mails. */
@Module({ controllers: [DiscussionsController], providers: [DiscussionsRepository, DiscussionsService], exports: [DiscussionsService] })
export class DiscussionsModule {}
