import type { CreateMeasurementActionRequest, MeasurementAction } from '@koers/shared/measurements';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { NotFoundError } from '../errors/koers-error';
import { PostsLimit } from '../rate-limits/posts-limit';
import { MeasurementResultsRepository } from './measurement-results.repository';
import { MeasurementDimensionUnknownError, NoChallengeError } from './measurements.errors';

/** The actions a participant draws from their measurements: written to their own challenge, counted as posts. */
@Injectable()
export class MeasurementActionsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly access: AccessService,
    private readonly results: MeasurementResultsRepository,
    private readonly postsLimit: PostsLimit,
  ) {}

  /** Adds the action, unless the same one was just added (a double click, a retry), which adds and counts nothing. */
  async add(auth: AuthContext, editionId: string, request: CreateMeasurementActionRequest): Promise<MeasurementAction[]> {
    await this.access.requireInEdition(auth, 'measurements.actions', editionId);
    const own = await this.results.actions(editionId, auth.personId);
    // An action is a step on the challenge: one nobody described yet has nothing to take it on.
    if (!own?.described) throw new NoChallengeError();
    if (request.dimensionId && !(await this.results.dimensionInEdition(request.dimensionId, editionId))) throw new MeasurementDimensionUnknownError();
    await this.db.transaction((manager) =>
      this.postsLimit.postOnce(manager, auth.personId, ['measurement-action', own.challengeId], {
        repeated: async () => ((await this.results.isRepeatedAction(manager, own.challengeId, request)) ? true : null),
        add: async () => {
          await this.results.addAction(manager, own.challengeId, request);
          return true;
        },
      }),
    );
    return (await this.results.actions(editionId, auth.personId))!.actions;
  }

  async remove(auth: AuthContext, editionId: string, actionId: string): Promise<void> {
    await this.access.requireInEdition(auth, 'measurements.actions', editionId);
    const own = await this.results.actions(editionId, auth.personId);
    if (!own || !(await this.results.removeAction(own.challengeId, actionId))) throw new NotFoundError();
  }
}
