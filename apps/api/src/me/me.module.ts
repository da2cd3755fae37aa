import { Module } from '@nestjs/common';
import { PrivacyModule } from '../privacy/privacy.module';
import { MeController } from './me.controller';
import { MeService } from './me.service';

@Module({ imports: [PrivacyModule], controllers: [MeController], providers: [MeService] })
export class MeModule {}
