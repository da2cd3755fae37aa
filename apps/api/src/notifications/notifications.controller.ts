import type { Page } from '@koers/shared/api';
import type { DeliveriesPage, OutboxFileSummary } from '@koers/shared/notifications';
import { Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { FileAnswer } from '../app/openapi';
import { PageQueryDto } from '../app/pagination';
import { Auth, type AuthContext } from '../auth/auth-context';
import { attachmentDisposition } from '../files/file-storage';
import { DeliveriesQueryDto } from './dto/deliveries-query.dto';
import { FailedDeliveryNotFoundError } from './notifications.errors';
import { NotificationsService } from './notifications.service';

/** The programme office's view of outgoing mail: every delivery with its state, and the outbox files. */
@ApiTags('notifications')
@Controller('notifications')
export class NotificationsController {
  constructor(private readonly notificationsService: NotificationsService) {}

  @Get('deliveries')
  deliveries(@Auth() auth: AuthContext, @Query() query: DeliveriesQueryDto): Promise<DeliveriesPage> {
    return this.notificationsService.deliveries(auth, query);
  }

  /** A failed delivery gets a fresh set of attempts (after the mail server was fixed, say). */
  @Post('deliveries/:id/retry')
  @HttpCode(204)
  retry(@Auth() auth: AuthContext, @Param('id', new ParseUUIDPipe({ exceptionFactory: () => new FailedDeliveryNotFoundError() })) id: string): Promise<void> {
    return this.notificationsService.retry(auth, id);
  }

  @Get('outbox')
  outbox(@Auth() auth: AuthContext, @Query() query: PageQueryDto): Promise<Page<OutboxFileSummary>> {
    return this.notificationsService.outboxFiles(auth, query);
  }

  /** One mail as an `.eml` file, which any mail program opens. */
  @Get('outbox/:fileName')
  @FileAnswer('message/rfc822')
  async outboxFile(@Auth() auth: AuthContext, @Param('fileName') fileName: string, @Res({ passthrough: true }) reply: FastifyReply): Promise<Buffer> {
    const raw = await this.notificationsService.outboxFile(auth, fileName);
    void reply.header('content-type', 'message/rfc822').header('content-disposition', attachmentDisposition(fileName));
    return raw;
  }
}
