import { Module } from '@nestjs/common';
import { PublicProgrammesController } from './public-programmes.controller';
import { PublicProgrammesRepository } from './public-programmes.repository';
import { PublicProgrammesService } from './public-programmes.service';

/** Applications: the public programme pages so far (see the README's section on applications). */
@Module({ controllers: [PublicProgrammesController], providers: [PublicProgrammesRepository, PublicProgrammesService] })
export class ApplicationsModule {}
