import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { ForbiddenError, requireRead } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { fromGlobalId } from '../../core/graphql/global-id.js';
import type { LiveBus } from '../../core/live/bus.js';
import { PushStream } from '../../core/live/stream.js';
import { PresenceHub } from './presence.hub.js';
import { DEFAULT_TIMING, PRESENCE_LIMITS, type PresenceTiming } from './presence.limits.js';
import { decodeForRead, decodeForWrite, keyOf, visibleRecords, type AskedRecord } from './presence.scope.js';
import { HEARTBEAT, LEAVE, READ, SWEEP, type PresenceRow } from './presence.sql.js';
import { PresenceActivity, PresenceActorKind, type PresenceEntry, type PresenceHeartbeat, type RecordPresence } from './presence.types.js';

const CLIENT_ID = /^[A-Za-z0-9_-]+$/;
const FIELD = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

export interface HeartbeatInput {
  clientId: string;
  viewing: string[];
  editing?: { recordId: string; field: string } | null;
}

/** The user or API token behind presence; the system and anonymous callers have none. */
function presenceActor(actor: Actor): { id: string; kind: PresenceActorKind } {
  requireRead(actor);
  if ((actor.kind !== 'USER' && actor.kind !== 'TOKEN') || !actor.id) throw new ForbiddenError();
  return { id: actor.id, kind: actor.kind === 'USER' ? PresenceActorKind.USER : PresenceActorKind.TOKEN };
}

function checkText(value: string, field: string[], max: number, pattern: RegExp, problems: Problems): void {
  if (typeof value !== 'string' || !value.length) problems.add(field, 'REQUIRED');
  else if (value.length > max) problems.add(field, 'TOO_LONG', `Tối đa ${max} ký tự.`);
  else if (!pattern.test(value)) problems.add(field, 'INVALID');
}

const toEntry = (row: PresenceRow): PresenceEntry => ({
  clientId: row.client_id,
  kind: row.actor_kind as PresenceActorKind,
  displayName: row.display_name,
  username: row.username,
  activity: row.field ? PresenceActivity.EDITING : PresenceActivity.VIEWING,
  field: row.field,
  since: row.since,
});

/**
 * Who views which record and edits which field. Each browser tab (or partner client) beats every
 * `intervalSeconds` with its whole state; a row lives `ttlMs` past its last beat, and every
 * instance sweeps expired rows. Every change is announced on the presence channel, so
 * subscriptions on all instances follow it (presence.hub.ts).
 */
export class PresenceService {
  private readonly hubs = new WeakMap<LiveBus, PresenceHub<PresenceEntry>>();

  constructor(
    private readonly db: DataSource,
    readonly timing: PresenceTiming = DEFAULT_TIMING,
  ) {}

  async heartbeat(actor: Actor, input: HeartbeatInput): Promise<PresenceHeartbeat> {
    const self = presenceActor(actor);
    const problems = new Problems();
    checkText(input.clientId, ['clientId'], PRESENCE_LIMITS.clientIdMax, CLIENT_ID, problems);
    const viewing = decodeForWrite(input.viewing ?? [], 'viewing', problems);
    let editing: AskedRecord | null = null;
    if (input.editing) {
      const record = fromGlobalId(input.editing.recordId);
      if (record) editing = { globalId: input.editing.recordId, record };
      else problems.add(['editing', 'recordId'], 'INVALID', 'Mã bản ghi không hợp lệ.');
      checkText(input.editing.field, ['editing', 'field'], PRESENCE_LIMITS.fieldMax, FIELD, problems);
    }
    problems.throwIfAny();

    const asked = editing ? [...viewing, editing] : viewing;
    const visible = await visibleRecords(
      this.db,
      actor,
      asked.map((a) => a.record),
    );
    const seen = (a: AskedRecord) => visible.has(keyOf(a.record));
    const fields = new Map<string, string | null>();
    for (const { record } of viewing.filter(seen)) fields.set(record.id, null);
    if (editing && seen(editing)) fields.set(editing.record.id, input.editing!.field);
    await this.db.query(HEARTBEAT, [self.id, input.clientId, self.kind, [...fields.keys()], [...fields.values()], this.timing.ttlMs]);

    const recorded = [...new Set(asked.filter(seen).map((a) => a.globalId))];
    return {
      intervalSeconds: Math.max(1, Math.floor(this.timing.ttlMs / 2000)),
      expiresInSeconds: Math.max(1, Math.ceil(this.timing.ttlMs / 1000)),
      recorded,
    };
  }

  /** A clean exit (tab closed, page left): everything of this client goes at once. */
  async leave(actor: Actor, clientId: string): Promise<boolean> {
    const self = presenceActor(actor);
    const problems = new Problems();
    checkText(clientId, ['clientId'], PRESENCE_LIMITS.clientIdMax, CLIENT_ID, problems);
    problems.throwIfAny();
    await this.db.query(LEAVE, [self.id, clientId]);
    return true;
  }

  /** Presence on each asked record, in the order asked; unknown or unseen records are empty. */
  async get(actor: Actor, recordIds: string[]): Promise<RecordPresence[]> {
    const { asked, visible } = await this.asked(actor, recordIds);
    const shown = asked.filter((a) => visible.has(keyOf(a.record)));
    const found = await this.read(shown.map((a) => a.record.id));
    return asked.map(({ globalId, record }) => ({ recordId: globalId, entries: (visible.has(keyOf(record)) && found.get(record.id)) || [] }));
  }

  /** The subscription: each record's current presence first, then again whenever it changes. */
  async stream(actor: Actor, live: LiveBus, recordIds: string[]): Promise<AsyncIterableIterator<RecordPresence>> {
    const { asked, visible } = await this.asked(actor, recordIds);
    const globalIds = new Map(asked.filter((a) => visible.has(keyOf(a.record))).map((a) => [a.record.id, a.globalId]));
    const stream: PushStream<RecordPresence> = new PushStream(() => unwatch(), 1_000);
    // What the caller may not see is empty, once, like a record nobody is on.
    // Visibility is decided here, once: a record that later leaves the caller's scope stays watched.
    for (const { globalId, record } of asked) if (!visible.has(keyOf(record))) stream.push({ recordId: globalId, entries: [] });
    const unwatch = this.hubFor(live).watch({
      records: new Set(globalIds.keys()),
      deliver: (id, entries) => stream.push({ recordId: globalIds.get(id)!, entries }),
      fail: (error) => stream.fail(error),
    });
    return stream;
  }

  /** Starts this instance's share of presence: hearing the channel, sweeping expired rows. */
  serve(live: LiveBus): { stop(): void } {
    this.hubFor(live);
    const timer = setInterval(() => {
      // A failed sweep (database briefly away) is simply retried by the next one.
      this.sweep().catch(() => undefined);
    }, this.timing.sweepMs);
    timer.unref();
    return {
      stop: () => {
        clearInterval(timer);
        this.hubs.get(live)?.close();
        this.hubs.delete(live);
      },
    };
  }

  /** Deletes every expired row and announces its records; returns how many notifications went out. */
  async sweep(): Promise<number> {
    return ((await this.db.query(SWEEP)) as unknown[]).length;
  }

  /** The records a query or subscription asks for, decoded, and which of them the actor may see. */
  private async asked(actor: Actor, recordIds: string[]) {
    requireRead(actor);
    const asked = decodeForRead(recordIds);
    return {
      asked,
      visible: await visibleRecords(
        this.db,
        actor,
        asked.map((a) => a.record),
      ),
    };
  }

  private hubFor(live: LiveBus): PresenceHub<PresenceEntry> {
    let hub = this.hubs.get(live);
    if (!hub) this.hubs.set(live, (hub = new PresenceHub(live, (ids) => this.read(ids))));
    return hub;
  }

  private async read(recordIds: string[]): Promise<Map<string, PresenceEntry[]>> {
    const byRecord = new Map<string, PresenceEntry[]>();
    if (!recordIds.length) return byRecord;
    const rows = (await this.db.query(READ, [recordIds])) as PresenceRow[];
    for (const row of rows) byRecord.set(row.record_id, [...(byRecord.get(row.record_id) ?? []), toEntry(row)]);
    return byRecord;
  }
}
