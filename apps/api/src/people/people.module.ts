import { Global, Module } from '@nestjs/common';
import { PeopleRepository } from './people.repository';

@Global()
@Module({ providers: [PeopleRepository], exports: [PeopleRepository] })
export class PeopleModule {}
