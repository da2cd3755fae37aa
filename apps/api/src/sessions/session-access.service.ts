import { EDITION_ROLES, RECORDING_ROLES } from '@koers/shared/roles';
import { Injectable } from '@nestjs/common';
import { AccessService } from '../access/access.service';
import type { AuthContext } from '../auth/auth-context';
import { ForbiddenError } from '../errors/koers-error';
import { type SessionAccessFacts, SessionsRepository } from './sessions.repository';
import { SessionNotFoundError } from './sessions.errors';

export interface SessionViewer extends SessionAccessFacts {
  canRecord: boolean;
}

/**
 * Who may do what with one session. The session page is for those expected at it (the expected_attendee view)
 * and for the edition's trainers and facilitators; recording is for the latter; materials are for the edition's
 * members. Admins pass everywhere. An unknown session is 404 for everyone.
 */
@Injectable()
export class SessionAccess {
  constructor(
    private readonly sessions: SessionsRepository,
    private readonly access: AccessService,
  ) {}

  async requireViewer(auth: AuthContext, sessionId: string): Promise<SessionViewer> {
    const facts = await this.facts(auth, sessionId);
    const canRecord = await this.isRecorder(auth, facts.editionId);
    if (!canRecord && (facts.myRoles.length === 0 || facts.editionStatus === 'draft')) throw new ForbiddenError();
    return { ...facts, canRecord };
  }

  async requireRecorder(auth: AuthContext, sessionId: string): Promise<SessionAccessFacts> {
    const facts = await this.facts(auth, sessionId);
    await this.access.requireEditionRole(auth, facts.editionId, RECORDING_ROLES);
    return facts;
  }

  /** Expected at the session (guest staff with an account included), or any role in its edition. */
  async requireEditionMember(auth: AuthContext, sessionId: string): Promise<SessionAccessFacts> {
    const facts = await this.facts(auth, sessionId);
    if (facts.myRoles.length === 0) await this.access.requireEditionRole(auth, facts.editionId, EDITION_ROLES);
    return facts;
  }

  private async facts(auth: AuthContext, sessionId: string): Promise<SessionAccessFacts> {
    const facts = await this.sessions.findAccessFacts(sessionId, auth.personId);
    if (!facts) throw new SessionNotFoundError();
    return facts;
  }

  private async isRecorder(auth: AuthContext, editionId: string): Promise<boolean> {
    try {
      await this.access.requireEditionRole(auth, editionId, RECORDING_ROLES);
      return true;
    } catch (error) {
      if (error instanceof ForbiddenError) return false;
      throw error;
    }
  }
}
