import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { compareSeq } from './seq';
import { LiveFeed, type LiveTransport } from './liveFeed';
import type { LiveEvent } from './types';

const event = (seq: number | string, entityId = 'VW5pdDox'): LiveEvent => ({
  seq: String(seq),
  entityType: 'Unit',
  entityId,
  action: 'UPDATE',
  actorName: 'Nguyễn Văn An (can_bo_ban)',
  changes: [],
});

/** A socket under the test's control: which subscriptions are open, from which seq. */
function fakeTransport() {
  const subscriptions: { since: string; open: boolean; next(e: LiveEvent): void; error(e: unknown): void }[] = [];
  const reconnectListeners = new Set<() => void>();
  const transport: LiveTransport = {
    subscribe(since, handlers) {
      const subscription = { since, open: true, ...handlers };
      subscriptions.push(subscription);
      return () => {
        subscription.open = false;
      };
    },
    onReconnected(listener) {
      reconnectListeners.add(listener);
      return () => reconnectListeners.delete(listener);
    },
  };
  return {
    transport,
    subscriptions,
    open: () => subscriptions.filter((s) => s.open),
    reconnect: () => reconnectListeners.forEach((listener) => listener()),
    listeners: reconnectListeners,
  };
}

function setup() {
  const socket = fakeTransport();
  const batches: string[][] = [];
  const feed = new LiveFeed(socket.transport, (events) => batches.push(events.map((e) => e.seq)), { batchMs: 200, retryMs: 5_000 });
  return { socket, batches, feed };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('sequence numbers', () => {
  it('compare as numbers, also beyond 2^53', () => {
    expect(compareSeq('9', '10')).toBeLessThan(0);
    expect(compareSeq('10', '10')).toBe(0);
    expect(compareSeq('9007199254740993', '9007199254740992')).toBeGreaterThan(0);
    expect(compareSeq('100', '99')).toBeGreaterThan(0);
  });
});

describe('the live feed', () => {
  it('subscribes once, from the seq the app started at', () => {
    const { socket, feed } = setup();
    feed.start('41');
    expect(socket.subscriptions.map((s) => s.since)).toEqual(['41']);
  });

  it('hands a burst over as one batch, in seq order', () => {
    const { socket, batches, feed } = setup();
    feed.start('0');
    const [live] = socket.subscriptions;
    live.next(event(1));
    live.next(event(2));
    vi.advanceTimersByTime(150);
    live.next(event(3));
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(60);
    expect(batches).toEqual([['1', '2', '3']]);
    live.next(event(4));
    vi.advanceTimersByTime(200);
    expect(batches).toEqual([['1', '2', '3'], ['4']]);
  });

  it('drops an event it already handed over, or one from before its start', () => {
    const { socket, batches, feed } = setup();
    feed.start('10');
    const [live] = socket.subscriptions;
    live.next(event(9));
    live.next(event(10));
    live.next(event(11));
    live.next(event(11));
    feed.flush();
    expect(batches).toEqual([['11']]);
    expect(feed.lastSeq).toBe('11');
  });

  it('after a reconnection subscribes again from the last seq, ending the old subscription, and misses nothing', () => {
    const { socket, batches, feed } = setup();
    feed.start('0');
    const first = socket.subscriptions[0];
    first.next(event(1));
    first.next(event(2));
    feed.flush();

    socket.reconnect();
    expect(socket.subscriptions.map((s) => s.since)).toEqual(['0', '2']);
    expect(socket.open()).toEqual([socket.subscriptions[1]]);
    // The server replays what happened while the socket was down, then goes on.
    const second = socket.subscriptions[1];
    second.next(event(3));
    second.next(event(4));
    // A late word from the ended subscription changes nothing.
    first.next(event(5));
    second.next(event(5));
    feed.flush();
    expect(batches).toEqual([
      ['1', '2'],
      ['3', '4', '5'],
    ]);
  });

  it('subscribes again after a pause when the server ends the subscription with an error', () => {
    const { socket, feed } = setup();
    feed.start('7');
    socket.subscriptions[0].next(event(8));
    socket.subscriptions[0].error(new Error('server restarting'));
    expect(socket.subscriptions).toHaveLength(1);
    vi.advanceTimersByTime(5_000);
    expect(socket.subscriptions.map((s) => s.since)).toEqual(['7', '8']);
  });

  it('waits longer after each error in a row (a session that lapsed), and starts over once events flow again', () => {
    const { socket, feed } = setup();
    feed.start('7');
    const failAndCount = (ms: number) => {
      socket.subscriptions.at(-1)!.error(new Error('unauthorized'));
      const before = socket.subscriptions.length;
      vi.advanceTimersByTime(ms - 1);
      const early = socket.subscriptions.length;
      vi.advanceTimersByTime(1);
      return [early - before, socket.subscriptions.length - before];
    };
    expect(failAndCount(5_000)).toEqual([0, 1]);
    expect(failAndCount(10_000)).toEqual([0, 1]);
    expect(failAndCount(20_000)).toEqual([0, 1]);
    socket.subscriptions.at(-1)!.next(event(8));
    expect(failAndCount(5_000)).toEqual([0, 1]);
  });

  it('stops listening and subscribing when stopped, and hands nothing over afterwards', () => {
    const { socket, batches, feed } = setup();
    feed.start('0');
    socket.subscriptions[0].next(event(1));
    feed.stop();
    vi.advanceTimersByTime(1_000);
    expect(batches).toEqual([]);
    expect(socket.open()).toEqual([]);
    expect(socket.listeners.size).toBe(0);
  });
});
