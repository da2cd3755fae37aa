import { decidePermission, holdsInRegion, holdsPermissionSomewhere, programmeOfficeHolds } from '@koers/shared/permissions';
import { holdsAsProgrammeOffice } from './access.repository';

/** The one rule of the permission table, which the API enforces and the web's menus read. */
describe('the permission table', () => {
  const facts = { isAdmin: false, roles: [] as const, editionStatus: 'running' as const };

  it('grants a permission to the roles in the edition that hold it, and to no one else', () => {
    expect(decidePermission('attendance.record', { ...facts, roles: ['trainer'] })).toBe('allowed');
    expect(decidePermission('attendance.record', { ...facts, roles: ['facilitator'] })).toBe('allowed');
    expect(decidePermission('attendance.record', { ...facts, roles: ['participant'] })).toBe('forbidden');
    expect(decidePermission('assignments.review', { ...facts, roles: ['facilitator'] })).toBe('forbidden');
    expect(decidePermission('assignments.review', { ...facts, isAdmin: true })).toBe('allowed');
    // The programme office has no work of its own to hand in.
    expect(decidePermission('assignments.submit', { ...facts, isAdmin: true })).toBe('forbidden');
  });

  it('counts being expected at the session for session permissions, the way a delegate sees their board meeting', () => {
    expect(decidePermission('session.read', { ...facts, expected: true })).toBe('allowed');
    expect(decidePermission('session.read', facts)).toBe('forbidden');
    expect(decidePermission('attendance.checkIn', { ...facts, roles: ['participant'] })).toBe('forbidden');
    expect(decidePermission('attendance.checkIn', { ...facts, roles: ['participant'], expected: true })).toBe('allowed');
  });

  it('makes an archived edition read-only for everyone, the programme office included', () => {
    const archived = { ...facts, editionStatus: 'archived' as const };
    expect(decidePermission('attendance.record', { ...archived, roles: ['trainer'] })).toBe('edition_archived');
    expect(decidePermission('edition.manage', { ...archived, isAdmin: true })).toBe('edition_archived');
    expect(decidePermission('attendance.read', { ...archived, roles: ['trainer'] })).toBe('allowed');
    // Someone who holds nothing is refused as before: the archive says nothing to them.
    expect(decidePermission('attendance.record', { ...archived, roles: ['participant'] })).toBe('forbidden');
  });

  it('gives a draft to those who prepare it: their preparing writes pass, other writes wait for publication', () => {
    const draft = { ...facts, editionStatus: 'draft' as const };
    expect(decidePermission('assignments.manage', { ...draft, roles: ['trainer'] })).toBe('allowed');
    expect(decidePermission('attendance.record', { ...draft, roles: ['trainer'] })).toBe('edition_not_published');
    expect(decidePermission('challenge.own', { ...draft, roles: ['participant'] })).toBe('forbidden');
    expect(decidePermission('session.read', { ...draft, roles: ['participant'], expected: true })).toBe('forbidden');
  });

  it('tells the web whether a person holds a permission anywhere, for menus and start points', () => {
    expect(holdsPermissionSomewhere('submissions.read', { isAdmin: false, roles: ['facilitator'] })).toBe(false);
    expect(holdsPermissionSomewhere('submissions.read', { isAdmin: false, roles: ['trainer'] })).toBe(true);
    expect(holdsPermissionSomewhere('attendance.checkIn', { isAdmin: false, roles: ['director'] })).toBe(true);
    expect(holdsPermissionSomewhere('attendance.checkIn', { isAdmin: true, roles: [] })).toBe(false);
    expect(holdsPermissionSomewhere('programmes.manage', { isAdmin: true, roles: [] })).toBe(true);
    expect([programmeOfficeHolds('edition.manage'), programmeOfficeHolds('challenge.own')]).toEqual([true, false]);
  });

  it('grants region permissions to the programme office everywhere and to a regional programme manager in their regions only', () => {
    expect(holdsInRegion('regions.read', { isAdmin: false, managesRegion: true })).toBe(true);
    expect(holdsInRegion('regions.read', { isAdmin: false, managesRegion: false })).toBe(false);
    expect(holdsInRegion('regions.manage', { isAdmin: false, managesRegion: true })).toBe(false);
    expect(holdsInRegion('regions.manage', { isAdmin: true, managesRegion: false })).toBe(true);
    // Managing a region gives nothing in editions, and a role in an edition nothing in a region.
    expect(holdsPermissionSomewhere('regions.read', { isAdmin: false, roles: [], managesRegions: true })).toBe(true);
    expect(holdsPermissionSomewhere('regions.read', { isAdmin: false, roles: ['trainer', 'director'] })).toBe(false);
    expect(holdsPermissionSomewhere('attendance.read', { isAdmin: false, roles: [], managesRegions: true })).toBe(false);
  });

  it('sends the programme office mail about work the table gives it, to no one when it does not hold that work', () => {
    expect(holdsAsProgrammeOffice('webhooks.manage', 'p')).toBe('(p.is_admin AND p.erased_at IS NULL)');
    expect(holdsAsProgrammeOffice('challenge.own', 'p')).toBe('false');
  });
});
