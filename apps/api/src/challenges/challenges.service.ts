import type { ChallengeLogEntry, ChallengeSummary, ImplementationChallenge } from '@koers/shared/challenge';
import type { Page } from '@koers/shared/api';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { type PageQueryDto, pageOffset, toPage } from '../app/pagination';
import type { AuthContext } from '../auth/auth-context';
import { instantToAmsterdam } from '../calendar/amsterdam-time';
import { ForbiddenError, ValidationFailedError } from '../errors/koers-error';
import { ChallengeNotDescribedError, ChallengeNotFoundError, NotAParticipantError } from './challenges.errors';
import { type ParticipantEnrolment, ChallengesRepository } from './challenges.repository';
import type { AddChallengeLogDto, SaveChallengeDto } from './dto/challenge.dto';

/**
 * The implementation challenge belongs to the participant: only they edit it. Their edition's trainers and
 * facilitators, their own director and their internal team read it; admins read everything.
 */
@Injectable()
export class ChallengesService {
  constructor(
    private readonly challenges: ChallengesRepository,
    private readonly access: AccessService,
  ) {}

  async mine(auth: AuthContext, editionId?: string): Promise<ImplementationChallenge> {
    const enrolment = await this.ownEnrolment(auth, editionId);
    return this.load(enrolment.enrolmentId);
  }

  async save(auth: AuthContext, dto: SaveChallengeDto): Promise<ImplementationChallenge> {
    const enrolment = await this.ownEditableEnrolment(auth, dto.editionId);
    await this.challenges.save(enrolment.enrolmentId, dto);
    return this.load(enrolment.enrolmentId);
  }

  async addLogEntry(auth: AuthContext, dto: AddChallengeLogDto): Promise<ChallengeLogEntry> {
    const enrolment = await this.ownEditableEnrolment(auth, dto.editionId);
    if (dto.entryDate > instantToAmsterdam(new Date()).date) {
      throw new ValidationFailedError([
        { field: 'entryDate', message: { nl: 'Kies vandaag of een dag in het verleden.', en: 'Choose today or a day in the past.' } },
      ]);
    }
    const entry = await this.challenges.addLogEntry(enrolment.enrolmentId, dto.entryDate, dto.text, auth.personId);
    if (!entry) throw new ChallengeNotDescribedError();
    return entry;
  }

  async read(auth: AuthContext, enrolmentId: string): Promise<ImplementationChallenge> {
    const enrolment = await this.challenges.findEnrolment(enrolmentId, auth.personId);
    if (!enrolment) throw new ChallengeNotFoundError();
    const isOwnOrClose = enrolment.personId === auth.personId || enrolment.viewerSponsors || enrolment.viewerSupports;
    if (!isOwnOrClose) await this.access.requireInEdition(auth, 'challenge.read', enrolment.editionId);
    return this.load(enrolmentId);
  }

  async editionOverview(auth: AuthContext, editionId: string, query: PageQueryDto): Promise<Page<ChallengeSummary>> {
    await this.access.requireInEdition(auth, 'challenge.read', editionId);
    const { items, total } = await this.challenges.findEditionPage(editionId, query.pageSize, pageOffset(query));
    return toPage(items, total, query);
  }

  private async ownEnrolment(auth: AuthContext, editionId: string | undefined): Promise<ParticipantEnrolment> {
    const enrolment = await this.challenges.findOwnEnrolment(auth.personId, editionId);
    if (!enrolment) throw new NotAParticipantError();
    return enrolment;
  }

  private async ownEditableEnrolment(auth: AuthContext, editionId: string | undefined): Promise<ParticipantEnrolment> {
    const enrolment = await this.ownEnrolment(auth, editionId);
    await this.access.requireInEdition(auth, 'challenge.own', enrolment.editionId);
    return enrolment;
  }

  private async load(enrolmentId: string): Promise<ImplementationChallenge> {
    const challenge = await this.challenges.findChallenge(enrolmentId);
    // The enrolment was just found; it can only be gone if it was deleted in between.
    if (!challenge) throw new ForbiddenError();
    return challenge;
  }
}
