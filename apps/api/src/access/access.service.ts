import { decidePermission, editionRolesHolding, holdsInRegion, type Permission, type PermissionDecision, PREPARERS, programmeOfficeHolds } from '@koers/shared/permissions';
import { EDITION_ROLES } from '@koers/shared/roles';
import { Injectable } from '@nestjs/common';
import type { AuthContext } from '../auth/auth-context';
import { ForbiddenError, NotFoundError } from '../errors/koers-error';
import { CompletionFixedError, EditionArchivedError, EditionNotPublishedError } from './access.errors';
import { AccessRepository, type EditionStanding, type SessionStanding } from './access.repository';

/**
 * The API's side of the permission table (`@koers/shared/permissions`): every service method starts with one of
 * these, before it reads or writes anything. A refusal is 403 for someone who does not hold the permission, 409
 * for a write the edition's status does not allow (archived: read-only for everyone; completed: what decides
 * completion fixed, `fixedOnceCompleted`). An id that leads nowhere is
 * 404 for the programme office and the same 403 for everyone else (`unknownId`), so no answer tells an outsider
 * whether something exists; 404 after the check is for what is missing inside an edition the caller may use.
 */
@Injectable()
export class AccessService {
  constructor(private readonly access: AccessRepository) {}

  /**
   * What an id of an edition, session or anything in one answers when it leads nowhere, before any access check could
   * be made: the programme office, which may see all that exists, learns that it does not (`notFound`); anyone else
   * gets the 403 that someone else's id gets.
   */
  unknownId(auth: AuthContext, notFound: () => Error = () => new NotFoundError()): Error {
    return auth.isAdmin ? notFound() : new ForbiddenError();
  }

  /** A permission of the programme office's own, tied to no edition. */
  requireProgrammeOffice(auth: AuthContext, permission: Permission): void {
    if (!(auth.isAdmin && programmeOfficeHolds(permission))) throw new ForbiddenError();
  }

  /** The editions where the caller holds the permission; null for the programme office when it holds it in all of them. */
  async editionsHolding(auth: AuthContext, permission: Permission): Promise<string[] | null> {
    if (auth.isAdmin && programmeOfficeHolds(permission)) return null;
    const roles = editionRolesHolding(permission);
    if (roles.length === 0) return [];
    return this.access.editionsWithRole(auth.personId, roles, EDITION_ROLES.filter((role) => PREPARERS.includes(role)));
  }

  /** The permission in every one of these editions. */
  async requireInEditions(auth: AuthContext, permission: Permission, editionIds: string | string[]): Promise<EditionStanding[]> {
    const wanted = [...new Set([editionIds].flat())];
    const standings = await this.access.editionStandings(auth.personId, wanted);
    if (standings.length < wanted.length) throw this.unknownId(auth);
    for (const standing of standings) refuseUnless(this.decide(auth, permission, standing));
    return standings;
  }

  /** The permission in one edition. */
  async requireInEdition(auth: AuthContext, permission: Permission, editionId: string): Promise<EditionStanding> {
    const [standing] = await this.requireInEditions(auth, permission, editionId);
    return standing;
  }

  /** Whether the caller holds the permission in the edition now (no refusal). */
  async holdsInEdition(auth: AuthContext, permission: Permission, editionId: string): Promise<boolean> {
    const standing = await this.standingInEdition(auth, editionId);
    return !!standing && this.decide(auth, permission, standing) === 'allowed';
  }

  /** The standing in one edition (null if it does not exist), for callers that decide more than one permission in it. */
  async standingInEdition(auth: AuthContext, editionId: string): Promise<EditionStanding | null> {
    const [standing] = await this.access.editionStandings(auth.personId, [editionId]);
    return standing ?? null;
  }

  /** The permission at one session, being expected at it included. */
  async requireAtSession(auth: AuthContext, permission: Permission, sessionId: string, notFound: () => Error = () => new NotFoundError()): Promise<SessionStanding> {
    const [standing] = await this.access.sessionStandings(auth.personId, [sessionId]);
    if (!standing) throw this.unknownId(auth, notFound);
    refuseUnless(this.decide(auth, permission, standing));
    return standing;
  }

  /** The standing at one session, for callers that decide more than one permission on it. */
  async standingAtSession(auth: AuthContext, sessionId: string): Promise<SessionStanding | null> {
    const [standing] = await this.access.sessionStandings(auth.personId, [sessionId]);
    return standing ?? null;
  }

  /**
   * The permission in one region: the programme office in every region, a regional programme manager in theirs. A
   * region that does not exist is 404 for the programme office and 403 for everyone else, as for editions.
   */
  async requireInRegion(auth: AuthContext, permission: Permission, regionId: string): Promise<void> {
    const standing = await this.access.regionStanding(auth.personId, regionId);
    if (!standing) throw this.unknownId(auth);
    if (!holdsInRegion(permission, { isAdmin: auth.isAdmin, managesRegion: standing.manages })) throw new ForbiddenError();
  }

  /** The regions where the caller holds the permission; null for the programme office when it holds it in all of them. */
  async regionsHolding(auth: AuthContext, permission: Permission): Promise<string[] | null> {
    if (holdsInRegion(permission, { isAdmin: auth.isAdmin, managesRegion: false })) return null;
    if (!holdsInRegion(permission, { isAdmin: false, managesRegion: true })) return [];
    return this.access.managedRegions(auth.personId);
  }

  /** What the permission table says for a standing already read, for parts of a page that are shown or hidden by it. */
  decide(auth: AuthContext, permission: Permission, standing: EditionStanding | SessionStanding): PermissionDecision {
    const expected = 'expectedAs' in standing && standing.expectedAs.length > 0;
    return decidePermission(permission, { ...standing, isAdmin: auth.isAdmin, expected });
  }
}

function refuseUnless(decision: PermissionDecision): void {
  if (decision === 'forbidden') throw new ForbiddenError();
  if (decision === 'edition_archived') throw new EditionArchivedError();
  if (decision === 'edition_not_published') throw new EditionNotPublishedError();
  if (decision === 'edition_completed') throw new CompletionFixedError();
}
