import type { LiveBus } from '../../core/live/bus.js';
import { PRESENCE_CHANNEL } from './presence.limits.js';

/** One subscription: the records it watches, and where their presence goes. */
export interface PresenceWatcher<T> {
  records: ReadonlySet<string>;
  deliver(recordId: string, entries: T[]): void;
  fail(error: Error): void;
}

type Targets<T> = Set<PresenceWatcher<T>> | 'all';

/**
 * The presence subscriptions of one server instance. It hears every presence NOTIFY once (from
 * any instance, through the LiveBus), re-reads the watched records among them in one query and
 * hands each subscription its records. Reads run one after another, so a subscription never gets
 * an older state after a newer one; a new subscription's initial state is read the same way.
 */
export class PresenceHub<T> {
  private readonly watchers = new Map<string, Set<PresenceWatcher<T>>>();
  private pending = new Map<string, Targets<T>>();
  private reading = false;
  private readonly off: () => void;

  constructor(
    live: LiveBus,
    private readonly read: (recordIds: string[]) => Promise<Map<string, T[]>>,
  ) {
    this.off = live.on(PRESENCE_CHANNEL, (payload) => this.changed(payload.split(',')));
  }

  /** Starts delivering to `watcher`, beginning with the current state of each of its records. */
  watch(watcher: PresenceWatcher<T>): () => void {
    for (const id of watcher.records) {
      let set = this.watchers.get(id);
      if (!set) this.watchers.set(id, (set = new Set()));
      set.add(watcher);
      const targets = this.pending.get(id);
      if (targets !== 'all') this.pending.set(id, (targets ?? new Set()).add(watcher));
    }
    this.flush();
    return () => {
      for (const id of watcher.records) {
        const set = this.watchers.get(id);
        set?.delete(watcher);
        if (set && !set.size) this.watchers.delete(id);
      }
    };
  }

  close(): void {
    this.off();
  }

  private changed(recordIds: string[]): void {
    for (const id of recordIds) if (this.watchers.has(id)) this.pending.set(id, 'all');
    this.flush();
  }

  private flush(): void {
    if (this.reading || !this.pending.size) return;
    this.reading = true;
    void (async () => {
      try {
        while (this.pending.size) await this.readBatch();
      } finally {
        this.reading = false;
      }
    })();
  }

  private async readBatch(): Promise<void> {
    const batch = this.pending;
    this.pending = new Map();
    let found: Map<string, T[]>;
    try {
      found = await this.read([...batch.keys()]);
    } catch (error) {
      // The subscriptions that waited on this read end; their clients resubscribe.
      for (const id of batch.keys()) for (const watcher of this.watchers.get(id) ?? []) watcher.fail(error as Error);
      return;
    }
    for (const [id, targets] of batch) {
      const current = this.watchers.get(id);
      if (!current) continue;
      for (const watcher of targets === 'all' ? current : targets) {
        if (current.has(watcher)) watcher.deliver(id, found.get(id) ?? []);
      }
    }
  }
}
