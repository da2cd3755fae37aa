import { Module } from '@nestjs/common';
import { DiscussionsModule } from '../discussions/discussions.module';
import { InvitationsModule } from '../invitations/invitations.module';
import { PrivacyModule } from '../privacy/privacy.module';
import { MeController } from './me.controller';
import { MeService } from './me.service';

@Module({ imports: [PrivacyModule, DiscussionsModule, InvitationsModule], controllers: [MeController], providers: [MeService] })
export class MeModule {}
