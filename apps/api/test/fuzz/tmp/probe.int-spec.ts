import { given } from '../../builders';
import { createTestApp } from '../../test-app';

it('probes nulls', async () => {
  const t = await createTestApp();
  const g = given(t.db);
  const admin = await g.person({ isAdmin: true });
  const programme = await g.programme();
  const { slotIds } = await g.curriculum(programme.id, 'PNB');
  const edition = await g.edition({ status: 'open', programmeId: programme.id });
  const session = await g.session(edition.id, { startsAt: new Date(Date.now() + 30 * 86400000) });
  const client = await t.loginAs(admin.email);
  const out: unknown[] = [];
  const tryIt = async (label: string, method: 'POST' | 'PUT' | 'PATCH', url: string, body: unknown) => {
    const r = await client.request(method, url, body);
    out.push(`${r.status} ${label} ${r.status >= 500 || r.status < 300 ? '' : r.body.error}`);
  };
  for (const field of ['name', 'description', 'attendanceThresholdPercent', 'requireAllAssignmentsApproved']) await tryIt(`patch programme ${field}`, 'PATCH', `/api/programmes/${programme.id}`, { [field]: null });
  await tryIt('create programme description', 'POST', '/api/programmes', { code: 'X-1', name: 'X', description: null });
  await tryIt('slot theme', 'POST', `/api/programmes/${programme.id}/slots`, { kind: 'network_session', title: 'N', theme: null, durationMinutes: 60, mode: 'online', audience: { participants: true, internalTeams: false, directors: false } });
  await tryIt('template instructions', 'POST', `/api/programmes/${programme.id}/assignment-templates`, { title: 'T', instructions: null, relativeToSlotId: slotIds[0], offsetDays: 1 });
  await tryIt('template dueTime', 'POST', `/api/programmes/${programme.id}/assignment-templates`, { title: 'T', relativeToSlotId: slotIds[0], offsetDays: 1, dueTime: null });
  for (const field of ['name', 'capacity', 'defaultLocation', 'defaultOnlineUrl']) await tryIt(`patch edition ${field}`, 'PATCH', `/api/editions/${edition.id}`, { [field]: null });
  await tryIt('cancel reason', 'POST', `/api/editions/${edition.id}/sessions/${session.id}/cancel`, { reason: null });
  const s2 = await g.session(edition.id, { startsAt: new Date(Date.now() + 31 * 86400000) });
  for (const field of ['date', 'startTime', 'endTime', 'location', 'onlineUrl', 'reason']) await tryIt(`reschedule ${field}`, 'PATCH', `/api/editions/${edition.id}/sessions/${s2.id}`, { [field]: null, ...(field !== 'date' && { date: '2027-11-02' }) });
  await tryIt('assignment instructions', 'POST', `/api/editions/${edition.id}/assignments`, { title: 'A', instructions: null, dueAt: '2027-04-10T21:59:00Z', acceptsText: true, acceptsFiles: true });
  await tryIt('assignment sessionId', 'POST', `/api/editions/${edition.id}/assignments`, { title: 'A', sessionId: null, dueAt: '2027-04-10T21:59:00Z', acceptsText: true, acceptsFiles: true });
  for (const field of ['region', 'directorEmail', 'directorName', 'challengeTitle', 'roleInOrganisation', 'organisation', 'participantEmail']) await tryIt(`enrol ${field}`, 'POST', `/api/editions/${edition.id}/enrolments`, { role: 'participant', name: 'A', email: `a-${field}@zorg.nl`, organisation: 'Org', [field]: null });
  const open = { name: 'E1', startDate: '2027-09-07', cadenceWeeks: 2, weekday: 2, startTime: '09:30' };
  for (const field of ['schoolHolidayRegion', 'capacity', 'defaultLocation', 'defaultOnlineUrl', 'staff', 'sessions']) await tryIt(`open ${field}`, 'POST', `/api/programmes/${programme.id}/editions`, { ...open, name: `E-${field}`, [field]: null });
  await tryIt('staff guestOrganisation', 'PUT', `/api/editions/${edition.id}/sessions/${s2.id}/staff`, { staff: [{ guestName: 'G', guestOrganisation: null, role: 'speaker' }] });
  await tryIt('slot order', 'PUT', `/api/programmes/${programme.id}/slots/order`, { slotIds: null });
  await tryIt('status', 'POST', `/api/editions/${edition.id}/status`, { status: null });
  process.stdout.write(out.join('\n') + '\n');
  await t.close();
});
