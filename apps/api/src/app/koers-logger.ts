import type { LoggerService, LogLevel } from '@nestjs/common';
import pino, { type Logger as Pino } from 'pino';
import type { KoersConfig } from './config';

const LOWEST_LEVEL: Record<KoersConfig['logLevel'], pino.Level> = { debug: 'debug', log: 'info', warn: 'warn', error: 'error' };

/** Request lines are written at level `log`: whether the configured level lets them through. */
export const logsRequests = (config: Pick<KoersConfig, 'logLevel'>) => pino.levels.values[LOWEST_LEVEL[config.logLevel]] <= pino.levels.values.info;

const PINO_LEVEL: Record<LogLevel, pino.Level> = { verbose: 'trace', debug: 'debug', log: 'info', warn: 'warn', error: 'error', fatal: 'fatal' };

// One stream for every logger of the process, so lines written while another write is under way queue behind it.
let stdout: pino.DestinationStream | undefined;
const processStdout = () => (stdout ??= pino.destination({ dest: 1, sync: false }));

/**
 * Log lines as JSON, one per line, at the configured level: for the application and for what happens before it
 * exists. Written through pino to a buffered, asynchronous stdout, so a request never waits for its log line to be
 * written (every request logs one): what arrives while a write is under way waits in a buffer, which pino flushes
 * when the process exits.
 */
export function koersLogger(config: Pick<KoersConfig, 'logLevel'>, destination: pino.DestinationStream = processStdout()): LoggerService {
  return new PinoLoggerService(
    pino(
      {
        level: LOWEST_LEVEL[config.logLevel],
        base: { pid: process.pid },
        timestamp: pino.stdTimeFunctions.isoTime,
        messageKey: 'message',
        formatters: { level: (label) => ({ level: label }) },
      },
      destination,
    ),
  );
}

/** Nest's logger calls, as pino lines: an object message is merged into the line, the context names the part of Koers. */
class PinoLoggerService implements LoggerService {
  constructor(private readonly pino: Pino) {}

  log = (message: unknown, ...rest: unknown[]) => this.write('log', message, rest);
  warn = (message: unknown, ...rest: unknown[]) => this.write('warn', message, rest);
  debug = (message: unknown, ...rest: unknown[]) => this.write('debug', message, rest);
  verbose = (message: unknown, ...rest: unknown[]) => this.write('verbose', message, rest);
  fatal = (message: unknown, ...rest: unknown[]) => this.write('fatal', message, rest);
  // Nest passes a stack trace before the context.
  error = (message: unknown, ...rest: unknown[]) => this.write('error', message, rest);

  private write(level: LogLevel, message: unknown, rest: unknown[]) {
    if (!this.pino.isLevelEnabled(PINO_LEVEL[level])) return;
    // Nest appends the context (the class or part that logs) as the last argument.
    // A stack trace (Nest's second argument of `error`) is recognised by its lines, so that one without a context is not taken for one.
    const isStack = (value: unknown): value is string => typeof value === 'string' && value.includes('\n    at ');
    const stack = level === 'error' && isStack(rest[0]) ? rest[0] : undefined;
    const last = rest.at(-1);
    const context = typeof last === 'string' && last !== stack ? last : undefined;
    const fields = { ...(context ? { context } : {}), ...(stack ? { stack } : {}) };
    if (message instanceof Error) this.pino[PINO_LEVEL[level]]({ ...fields, error: { name: message.name, message: message.message, stack: message.stack } }, message.message);
    else if (message !== null && typeof message === 'object') this.pino[PINO_LEVEL[level]]({ ...fields, ...message });
    else this.pino[PINO_LEVEL[level]](fields, String(message));
  }
}
