import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Auth is infrastructure every feature uses (sessions, the guard, password links), so it must not depend on features:
 * the invitation mails live in invitations/, the login answer reads people/.
 */
describe('auth/ module boundary', () => {
  const sources = readdirSync(__dirname)
    .filter((file) => file.endsWith('.ts') && !file.includes('.spec.') && !file.includes('.int-spec.'))
    .map((file) => ({ file, text: readFileSync(path.join(__dirname, file), 'utf8') }));

  it.each(['notifications', 'me', 'invitations', 'enrolments', 'internal-team', 'rsvp'])('imports nothing from %s/', (feature) => {
    const offending = sources.filter(({ text }) => new RegExp(`from '\\.\\./${feature}/`).test(text)).map(({ file }) => file);
    expect(offending).toEqual([]);
  });
});
