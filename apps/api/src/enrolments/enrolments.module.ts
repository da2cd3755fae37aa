import { CSV_MAX_BYTES } from '@koers/shared/enrolments';
import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { InvitationsModule } from '../invitations/invitations.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { WorkshopsModule } from '../workshops/workshops.module';
import { ENROLMENT_FILE_MEDIA_TYPES } from './csv/enrolment-csv';
import { EnrolmentsController } from './enrolments.controller';
import { EnrolmentsRepository } from './enrolments.repository';
import { EnrolmentsService } from './enrolments.service';

@Module({
  imports: [InvitationsModule, NotificationsModule, WebhooksModule, WorkshopsModule],
  controllers: [EnrolmentsController],
  providers: [EnrolmentsRepository, EnrolmentsService],
  exports: [EnrolmentsRepository, EnrolmentsService],
})
export class EnrolmentsModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** The import takes the file as its body: its bytes (read by the service), up to a size no enrolment list reaches. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    for (const mediaType of ENROLMENT_FILE_MEDIA_TYPES) {
      if (fastify.hasContentTypeParser(mediaType)) continue;
      fastify.addContentTypeParser(mediaType, { parseAs: 'buffer', bodyLimit: CSV_MAX_BYTES }, (_request, body, done) => done(null, body));
    }
  }
}
