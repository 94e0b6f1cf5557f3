import { describe, expect, it, vi } from 'vitest';
import { PresenceTab, type PresenceTransport } from './tab';

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

function fakeTransport() {
  const beats: Parameters<PresenceTransport['beat']>[0][] = [];
  const transport = {
    beats,
    beat: vi.fn(async (input: Parameters<PresenceTransport['beat']>[0]) => {
      beats.push(input);
      return 10;
    }),
    leave: vi.fn(async () => undefined),
    leaveOnExit: vi.fn(),
  };
  return transport;
}

describe('presence of a tab', () => {
  it('sends the sum of its parts once per change: records viewed by any part, the field focused last', async () => {
    const transport = fakeTransport();
    const tab = new PresenceTab('tab-1', transport);
    tab.set('page', { viewing: ['U1'], editing: null });
    tab.set('form', { viewing: ['U1'], editing: null });
    await tick();
    expect(transport.beats).toEqual([{ clientId: 'tab-1', viewing: ['U1'], editing: null }]);

    tab.set('list', { viewing: ['U2', 'U3'], editing: null });
    tab.set('form', { viewing: ['U1'], editing: { recordId: 'U1', field: 'name' } });
    await tick();
    expect(transport.beats[1]).toEqual({ clientId: 'tab-1', viewing: ['U1', 'U2', 'U3'], editing: { recordId: 'U1', field: 'name' } });

    // The same state again is not sent again (the interval keeps it alive).
    tab.set('form', { viewing: ['U1'], editing: { recordId: 'U1', field: 'name' } });
    await tick();
    expect(transport.beat).toHaveBeenCalledTimes(2);

    for (const part of ['page', 'form', 'list']) tab.remove(part);
    await tick();
    expect(transport.leave).toHaveBeenCalledWith('tab-1');
  });

  it('leaves with a request that outlives the page when the page goes away', async () => {
    const transport = fakeTransport();
    const tab = new PresenceTab('tab-2', transport);
    tab.exit();
    expect(transport.leaveOnExit).not.toHaveBeenCalled();
    tab.set('page', { viewing: ['U1'], editing: null });
    await tick();
    tab.exit();
    expect(transport.leaveOnExit).toHaveBeenCalledWith('tab-2');
    // Back from the page cache: present again at once.
    tab.refresh();
    expect(transport.beat).toHaveBeenCalledTimes(2);
    tab.remove('page');
    await tick();
  });
});
