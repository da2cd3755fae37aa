import { Module } from '@nestjs/common';
import { Mailer } from './mailer';
import { Outbox } from './outbox';

@Module({ providers: [Mailer, Outbox], exports: [Mailer, Outbox] })
export class MailModule {}
