import type { DataSource, SelectQueryBuilder } from 'typeorm';
import { BadInputError } from '../errors.js';
import { ChangeEvent } from '../../modules/history/entities.js';
import type { LiveBus } from './bus.js';
import { PushStream } from './stream.js';

/** An event seq as clients send it (`since`): a bigint in decimal. */
export const SEQ_PATTERN = /^\d{1,19}$/;

/** Refuses a `since` that is no seq, with the same message everywhere. */
export function checkSince(since: string | null | undefined): void {
  if (since != null && !SEQ_PATTERN.test(since)) throw new BadInputError('`since` phải là số thứ tự (seq) của một sự kiện. / `since` must be an event seq.');
}

/** The seq of the newest committed event ("0" when there is none). */
export async function latestSeq(db: DataSource): Promise<string> {
  const [row] = (await db.query('SELECT COALESCE(max(seq), 0)::text AS seq FROM change_event')) as { seq: string }[];
  return row!.seq;
}

const CATCH_UP_PAGE = 500;

export interface Follow<T> {
  /** Narrows the catch-up read (events after `since`, alias `e`) to those that may matter. */
  catchUp?: (qb: SelectQueryBuilder<ChangeEvent>) => SelectQueryBuilder<ChangeEvent>;
  /**
   * Turns new events (seq order, each once) into values of the stream. A live batch is passed as
   * published whenever none of it was seen before, so per-batch caches keyed by it are shared by
   * every subscriber of the instance.
   */
  deliver: (events: ChangeEvent[], stream: PushStream<T>) => Promise<void>;
}

/**
 * The one way a subscription follows the event log: from `since` (or from now), first what
 * committed after it, then live batches of the instance's LiveBus, each event once and in seq
 * order. It listens before it reads the catch-up and holds live batches back until the catch-up
 * is delivered, so nothing committed in between is lost or repeated.
 */
export function followChanges<T>(db: DataSource, live: LiveBus, since: string | null | undefined, how: Follow<T>): PushStream<T> {
  let last = BigInt(since ?? live.seq);
  let held: ChangeEvent[][] | null = since ? [] : null;
  let chain = Promise.resolve();
  const stream: PushStream<T> = new PushStream(() => off());
  const fail = (error: Error) => stream.fail(error);
  const run = (batch: ChangeEvent[]) => {
    const fresh = batch.filter((event) => BigInt(event.id) > last);
    if (!fresh.length) return Promise.resolve();
    last = BigInt(fresh[fresh.length - 1]!.id);
    return how.deliver(fresh.length === batch.length ? batch : fresh, stream);
  };
  const off = live.onChanges((batch) => {
    if (held) held.push(batch);
    else chain = chain.then(() => run(batch)).catch(fail);
  });
  if (since) {
    chain = (async () => {
      for (;;) {
        const qb = db.getRepository(ChangeEvent).createQueryBuilder('e').where('e.seq > :since', { since: last.toString() });
        const page = await (how.catchUp?.(qb) ?? qb).orderBy('e.seq', 'ASC').limit(CATCH_UP_PAGE).getMany();
        if (page.length) await run(page);
        if (page.length < CATCH_UP_PAGE) break;
      }
      for (const batch of held!) await run(batch);
      held = null;
    })().catch(fail);
  }
  return stream;
}
