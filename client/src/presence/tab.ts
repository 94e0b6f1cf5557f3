/** What one part of the page (a detail page, an open form) reports: records viewed, the field edited. */
export interface PresenceState {
  viewing: readonly string[];
  editing: { recordId: string; field: string } | null;
}

/** How the tab reaches the server; `beat` answers the interval the server asks for, in seconds. */
export interface PresenceTransport {
  beat(input: { clientId: string; viewing: string[]; editing: PresenceState['editing'] }): Promise<number | null>;
  leave(clientId: string): Promise<void>;
  /** On page hide: a request that outlives the page (fetch keepalive). */
  leaveOnExit(clientId: string): void;
}

const MAX_VIEWING = 100;
const DEFAULT_INTERVAL_MS = 10_000;

/**
 * The presence of one browser tab. The server keeps one state per client, replaced by each beat,
 * so every part of the page contributes here and the tab sends their sum: the records viewed by
 * any part, and the field focused last. It beats at once when that sum changes (parts that change
 * together in one tick make one beat), every interval while there is something to report, and
 * leaves when nothing is left.
 */
export class PresenceTab {
  private readonly parts = new Map<string, { state: PresenceState; stamp: number }>();
  private stamps = 0;
  private scheduled = false;
  private active = false;
  private lastSent = '';
  private intervalMs = DEFAULT_INTERVAL_MS;
  private timer: ReturnType<typeof setInterval> | null = null;

  constructor(
    readonly clientId: string,
    private readonly transport: PresenceTransport,
  ) {}

  set(part: string, state: PresenceState): void {
    this.parts.set(part, { state, stamp: (this.stamps += 1) });
    this.schedule();
  }

  remove(part: string): void {
    if (this.parts.delete(part)) this.schedule();
  }

  /** Beat now whatever the state (the socket reconnected, the tab became visible again). */
  refresh(): void {
    if (this.parts.size) this.send(true);
  }

  /** The page is going away: leave with a request that survives it. */
  exit(): void {
    if (!this.active) return;
    this.stop();
    this.transport.leaveOnExit(this.clientId);
  }

  /** The sum of the parts. */
  get state(): PresenceState {
    const viewing = new Set<string>();
    let editing: { state: PresenceState; stamp: number } | null = null;
    for (const part of this.parts.values()) {
      for (const id of part.state.viewing) viewing.add(id);
      if (part.state.editing && (!editing || part.stamp > editing.stamp)) editing = part;
    }
    return { viewing: [...viewing].slice(0, MAX_VIEWING), editing: editing?.state.editing ?? null };
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    setTimeout(() => {
      this.scheduled = false;
      this.send(false);
    }, 0);
  }

  private send(force: boolean): void {
    const state = this.state;
    if (!state.viewing.length && !state.editing) {
      if (this.active) {
        this.stop();
        this.transport.leave(this.clientId).catch(() => undefined);
      }
      return;
    }
    const key = JSON.stringify(state);
    if (!force && this.active && key === this.lastSent) return;
    this.lastSent = key;
    if (!this.active) {
      this.active = true;
      this.restartTimer();
    }
    this.transport
      .beat({ clientId: this.clientId, viewing: [...state.viewing], editing: state.editing })
      .then((seconds) => {
        const ms = seconds ? seconds * 1000 : DEFAULT_INTERVAL_MS;
        if (this.active && ms !== this.intervalMs) {
          this.intervalMs = ms;
          this.restartTimer();
        }
      })
      // Offline or signed out: the next beat tries again; the server forgets us meanwhile.
      .catch(() => undefined);
  }

  private restartTimer(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = setInterval(() => this.send(true), this.intervalMs);
  }

  private stop(): void {
    this.active = false;
    this.lastSent = '';
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }
}
