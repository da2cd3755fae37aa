import { spawnSync } from 'node:child_process';
import path from 'node:path';

/**
 * `npm run lint` keeps the API's dependency zones (eslint.config.mjs, CONTRIBUTING.md): this lints a file as if it
 * sat in a feature folder (ESLint reads it from stdin, so nothing is written into src/) and checks which imports fail.
 */
const root = path.resolve(__dirname, '../../../..');

function lint(fileName: string, source: string): { exitCode: number | null; failedLines: number[]; messages: string[] } {
  const result = spawnSync(process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '--format', 'json', '--stdin', '--stdin-filename', fileName], {
    cwd: root,
    input: source,
    encoding: 'utf8',
  });
  const [report] = JSON.parse(result.stdout) as { messages: { line: number; ruleId: string; message: string }[] }[];
  const zoneMessages = report.messages.filter((message) => message.ruleId === 'import-x/no-restricted-paths');
  return { exitCode: result.status, failedLines: zoneMessages.map((message) => message.line), messages: zoneMessages.map((message) => message.message) };
}

describe('API dependency zones', () => {
  it("fails on a feature importing another feature's internals, and passes its public surface and the shared folders", () => {
    const source = [
      "import { attendanceReportTable } from '../attendance/attendance-report.export';", // 1: internal helper of attendance
      "import { SessionStaffDto } from '../sessions/dto/session-staff.dto';", // 2: internal DTO of sessions
      "import { hashPassword } from '../auth/password-hasher';", // 3: auth beyond its context
      "import { AttendanceModule } from '../attendance/attendance.module';", // 4: public: the module
      "import { AttendanceRatesRepository } from '../attendance/attendance-rates.repository';", // 5: public: exported by it
      "import { Auth } from '../auth/auth-context';", // 6: public: auth's context and decorators
      "import { toCsv } from '../app/csv';", // 7: shared
      "import { Person } from '../people/person.entity';", // 8: shared
      'export const used = [attendanceReportTable, SessionStaffDto, hashPassword, AttendanceModule, AttendanceRatesRepository, Auth, toCsv, Person];',
      '',
    ].join('\n');

    const result = lint('apps/api/src/challenges/boundary-probe.ts', source);

    expect(result.failedLines).toEqual([1, 2, 3]);
    expect(result.messages[0]).toContain('public surface');
    expect(result.exitCode).toBe(1);
  });

  it('keeps shared infrastructure free of features', () => {
    const result = lint('apps/api/src/mail/boundary-probe.ts', "import { ChallengesModule } from '../challenges/challenges.module';\nexport const used = ChallengesModule;\n");
    expect(result.failedLines).toEqual([1]);
    expect(result.exitCode).toBe(1);
  });

  it('keeps auth free of me/, notifications/ and invitations/: it issues password links and queues its mails in mail/', () => {
    const source = [
      "import { MeService } from '../me/me.service';",
      "import { InvitationsService } from '../invitations/invitations.service';",
      "import { NotificationsService } from '../notifications/notifications.service';",
      "import { MailQueueRepository } from '../mail/mail-queue.repository';",
      'export const used = [MeService, InvitationsService, NotificationsService, MailQueueRepository];',
      '',
    ].join('\n');
    expect(lint('apps/api/src/auth/boundary-probe.ts', source).failedLines).toEqual([1, 2, 3]);
  });
});
