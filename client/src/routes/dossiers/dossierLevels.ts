import type { DossierLevel, DossierStatus } from '../../gql/graphql';

/** Tag colour per dossier status. */
export const DOSSIER_STATUS_COLORS: Record<DossierStatus, string> = {
  DRAFT: 'default',
  SUBMITTED: 'gold',
  RECEIVED: 'blue',
  RETURNED: 'red',
  FORWARDED: 'cyan',
  MERGED: 'purple',
  AWAITING_DECISION: 'orange',
  RETURNED_FOR_REVIEW: 'volcano',
  AWARDED: 'green',
};

/**
 * The levels a dossier passes, from the level that made it: unit → its bloc or superior agency (if
 * it goes to one) → Board → Council → deciding authority.
 */
export function dossierRoute(d: { originLevel: DossierLevel; receiverLevel: DossierLevel }): DossierLevel[] {
  const middle = [d.originLevel, d.receiverLevel].find((l) => l === 'BLOC' || l === 'SUPERIOR_AGENCY');
  const all: DossierLevel[] = ['UNIT', ...(middle ? [middle] : []), 'BOARD', 'COUNCIL', 'AUTHORITY'];
  const start = all.indexOf(d.originLevel);
  return all.slice(Math.max(start, 0));
}

/** Whether a due date (YYYY-MM-DD) is past, against today's date. */
export const isOverdue = (dueOn: string | null | undefined, today = new Date().toISOString().slice(0, 10)): boolean => !!dueOn && dueOn < today;

/** A status/level change of one event in the dossier's history, when it has one. */
export interface Move {
  statusBefore?: string | null;
  statusAfter?: string | null;
  levelBefore?: string | null;
  levelAfter?: string | null;
}

export function moveOf(changes: readonly { field: string; before?: unknown; after?: unknown }[]): Move | null {
  const status = changes.find((c) => c.field === 'status');
  const level = changes.find((c) => c.field === 'currentLevel');
  if (!status && !level) return null;
  return {
    statusBefore: status?.before as string | null,
    statusAfter: status?.after as string | null,
    levelBefore: level?.before as string | null,
    levelAfter: level?.after as string | null,
  };
}
