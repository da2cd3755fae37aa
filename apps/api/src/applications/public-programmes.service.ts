import type { PublicProgramme } from '@koers/shared/applications';
import { Injectable } from '@nestjs/common';
import { ProgrammeNotPublicError } from './applications.errors';
import { PublicProgrammesRepository } from './public-programmes.repository';

/** A slug as the programme table allows it; anything else names no programme, without asking the database. */
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The public side of a programme: no login, and nothing about any person. */
@Injectable()
export class PublicProgrammesService {
  constructor(private readonly programmes: PublicProgrammesRepository) {}

  /** The programme with the editions that take applications now; 404 for a programme without a public page. */
  async programme(slug: string): Promise<PublicProgramme> {
    const programme = SLUG.test(slug) ? await this.programmes.programme(slug) : null;
    if (!programme) throw new ProgrammeNotPublicError();
    return programme;
  }
}
