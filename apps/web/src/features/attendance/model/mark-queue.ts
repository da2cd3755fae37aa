/**
 * Marks that have not reached the server yet. A trainer's tap goes here first and is written to localStorage at once,
 * so a dropped connection, a closed tab or a flat battery loses nothing; `flush` sends everything pending in one bulk
 * save and forgets a mark only once the server has stored it (and no newer tap replaced it in the meantime).
 */
import type { AttendanceMark, SavedMark } from '@koers/shared/attendance';
import type { AttendanceStatus } from '@koers/shared/domain';
import { ApiError, CLIENT_ERROR_CODES } from '../../../lib/api-client';

export interface QueuedMark {
  personId: string;
  status: AttendanceStatus;
  note?: string;
  /** Raised on every tap, so a reply for an older tap never clears a newer one. */
  seq: number;
}

/** The part of localStorage the queue needs; a test passes a Map-backed fake. */
export type MarkStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

/**
 * How a flush ended. `saved` lists what the server stored during it, also when a later round failed.
 * - idle: nothing was pending; saved: everything pending at the start is stored;
 * - offline: no connection or the server is unwell, try again later;
 * - unauthenticated: the login session ended, the marks wait for the next login;
 * - refused: the server refuses the whole list (no access, session cancelled), the marks wait and `message` says why;
 *   marks it names one by one (someone not expected, present before marking opens) are set aside as failed instead.
 */
export interface FlushOutcome {
  kind: 'idle' | 'saved' | 'offline' | 'unauthenticated' | 'refused';
  saved: SavedMark[];
  message?: string;
}

export type MarkState = 'pending' | 'failed';

export const markQueueStorageKey = (sessionId: string) => `koers.attendance.pending.${sessionId}`;

interface Stored {
  marks: QueuedMark[];
  failed: Record<string, string>;
}

export class MarkQueue {
  private marks = new Map<string, QueuedMark>();
  /** Marks the server refused for the person (e.g. no longer expected), with its message; they are never resent. */
  private failed = new Map<string, string>();
  private seq = 0;
  private inFlight: Promise<FlushOutcome> | null = null;
  private flushAgain = false;
  private listeners = new Set<() => void>();
  private version = 0;

  constructor(
    private readonly sessionId: string,
    private readonly storage: MarkStorage | null,
  ) {
    this.load();
  }

  /** Records a tap: replaces any earlier pending mark of the same person. */
  enqueue(mark: AttendanceMark): void {
    this.marks.set(mark.personId, { ...mark, seq: ++this.seq });
    this.failed.delete(mark.personId);
    this.changed();
  }

  pending(): QueuedMark[] {
    return [...this.marks.values()];
  }

  pendingMark(personId: string): QueuedMark | undefined {
    return this.marks.get(personId);
  }

  stateOf(personId: string): MarkState | null {
    if (this.failed.has(personId)) return 'failed';
    return this.marks.has(personId) ? 'pending' : null;
  }

  failureOf(personId: string): string | undefined {
    return this.failed.get(personId);
  }

  get sending(): boolean {
    return this.inFlight !== null;
  }

  /** Changes whenever anything above does, for useSyncExternalStore. */
  getVersion = (): number => this.version;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * Sends what is pending. One flush at a time: a call while one is under way makes that one go round again
   * with whatever was tapped meanwhile, and answers its outcome.
   */
  flush(send: (marks: AttendanceMark[]) => Promise<SavedMark[]>): Promise<FlushOutcome> {
    if (this.inFlight) {
      this.flushAgain = true;
      return this.inFlight;
    }
    this.inFlight = this.flushLoop(send).finally(() => {
      this.inFlight = null;
      this.changed();
    });
    this.changed();
    return this.inFlight;
  }

  private async flushLoop(send: (marks: AttendanceMark[]) => Promise<SavedMark[]>): Promise<FlushOutcome> {
    const saved: SavedMark[] = [];
    do {
      this.flushAgain = false;
      const batch = this.pending();
      if (batch.length === 0) break;
      try {
        saved.push(...(await send(batch.map(({ personId, status, note }) => (note === undefined ? { personId, status } : { personId, status, note })))));
        for (const sent of batch) {
          if (this.marks.get(sent.personId)?.seq === sent.seq) this.marks.delete(sent.personId);
        }
        this.changed();
      } catch (error) {
        const refusedPeople = this.refusedPeople(error, batch);
        if (refusedPeople.size === 0) return { ...this.failureOutcome(error), saved };
        // The server stores all or nothing: set the refused people aside and send the others again.
        for (const [personId, message] of refusedPeople) {
          if (this.marks.get(personId)?.seq === batch.find((m) => m.personId === personId)?.seq) this.marks.delete(personId);
          this.failed.set(personId, message);
        }
        this.changed();
        this.flushAgain = true;
      }
    } while (this.flushAgain);
    return { kind: saved.length > 0 ? 'saved' : 'idle', saved };
  }

  /**
   * The people a refusal names by index (`[3].personId`, or `[3].status` in a 409 before marking opens), with the
   * server's message for each: set aside, they are shown as failed instead of being sent again and again.
   */
  private refusedPeople(error: unknown, batch: QueuedMark[]): Map<string, string> {
    const refused = new Map<string, string>();
    if (!(error instanceof ApiError) || (error.status !== 400 && error.status !== 409) || !error.fromServer) return refused;
    for (const { field, message } of error.body.fields ?? []) {
      const index = /^\[(\d+)\]/.exec(field)?.[1];
      const mark = index === undefined ? undefined : batch[Number(index)];
      if (mark && !refused.has(mark.personId)) refused.set(mark.personId, message);
    }
    return refused;
  }

  private failureOutcome(error: unknown): Omit<FlushOutcome, 'saved'> {
    if (!(error instanceof ApiError)) return { kind: 'offline' };
    if (error.code === CLIENT_ERROR_CODES.network || error.status >= 500 || error.status === 408 || error.status === 429) return { kind: 'offline' };
    if (error.status === 401) return { kind: 'unauthenticated' };
    return { kind: 'refused', message: error.body.message };
  }

  private changed(): void {
    this.version += 1;
    this.save();
    for (const listener of this.listeners) listener();
  }

  private load(): void {
    try {
      const raw = this.storage?.getItem(markQueueStorageKey(this.sessionId));
      if (!raw) return;
      const stored = JSON.parse(raw) as Stored;
      for (const mark of stored.marks ?? []) this.marks.set(mark.personId, mark);
      for (const [personId, message] of Object.entries(stored.failed ?? {})) this.failed.set(personId, message);
      this.seq = Math.max(0, ...this.pending().map((mark) => mark.seq));
    } catch {
      // Unreadable leftovers cannot be sent anyway; start empty.
    }
  }

  private save(): void {
    if (!this.storage) return;
    const key = markQueueStorageKey(this.sessionId);
    try {
      if (this.marks.size === 0 && this.failed.size === 0) this.storage.removeItem(key);
      else this.storage.setItem(key, JSON.stringify({ marks: this.pending(), failed: Object.fromEntries(this.failed) } satisfies Stored));
    } catch {
      // Storage full or blocked: the marks still live in memory for as long as the page is open.
    }
  }
}
