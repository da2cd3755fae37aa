import { Module } from '@nestjs/common';
import { ReplicaCheckRepository } from './replica-check.repository';
import { ReplicaCheck } from './replica-check.service';

/** Replicas on one database run with one secret and one data folder, or the one that differs does not start. */
@Module({ providers: [ReplicaCheckRepository, ReplicaCheck] })
export class ReplicasModule {}
