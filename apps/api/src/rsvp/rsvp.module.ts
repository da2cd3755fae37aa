import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { RsvpController } from './rsvp.controller';
import { RsvpRepository } from './rsvp.repository';
import { RsvpService } from './rsvp.service';

/** Answers to board meetings and internal-team days, the overview for trainers and the programme office, and who has not answered. */
@Module({ imports: [AuthModule], controllers: [RsvpController], providers: [RsvpRepository, RsvpService], exports: [RsvpRepository] })
export class RsvpModule {}
