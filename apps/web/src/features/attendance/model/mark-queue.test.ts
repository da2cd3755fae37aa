import type { AttendanceMark, SavedMark } from '@koers/shared/attendance';
import { ApiError, CLIENT_ERROR_CODES } from '../../../lib/api-client';
import { MarkQueue, markQueueStorageKey, type MarkStorage } from './mark-queue';

function memoryStorage(): MarkStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

const stored = (marks: AttendanceMark[]): SavedMark[] =>
  marks.map((mark) => ({ personId: mark.personId, status: mark.status, note: mark.note ?? '', recordedAt: '2027-03-09T09:00:00Z' }));

const networkDown = () => new ApiError({ statusCode: 0, error: CLIENT_ERROR_CODES.network, message: 'Network request failed' }, false);

/** A server that stores whatever reaches it, or fails while `down`. */
function fakeServer() {
  const server = {
    down: false,
    received: [] as AttendanceMark[][],
    send: async (marks: AttendanceMark[]) => {
      if (server.down) throw networkDown();
      server.received.push(marks);
      return stored(marks);
    },
  };
  return server;
}

describe('the queue of unsent marks', () => {
  it('keeps every mark in storage until the server has it, through a lost connection', async () => {
    const storage = memoryStorage();
    const server = fakeServer();
    const queue = new MarkQueue('s-1', storage);

    queue.enqueue({ personId: 'p-1', status: 'present' });
    expect(await queue.flush(server.send)).toMatchObject({ kind: 'saved', saved: [{ personId: 'p-1', status: 'present' }] });
    expect(queue.pending()).toEqual([]);
    expect(storage.data.has(markQueueStorageKey('s-1'))).toBe(false);

    server.down = true;
    queue.enqueue({ personId: 'p-2', status: 'late', note: 'Trein' });
    queue.enqueue({ personId: 'p-3', status: 'absent' });
    expect(await queue.flush(server.send)).toEqual({ kind: 'offline', saved: [] });
    expect(queue.stateOf('p-2')).toBe('pending');
    expect(queue.stateOf('p-1')).toBeNull();

    // The tab is closed and opened again while offline: the marks are still there.
    const reopened = new MarkQueue('s-1', storage);
    expect(reopened.pending().map((mark) => mark.personId)).toEqual(['p-2', 'p-3']);

    server.down = false;
    expect((await reopened.flush(server.send)).kind).toBe('saved');
    expect(server.received.at(-1)).toEqual([
      { personId: 'p-2', status: 'late', note: 'Trein' },
      { personId: 'p-3', status: 'absent' },
    ]);
    expect(reopened.pending()).toEqual([]);
    expect(storage.data.size).toBe(0);
  });

  it('keeps a mark tapped while an older one is on its way, and sends it next', async () => {
    const queue = new MarkQueue('s-1', memoryStorage());
    let release!: () => void;
    const sent: AttendanceMark[][] = [];
    const slowSend = (marks: AttendanceMark[]) => {
      sent.push(marks);
      return sent.length === 1 ? new Promise<SavedMark[]>((resolve) => (release = () => resolve(stored(marks)))) : Promise.resolve(stored(marks));
    };

    queue.enqueue({ personId: 'p-1', status: 'present' });
    const first = queue.flush(slowSend);
    expect(queue.sending).toBe(true);
    queue.enqueue({ personId: 'p-1', status: 'late' });
    const second = queue.flush(slowSend);
    release();
    expect(await second).toBe(await first);
    expect(sent).toEqual([[{ personId: 'p-1', status: 'present' }], [{ personId: 'p-1', status: 'late' }]]);
    expect(queue.pending()).toEqual([]);
    expect((await first).saved.at(-1)).toMatchObject({ personId: 'p-1', status: 'late' });
  });

  it('sets aside a person the server refuses, with its message, and saves the others', async () => {
    const queue = new MarkQueue('s-1', memoryStorage());
    const sent: AttendanceMark[][] = [];
    const send = async (marks: AttendanceMark[]) => {
      sent.push(marks);
      const index = marks.findIndex((mark) => mark.personId === 'p-gone');
      if (index >= 0) {
        throw new ApiError(
          {
            statusCode: 400,
            error: 'people_not_expected',
            message: 'Niet iedereen in de lijst wordt bij deze bijeenkomst verwacht.',
            fields: [{ field: `[${index}].personId`, message: 'Jan Jansen wordt niet verwacht bij deze bijeenkomst.' }],
          },
          true,
        );
      }
      return stored(marks);
    };

    queue.enqueue({ personId: 'p-1', status: 'present' });
    queue.enqueue({ personId: 'p-gone', status: 'present' });
    queue.enqueue({ personId: 'p-2', status: 'excused' });
    const outcome = await queue.flush(send);
    expect(outcome.kind).toBe('saved');
    expect(outcome.saved.map((mark) => mark.personId)).toEqual(['p-1', 'p-2']);
    expect(queue.stateOf('p-gone')).toBe('failed');
    expect(queue.failureOf('p-gone')).toBe('Jan Jansen wordt niet verwacht bij deze bijeenkomst.');
    expect(sent).toHaveLength(2);

    // Tapping the person again is a new attempt.
    queue.enqueue({ personId: 'p-gone', status: 'absent' });
    expect(queue.stateOf('p-gone')).toBe('pending');
  });

  it('sets aside marks made before marking opens (a 409 naming them) and still saves the excused ones, without sending again', async () => {
    const queue = new MarkQueue('s-1', memoryStorage());
    const sent: AttendanceMark[][] = [];
    const message = 'Aanwezig, te laat en afwezig kun je pas vastleggen vanaf dinsdag 9 maart 2027, 08:30.';
    const send = async (marks: AttendanceMark[]) => {
      sent.push(marks);
      const early = marks.flatMap((mark, index) => (mark.status === 'excused' ? [] : [{ field: `[${index}].status`, message }]));
      if (early.length > 0) throw new ApiError({ statusCode: 409, error: 'marking_not_open', message, fields: early }, true);
      return stored(marks);
    };

    queue.enqueue({ personId: 'p-1', status: 'present' });
    queue.enqueue({ personId: 'p-2', status: 'excused' });
    const outcome = await queue.flush(send);
    expect(outcome).toMatchObject({ kind: 'saved', saved: [expect.objectContaining({ personId: 'p-2' })] });
    expect(queue.stateOf('p-1')).toBe('failed');
    expect(queue.failureOf('p-1')).toBe(message);
    expect(queue.pending()).toEqual([]);
    expect(await queue.flush(send)).toEqual({ kind: 'idle', saved: [] });
    expect(sent).toHaveLength(2);
  });

  it('keeps the marks when the login session ended or the server refuses the whole list', async () => {
    const queue = new MarkQueue('s-1', memoryStorage());
    queue.enqueue({ personId: 'p-1', status: 'present' });
    const failWith = (status: number, error: string) => async () => {
      throw new ApiError({ statusCode: status, error, message: `HTTP ${status}` }, true);
    };

    expect(await queue.flush(failWith(401, 'not_authenticated'))).toEqual({ kind: 'unauthenticated', saved: [] });
    expect(await queue.flush(failWith(409, 'session_cancelled'))).toEqual({ kind: 'refused', saved: [], message: 'HTTP 409' });
    expect((await queue.flush(failWith(503, 'unavailable'))).kind).toBe('offline');
    expect(queue.stateOf('p-1')).toBe('pending');
  });

  it('works without storage (blocked or full) for as long as the page is open', async () => {
    const broken: MarkStorage = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const queue = new MarkQueue('s-1', broken);
    queue.enqueue({ personId: 'p-1', status: 'present' });
    expect(queue.pending()).toHaveLength(1);
    expect((await queue.flush(fakeServer().send)).kind).toBe('saved');
  });

  it('tells subscribers about every change', () => {
    const queue = new MarkQueue('s-1', memoryStorage());
    const listener = jest.fn();
    const unsubscribe = queue.subscribe(listener);
    const before = queue.getVersion();
    queue.enqueue({ personId: 'p-1', status: 'present' });
    expect(listener).toHaveBeenCalledTimes(1);
    expect(queue.getVersion()).toBeGreaterThan(before);
    unsubscribe();
    queue.enqueue({ personId: 'p-2', status: 'present' });
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
