import { CSV_MAX_BYTES } from '@koers/shared/enrolments';
import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance } from 'fastify';
import { InvitationsModule } from '../invitations/invitations.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { EnrolmentsController } from './enrolments.controller';
import { EnrolmentsRepository } from './enrolments.repository';
import { EnrolmentsService } from './enrolments.service';

@Module({
  imports: [InvitationsModule, NotificationsModule],
  controllers: [EnrolmentsController],
  providers: [EnrolmentsRepository, EnrolmentsService],
  exports: [EnrolmentsRepository, EnrolmentsService],
})
export class EnrolmentsModule implements OnModuleInit {
  constructor(private readonly adapterHost: HttpAdapterHost) {}

  /** The CSV import takes the file as its body: its bytes (decoded by the service), up to a size no enrolment list reaches. */
  onModuleInit(): void {
    const fastify = this.adapterHost.httpAdapter.getInstance<FastifyInstance>();
    if (fastify.hasContentTypeParser('text/csv')) return;
    fastify.addContentTypeParser('text/csv', { parseAs: 'buffer', bodyLimit: CSV_MAX_BYTES }, (_request, body, done) => done(null, body));
  }
}
