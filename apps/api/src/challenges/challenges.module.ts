import { Module } from '@nestjs/common';
import { ChallengesController } from './challenges.controller';
import { ChallengesRepository } from './challenges.repository';
import { ChallengesService } from './challenges.service';

@Module({ controllers: [ChallengesController], providers: [ChallengesRepository, ChallengesService] })
export class ChallengesModule {}
