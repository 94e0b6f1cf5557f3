import { isAfter } from './seq';
import type { LiveEvent } from './types';

/** What the feed needs from the socket; the app's is `apolloTransport`, tests pass a fake. */
export interface LiveTransport {
  /** Subscribes to `changes(since:)`; returns what ends that subscription. */
  subscribe(since: string, handlers: { next(event: LiveEvent): void; error(error: unknown): void }): () => void;
  /** Calls `listener` whenever the socket is connected again after it was lost; returns what stops that. */
  onReconnected(listener: () => void): () => void;
}

export interface LiveFeedOptions {
  /** Events arriving within this many milliseconds are handed over together. */
  batchMs?: number;
  /** Pause before subscribing again after the server ended a subscription with an error; doubled after each error in a row. */
  retryMs?: number;
  /** The longest pause. */
  maxRetryMs?: number;
}

/**
 * The app's one subscription to committed changes, with the seq of the last event handed over.
 * After the socket reconnects it subscribes again from that seq, so what happened meanwhile
 * arrives first; an event whose seq is not after the last one is dropped, so none is handed
 * over twice. Bursts are handed over in batches.
 */
export class LiveFeed {
  private last = '0';
  private pending: LiveEvent[] = [];
  private flushTimer: ReturnType<typeof setTimeout> | undefined;
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private unsubscribe: (() => void) | undefined;
  /** Which subscription is current: a late word from an ended one is ignored. */
  private generation = 0;
  private stopListening: (() => void) | undefined;
  private readonly batchMs: number;
  private readonly retryMs: number;
  private readonly maxRetryMs: number;
  /** Errors since the last event: each one doubles the pause (a lapsed session should not be hammered). */
  private failures = 0;

  constructor(
    private readonly transport: LiveTransport,
    private readonly onBatch: (events: LiveEvent[]) => void,
    { batchMs = 200, retryMs = 5_000, maxRetryMs = 60_000 }: LiveFeedOptions = {},
  ) {
    this.batchMs = batchMs;
    this.retryMs = retryMs;
    this.maxRetryMs = maxRetryMs;
  }

  /** The seq of the last event handed over (or the starting point). */
  get lastSeq(): string {
    return this.last;
  }

  /** Starts after `since` (the `latestChangeSeq` read when the app opened). */
  start(since: string): void {
    this.last = since;
    this.stopListening = this.transport.onReconnected(() => this.resubscribe());
    this.resubscribe();
  }

  stop(): void {
    this.generation++;
    this.stopListening?.();
    this.unsubscribe?.();
    this.unsubscribe = this.stopListening = undefined;
    clearTimeout(this.flushTimer);
    clearTimeout(this.retryTimer);
    this.pending = [];
  }

  /** Applies events received so far without waiting for the batch window (tests, page hide). */
  flush(): void {
    clearTimeout(this.flushTimer);
    this.flushTimer = undefined;
    if (!this.pending.length) return;
    const events = this.pending;
    this.pending = [];
    this.onBatch(events);
  }

  private receive(event: LiveEvent): void {
    this.failures = 0;
    if (!isAfter(event.seq, this.last)) return;
    this.last = event.seq;
    this.pending.push(event);
    this.flushTimer ??= setTimeout(() => this.flush(), this.batchMs);
  }

  /** The new subscription starts before the old one ends, so a lazy socket never sees zero subscribers. */
  private resubscribe(): void {
    clearTimeout(this.retryTimer);
    const previous = this.unsubscribe;
    const generation = ++this.generation;
    this.unsubscribe = this.transport.subscribe(this.last, {
      next: (event) => {
        if (generation === this.generation) this.receive(event);
      },
      error: () => {
        if (generation !== this.generation) return;
        clearTimeout(this.retryTimer);
        const pause = Math.min(this.retryMs * 2 ** this.failures++, this.maxRetryMs);
        this.retryTimer = setTimeout(() => this.resubscribe(), pause);
      },
    });
    previous?.();
  }
}
