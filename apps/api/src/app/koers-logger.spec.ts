import { Logger } from '@nestjs/common';
import { koersLogger, logsRequests } from './koers-logger';

function collect() {
  const lines: Record<string, unknown>[] = [];
  return { lines, write: (line: string) => void lines.push(JSON.parse(line) as Record<string, unknown>) };
}

describe('koersLogger', () => {
  it('writes one JSON line per call with the level name, the context and an object message merged in', () => {
    const out = collect();
    const logger = new Logger('Request');
    Logger.overrideLogger(koersLogger({ logLevel: 'log' }, out));
    logger.log({ requestId: 'r-1', statusCode: 200 });
    logger.warn('Slow answer');
    logger.error('Unhandled error', 'Error: boom\n    at somewhere');
    expect(out.lines).toEqual([
      expect.objectContaining({ level: 'info', context: 'Request', requestId: 'r-1', statusCode: 200, pid: process.pid, time: expect.any(String) }),
      expect.objectContaining({ level: 'warn', context: 'Request', message: 'Slow answer' }),
      expect.objectContaining({ level: 'error', context: 'Request', message: 'Unhandled error', stack: 'Error: boom\n    at somewhere' }),
    ]);
  });

  it('takes a stack trace without a context for a stack trace, not a context', () => {
    const out = collect();
    koersLogger({ logLevel: 'log' }, out).error('Unhandled error', 'Error: boom\n    at somewhere');
    expect(out.lines[0]).toEqual(expect.objectContaining({ message: 'Unhandled error', stack: 'Error: boom\n    at somewhere' }));
    expect(out.lines[0]).not.toHaveProperty('context');
  });

  it('leaves out what is below the configured level', () => {
    const out = collect();
    const logger = koersLogger({ logLevel: 'warn' }, out);
    logger.log('Koers is running', 'Koers');
    logger.debug?.('details', 'Koers');
    logger.warn('No programme-office account yet', 'Koers');
    expect(out.lines.map((line) => line.message)).toEqual(['No programme-office account yet']);
  });

  it('writes request lines at level log and below, so a quieter level never builds them', () => {
    expect((['debug', 'log', 'warn', 'error'] as const).filter((logLevel) => logsRequests({ logLevel }))).toEqual(['debug', 'log']);
  });
});
