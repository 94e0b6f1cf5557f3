import type { DataSource } from 'typeorm';
import { Event } from './event.entity.js';

let seq = 0;

/** An event saved directly in the database, for tests to arrange their own data. */
export function buildEvent(db: DataSource, overrides: Partial<Event> = {}): Promise<Event> {
  seq += 1;
  return db.manager.save(db.manager.create(Event, { kind: 'COVENANT_SIGNING', title: `Hội nghị thử ${seq}`, heldOn: '2023-03-01', ...overrides }));
}
