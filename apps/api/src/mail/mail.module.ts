import { Module } from '@nestjs/common';
import { MailQueueRepository } from './mail-queue.repository';
import { Mailer } from './mailer';
import { Outbox } from './outbox';

@Module({ providers: [Mailer, Outbox, MailQueueRepository], exports: [Mailer, Outbox, MailQueueRepository] })
export class MailModule {}
