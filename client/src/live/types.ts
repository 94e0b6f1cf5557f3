import type { FieldChangeLike } from '../lib/changes';

/** One committed change as the live feed delivers it (a `ChangeEvent` of the `changes` subscription). */
export interface LiveEvent {
  seq: string;
  entityType: string;
  entityId: string;
  action: 'CREATE' | 'UPDATE' | 'DELETE';
  entityVersion?: number | null;
  requestId?: string | null;
  actorId?: string | null;
  actorName: string;
  changes: readonly FieldChangeLike[];
}
