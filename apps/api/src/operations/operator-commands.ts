import { MAX_PERSON_NAME_LENGTH } from '@koers/shared/people';
import { hasControlCharacters, isMailAddress, tidyEmail, tidyName } from '../app/text';
import type { DataSource } from 'typeorm';
import { configWarnings, InvalidConfigError, type KoersConfig, readConfig, serverSecret } from '../app/config';
import { randomUUID } from 'node:crypto';
import { passwordLinkToken, passwordLinkUrl, sha256 } from '../app/tokens';
import { AuthRepository } from '../auth/auth.repository';
import { runMigrationsLocked } from '../database/migrate';
import { AdminAccountsRepository } from './admin-accounts.repository';

/** How long the first administrator's link to choose a password stays valid. */
export const ADMIN_LINK_VALID_HOURS = 24;

/** What an operator command tells the operator, and how the process should exit. */
export interface CommandResult {
  lines: string[];
  exitCode: 0 | 1;
}

/**
 * Creates (or promotes) a programme-office account and hands back a one-time link to choose a password (the web
 * app's first-password page, which logs them in), a token accepted like every set-password link. Run again for an
 * account whose password was never chosen, it hands out a new link (the first may have expired); an account that logs
 * in (with a password or through single sign-on) gets none, also when it is promoted: a link would let whoever reads
 * the terminal, or the shell's history, set the password of an account that now has the programme office's rights. `publicUrlGuessed`: KOERS_PUBLIC_URL
 * is not set, so the link names this command's own port.
 */
export async function createAdmin(
  db: DataSource,
  config: Pick<KoersConfig, 'publicUrl' | 'dataDir' | 'secret'>,
  email: string | undefined,
  name: string | undefined,
  publicUrlGuessed: boolean,
): Promise<CommandResult> {
  const usage = 'Usage: koers create-admin <email> "<name>"';
  // Tidied and checked as a name typed in the web app is: a line break or tab pasted with it is a space.
  const [address, shownName] = [tidyEmail(email ?? ''), tidyName(name ?? '')];
  if (!address || !shownName) return { lines: [usage], exitCode: 1 };
  if (!isMailAddress(address)) return { lines: [`Not an email address mail can reach: ${email}`, usage], exitCode: 1 };
  if (hasControlCharacters(shownName)) return { lines: ['The name holds a control or text-direction character (pasted from a terminal?): type it again.', usage], exitCode: 1 };
  if (shownName.length > MAX_PERSON_NAME_LENGTH) return { lines: [`The name is longer than ${MAX_PERSON_NAME_LENGTH} characters.`, usage], exitCode: 1 };
  await runMigrationsLocked(db);
  const { id, outcome } = await new AdminAccountsRepository(db).createOrPromote(address, shownName);
  if (outcome === 'exists') return { lines: [`${email} already has a programme-office account; nothing changed.`], exitCode: 0 };
  if (outcome === 'promoted_logging_in') return { lines: [`${email} is now a programme-office account and logs in as it did.`], exitCode: 0 };
  // Like every password link: the token is derived from the server secret and a reference, only its hash is stored.
  const linkRef = randomUUID();
  const secret = serverSecret(config);
  await new AuthRepository(db).createResetTokens([{ personId: id, tokenHash: sha256(passwordLinkToken(secret, linkRef)) }], ADMIN_LINK_VALID_HOURS * 60, db.manager);
  return {
    lines: [
      {
        created: `Created the programme-office account ${email}.`,
        promoted: `${email} is now a programme-office account.`,
        awaiting_password: `${email} has a programme-office account without a password yet: here is a new link.`,
      }[outcome],
      `Choose a password within ${ADMIN_LINK_VALID_HOURS} hours at:`,
      passwordLinkUrl(config.publicUrl, secret, linkRef, 'first'),
      // Without KOERS_PUBLIC_URL the command guesses from its own PORT, which a server started with another one does not share.
      ...(publicUrlGuessed
        ? [`This link assumes Koers at ${config.publicUrl}. Does it run at another address or port? Set KOERS_PUBLIC_URL to that address (mails use it too) and run this command again.`]
        : []),
    ],
    exitCode: 0,
  };
}

export async function migrate(db: DataSource): Promise<CommandResult> {
  const ran = await runMigrationsLocked(db);
  return { lines: [ran === 0 ? 'The database is up to date.' : `Ran ${ran} migration${ran === 1 ? '' : 's'}.`], exitCode: 0 };
}

/** How a setting is shown by check-config: secrets and the passwords inside URLs masked. */
function shown(name: string, value: unknown): string {
  if (value === undefined) return '(unset)';
  if (/secret|token/i.test(name)) return '********';
  // Each provider by name and issuer: its client secret stays out of the output.
  if (name === 'oidcProviders') return (value as KoersConfig['oidcProviders']).map((provider) => `${provider.name} (${provider.issuer})`).join(', ') || '(none)';
  const text = String(value);
  return /Url$/.test(name) ? withoutPassword(text) : text;
}

/**
 * A URL with its password masked, read as a URL reads it (user names with an @, as mail providers use, and a
 * password without a user included); one that cannot be read loses everything before its last @.
 */
function withoutPassword(text: string): string {
  const url = URL.parse(text);
  if (!url) return text.replace(/\/\/.*@/, '//********@');
  if (url.password) url.password = '********';
  return url.href;
}

/** Validates every setting; prints the effective configuration (secrets masked), or one line per problem and exit 1. */
export function checkConfig(env: NodeJS.ProcessEnv): CommandResult {
  // A typo in a name (KOERS_PUBLC_URL) often explains a problem (its value is missing): warnings come with the problems too.
  const warnings = configWarnings(env).map((warning) => `warning: ${warning}`);
  let config: KoersConfig;
  try {
    config = readConfig(env);
  } catch (error) {
    if (error instanceof InvalidConfigError) return { lines: [...error.problems, ...warnings], exitCode: 1 };
    throw error;
  }
  const settings = flattened(config);
  const width = Math.max(...settings.map(([name]) => name.length)) + 2;
  const lines = settings.map(([name, value]) => `${name.padEnd(width)}${shown(name, value)}`);
  return { lines: ['The configuration is valid:', ...lines, ...warnings], exitCode: 0 };
}

/** Settings grouped in the configuration (the programme office's name, address and site) each on a line of its own. */
function flattened(config: KoersConfig): [string, unknown][] {
  return Object.entries(config).flatMap(([name, value]): [string, unknown][] =>
    value !== null && typeof value === 'object' && !Array.isArray(value) ? Object.entries(value).map(([part, inner]) => [`${name}.${part}`, inner]) : [[name, value]],
  );
}
