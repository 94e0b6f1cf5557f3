import { EventKind } from '@thidua/shared';
import type { EventFilter, EventKind as EventKindValue } from '../../gql/graphql';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The conference list's filter from its URL parameters (title text, kind, date range). */
export function eventsFilter(get: (key: string) => string | undefined): EventFilter {
  const title = get('q')?.trim();
  const kind = get('kind');
  const from = get('from');
  const to = get('to');
  const heldOn = { ...(from && DATE.test(from) ? { gte: from } : {}), ...(to && DATE.test(to) ? { lte: to } : {}) };
  return {
    ...(title ? { title: { contains: title } } : {}),
    ...(kind && (EventKind.values as string[]).includes(kind) ? { kind: { eq: kind as EventKindValue } } : {}),
    ...(Object.keys(heldOn).length ? { heldOn } : {}),
  };
}
