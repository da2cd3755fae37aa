import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { InternalTeamController } from './internal-team.controller';
import { InternalTeamRepository } from './internal-team.repository';
import { InternalTeamService } from './internal-team.service';

/** A participant's internal team: inviting and removing colleagues, and what a member sees. Answering a day is in rsvp/. */
@Module({ imports: [AuthModule], controllers: [InternalTeamController], providers: [InternalTeamRepository, InternalTeamService] })
export class InternalTeamModule {}
