import type { PublicProgramme } from '@koers/shared/applications';
import { PROGRAMME_SLUG } from '@koers/shared/programmes';
import { Injectable } from '@nestjs/common';
import { ProgrammeNotPublicError } from './applications.errors';
import { ApplicationsService } from './applications.service';
import { PublicProgrammesRepository } from './public-programmes.repository';

/** The public side of a programme: no login, and nothing about any person. */
@Injectable()
export class PublicProgrammesService {
  constructor(
    private readonly programmes: PublicProgrammesRepository,
    private readonly applications: ApplicationsService,
  ) {}

  /** The programme with the editions that take applications now; 404 for a programme without a public page. */
  async programme(slug: string): Promise<PublicProgramme> {
    // A slug the programme table cannot hold names no programme: answered without asking the database.
    const programme = PROGRAMME_SLUG.test(slug) ? await this.programmes.programme(slug) : null;
    if (!programme) throw new ProgrammeNotPublicError();
    return { ...programme, formIssuedAt: this.applications.formStamp() };
  }
}
