import type { SessionDetail, SessionMaterial, SessionRecord, SessionStaffMember } from '@koers/shared/sessions';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { sameNameKey } from '../app/text';
import { toInstantOrNull, visibleOnlineUrl } from './online-link.rules';
import { SessionNotFoundError, SessionRecordConflictError, SpeakerNotFoundError } from './sessions.errors';
import { SessionsRepository } from './sessions.repository';
import type { AddSpeakerDto, SaveSessionRecordDto } from './dto/session-record.dto';

@Injectable()
export class SessionsService {
  constructor(
    private readonly access: AccessService,
    private readonly sessions: SessionsRepository,
  ) {}

  async detail(auth: AuthContext, sessionId: string): Promise<SessionDetail> {
    const viewer = await this.access.requireAtSession(auth, 'session.read', sessionId, () => new SessionNotFoundError());
    const canRecord = this.access.decide(auth, 'session.record', viewer) === 'allowed';
    // Those who run the session see what participants prepare; a participant only what is still theirs to do.
    const preparation = canRecord ? 'all' : viewer.expectedAs.includes('participant') ? 'own' : 'none';
    const row = await this.sessions.findDetail(sessionId, auth.personId, preparation);
    if (!row) throw new SessionNotFoundError();
    const { notes, covered, staffNotes, notesVersion, ...session } = row;
    return {
      ...session,
      startsAt: row.startsAt.toISOString(),
      endsAt: row.endsAt.toISOString(),
      onlineUrl: visibleOnlineUrl(row, { roles: viewer.expectedAs, canRecord }),
      hasOnlineLink: row.onlineUrl !== null,
      movedFrom: toInstantOrNull(row.movedFrom),
      // The staff's private notes go only to those who may record the session.
      record: { notes, covered, staffNotes: canRecord ? staffNotes : null, notesVersion },
      myRoles: viewer.expectedAs,
      canRecord,
    };
  }

  /**
   * Saves the notes for participants, the staff's private notes and what was covered, but only over the version the editor started from: when a colleague
   * saved in between, nothing is written and the 409 carries their version to merge with. What was saved in between
   * being exactly this (a double click, a retried request), there is nothing to merge: the answer is the saved record.
   */
  async saveRecord(auth: AuthContext, sessionId: string, dto: SaveSessionRecordDto): Promise<SessionRecord> {
    await this.access.requireAtSession(auth, 'session.record', sessionId, () => new SessionNotFoundError());
    const saved = await this.sessions.saveRecord(sessionId, dto);
    if (saved) return saved;
    const current = await this.sessions.findRecord(sessionId);
    if (!current) throw new SessionNotFoundError();
    const sameAsSent = current.notes === dto.notes && current.covered === dto.covered && (dto.staffNotes === undefined || current.staffNotes === dto.staffNotes);
    if (sameAsSent) return current;
    throw new SessionRecordConflictError(current);
  }

  /** Adds a guest speaker once: the same name and organisation sent again (a double click, a retry) is the one added. */
  async addSpeaker(auth: AuthContext, sessionId: string, dto: AddSpeakerDto): Promise<SessionStaffMember> {
    await this.access.requireAtSession(auth, 'session.record', sessionId, () => new SessionNotFoundError());
    const organisation = dto.organisation || null;
    return this.sessions.transaction(async (manager) => {
      const speakers = await this.sessions.lockedGuestSpeakers(sessionId, manager);
      const same = speakers.find((speaker) => sameNameKey(speaker.name) === sameNameKey(dto.name) && sameNameKey(speaker.organisation ?? '') === sameNameKey(organisation ?? ''));
      return same ?? this.sessions.addGuestSpeaker(sessionId, dto.name, organisation, manager);
    });
  }

  async removeSpeaker(auth: AuthContext, sessionId: string, staffId: string): Promise<void> {
    await this.access.requireAtSession(auth, 'session.record', sessionId, () => new SessionNotFoundError());
    if (!(await this.sessions.removeSpeaker(sessionId, staffId))) throw new SpeakerNotFoundError();
  }

  async materials(auth: AuthContext, sessionId: string): Promise<SessionMaterial[]> {
    await this.access.requireAtSession(auth, 'session.materials.read', sessionId, () => new SessionNotFoundError());
    return this.sessions.listMaterials(sessionId);
  }
}
