import pg from 'pg';
import type { DataSource } from 'typeorm';
import { CHANGE_CHANNEL } from '../changes/capture.js';
import { ChangeEvent } from '../../modules/history/entities.js';
import { latestSeq } from './follow.js';

type Listener<T> = (value: T) => void;

/**
 * What one server instance hears from the database: committed change events, and whatever other
 * channels modules register (presence). Every instance LISTENs on its own connection, so a change
 * made through any instance reaches subscribers on all of them.
 *
 * Change notifications carry the seq range just committed; the bus reads every event after the
 * last one it published, in seq order (which is commit order, see core/changes/capture.ts), so a
 * lost or merged notification, or a reconnect of the LISTEN connection, never loses an event.
 */
export class LiveBus {
  private client: pg.Client | null = null;
  private stopped = false;
  private lastSeq = 0n;
  private reading: Promise<void> | null = null;
  private readAgain = false;
  private readonly changeListeners = new Set<Listener<ChangeEvent[]>>();
  private readonly channels = new Map<string, Set<Listener<string>>>();

  constructor(private readonly db: DataSource) {}

  /** The seq of the last event published here: a subscriber without `since` starts after it. */
  get seq(): string {
    return this.lastSeq.toString();
  }

  async start(): Promise<void> {
    this.lastSeq = BigInt(await latestSeq(this.db));
    await this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
    await this.reading;
  }

  /** Calls `listener` with each batch of committed events, in seq order. Returns the unsubscribe. */
  onChanges(listener: Listener<ChangeEvent[]>): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Calls `listener` with the payload of each NOTIFY on `channel` (any instance). */
  on(channel: string, listener: Listener<string>): () => void {
    let listeners = this.channels.get(channel);
    if (!listeners) {
      listeners = new Set();
      this.channels.set(channel, listeners);
      void this.client?.query(`LISTEN ${pg.escapeIdentifier(channel)}`).catch(() => undefined);
    }
    listeners.add(listener);
    return () => listeners.delete(listener);
  }

  private async connect(): Promise<void> {
    const options = this.db.options as { url?: string };
    const client = new pg.Client({ connectionString: options.url });
    client.on('notification', (message) => {
      if (message.channel === CHANGE_CHANNEL) this.read();
      else for (const listener of this.channels.get(message.channel) ?? []) listener(message.payload ?? '');
    });
    client.on('error', () => this.reconnect(client));
    client.on('end', () => this.reconnect(client));
    await client.connect();
    await client.query(`LISTEN ${CHANGE_CHANNEL}`);
    for (const channel of this.channels.keys()) await client.query(`LISTEN ${pg.escapeIdentifier(channel)}`);
    this.client = client;
    // Whatever committed while there was no connection.
    this.read();
  }

  private reconnect(client: pg.Client): void {
    if (this.stopped || this.client !== client) return;
    this.client = null;
    const retry = () => {
      if (this.stopped) return;
      this.connect().catch(() => setTimeout(retry, 1000).unref());
    };
    setTimeout(retry, 200).unref();
  }

  /** Reads and publishes new events; calls during a read make it read once more afterwards. */
  private read(): void {
    if (this.reading) {
      this.readAgain = true;
      return;
    }
    this.reading = (async () => {
      do {
        this.readAgain = false;
        for (;;) {
          const batch = await this.db
            .getRepository(ChangeEvent)
            .createQueryBuilder('e')
            .where('e.seq > :after', { after: this.lastSeq.toString() })
            .orderBy('e.seq', 'ASC')
            .limit(500)
            .getMany()
            .catch(() => [] as ChangeEvent[]);
          if (!batch.length || this.stopped) break;
          this.lastSeq = BigInt(batch[batch.length - 1]!.id);
          for (const listener of this.changeListeners) listener(batch);
          if (batch.length < 500) break;
        }
      } while (this.readAgain && !this.stopped);
    })().finally(() => {
      this.reading = null;
    });
  }
}
