import type { DirectorParticipant } from '@koers/shared/directors';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import { AttendanceRatesRepository } from '../attendance/attendance-rates.repository';
import type { AuthContext } from '../auth/auth-context';
import { ForbiddenError } from '../errors/koers-error';
import { DirectorsRepository } from './directors.repository';

@Injectable()
export class DirectorsService {
  constructor(
    private readonly access: AccessService,
    private readonly directors: DirectorsRepository,
    private readonly attendanceRates: AttendanceRatesRepository,
  ) {}

  /**
   * A director's "own organisation" is the participants whose enrolment names them as director
   * (enrolment.director_person_id), as the programme office linked them, not everyone who happens to share an
   * organisation record: a large care group has several directors, each sponsoring their own participants.
   * Read-only, and for directors only (the programme office has the edition reports).
   */
  async participants(auth: AuthContext): Promise<DirectorParticipant[]> {
    const editionIds = await this.access.editionsHolding(auth, 'director.progress');
    if (!editionIds?.length) throw new ForbiddenError();
    const participants = await this.directors.participantsOf(auth.personId, editionIds);
    if (participants.length === 0) return [];
    const rates = await this.attendanceRates.participantRates(
      [...new Set(participants.map((p) => p.editionId))],
      participants.map((p) => p.personId),
    );
    const rateOf = new Map(rates.map((rate) => [`${rate.editionId}/${rate.personId}`, rate]));
    return participants.map((participant) => {
      const rate = rateOf.get(`${participant.editionId}/${participant.personId}`);
      return {
        ...participant,
        attendanceRate: rate?.rate ?? null,
        attendance: { attended: rate?.attended ?? 0, counted: rate?.counted ?? 0 },
      };
    });
  }
}
