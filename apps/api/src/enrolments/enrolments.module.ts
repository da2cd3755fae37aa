import { CSV_MAX_BYTES } from '@koers/shared/enrolments';
import { Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AssignmentsModule } from '../assignments/assignments.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { NotificationsModule } from '../notifications/notifications.module';
import { WebhooksModule } from '../webhooks/webhooks.module';
import { WorkshopsModule } from '../workshops/workshops.module';
import { ENROLMENT_FILE_MEDIA_TYPES } from './csv/enrolment-csv';
import { EnrolmentsController } from './enrolments.controller';
import { ImportFileTooLargeError } from './enrolments.errors';
import { EnrolmentsRepository } from './enrolments.repository';
import { EnrolmentsService } from './enrolments.service';

@Module({
  imports: [AssignmentsModule, InvitationsModule, NotificationsModule, WebhooksModule, WorkshopsModule],
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
      fastify.addContentTypeParser(mediaType, readEnrolmentFile);
    }
  }
}

/**
 * The file's bytes, up to CSV_MAX_BYTES; a larger one is refused with a message that names the limit (Fastify's own
 * body limit would answer a general "too large"), as soon as its length or its bytes pass it.
 */
async function readEnrolmentFile(request: FastifyRequest, payload: AsyncIterable<Buffer>): Promise<Buffer> {
  if (Number(request.headers['content-length']) > CSV_MAX_BYTES) throw new ImportFileTooLargeError();
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of payload) {
    size += chunk.length;
    if (size > CSV_MAX_BYTES) throw new ImportFileTooLargeError();
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, size);
}
