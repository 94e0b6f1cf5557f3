/**
 * A push-fed async iterator for one subscription: values pushed before anyone asks wait in a
 * queue, `return()` (the client unsubscribed or disconnected) ends it at once, even while a
 * `next()` is pending, and runs `onClose` exactly once. A consumer that falls more than `limit`
 * values behind is ended with an error, so one stalled socket cannot grow the server's memory;
 * the client resubscribes with `since` and loses nothing.
 */
export class PushStream<T> implements AsyncIterableIterator<T> {
  private readonly queue: T[] = [];
  private waiting: ((result: IteratorResult<T>) => void) | null = null;
  private failWaiting: ((error: Error) => void) | null = null;
  private closed = false;
  private released = false;
  private failure: Error | null = null;

  constructor(
    private readonly onClose: () => void,
    private readonly limit = 10_000,
  ) {}

  push(value: T): void {
    if (this.closed || this.failure) return;
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = null;
      resolve({ value, done: false });
    } else if (this.queue.length >= this.limit) {
      this.fail(new Error('Subscription fell too far behind; resubscribe with `since`.'));
    } else {
      this.queue.push(value);
    }
  }

  /** Ends the stream with an error (delivered after what is already queued). */
  fail(error: Error): void {
    if (this.closed || this.failure) return;
    this.failure = error;
    this.release();
    if (this.failWaiting) {
      const reject = this.failWaiting;
      this.waiting = this.failWaiting = null;
      reject(error);
    }
  }

  next(): Promise<IteratorResult<T>> {
    if (this.queue.length) return Promise.resolve({ value: this.queue.shift()!, done: false });
    if (this.failure) {
      const error = this.failure;
      this.close();
      return Promise.reject(error);
    }
    if (this.closed) return Promise.resolve({ value: undefined, done: true });
    return new Promise((resolve, reject) => {
      this.waiting = resolve;
      this.failWaiting = reject;
    });
  }

  return(): Promise<IteratorResult<T>> {
    this.close();
    return Promise.resolve({ value: undefined, done: true });
  }

  throw(error: unknown): Promise<IteratorResult<T>> {
    this.close();
    return Promise.reject(error);
  }

  [Symbol.asyncIterator](): this {
    return this;
  }

  /** Runs `onClose` once, however the stream ends. */
  private release(): void {
    if (this.released) return;
    this.released = true;
    this.onClose();
  }

  private close(): void {
    if (this.closed) return;
    this.closed = true;
    this.queue.length = 0;
    this.release();
    if (this.waiting) {
      const resolve = this.waiting;
      this.waiting = this.failWaiting = null;
      resolve({ value: undefined, done: true });
    }
  }
}
