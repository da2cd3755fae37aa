import { Module } from '@nestjs/common';
import { ProgrammesController } from './programmes.controller';
import { ProgrammesRepository } from './programmes.repository';
import { ProgrammesService } from './programmes.service';

@Module({ controllers: [ProgrammesController], providers: [ProgrammesRepository, ProgrammesService], exports: [ProgrammesRepository] })
export class ProgrammesModule {}
