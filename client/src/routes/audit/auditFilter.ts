import dayjs, { type Dayjs } from 'dayjs';
import { ActorKind, ChangeAction } from '@thidua/shared';
import type { ActorKind as ActorKindValue, ChangeAction as ChangeActionValue, ChangeEventFilter } from '../../gql/graphql';

/**
 * The audit page's filters live in the URL, so a link reproduces the view:
 * who    — actorKind (USER, TOKEN, SYSTEM…), actorName (part of the name), actorId (one actor)
 * what   — type (record type), entityId (one record), action (CREATE, UPDATE, DELETE)
 * when   — from, to (YYYY-MM-DD, both days included)
 * request — request (one HTTP request id)
 */
export const AUDIT_PARAMS = ['actorKind', 'actorName', 'actorId', 'type', 'entityId', 'action', 'from', 'to', 'request'] as const;
export type AuditParam = (typeof AUDIT_PARAMS)[number];

const DAY = /^\d{4}-\d{2}-\d{2}$/;

/** A YYYY-MM-DD day from the URL, or undefined when absent or not a real date. */
export function dayParam(value: string | undefined): Dayjs | undefined {
  if (!value || !DAY.test(value)) return undefined;
  const day = dayjs(value);
  return day.isValid() && day.format('YYYY-MM-DD') === value ? day : undefined;
}

function oneOf<K extends string>(values: readonly K[], value: string | undefined): K | undefined {
  return values.includes(value as K) ? (value as K) : undefined;
}

/**
 * The API filter the URL describes. Values that cannot be right (an unknown action, a date that
 * is no date) are left out rather than sent, so a hand-edited link still opens the page.
 * Days are the viewer's local days: `to` includes the whole day (before the next midnight).
 */
export function auditFilter(get: (key: AuditParam) => string | undefined): ChangeEventFilter {
  const actorKind = oneOf<ActorKindValue>(ActorKind.values, get('actorKind'));
  const action = oneOf<ChangeActionValue>(ChangeAction.values, get('action'));
  const [from, to] = [dayParam(get('from')), dayParam(get('to'))];
  const text = (key: AuditParam) => get(key)?.trim() || undefined;
  const [actorName, actorId, type, entityId, request] = [text('actorName'), text('actorId'), text('type'), text('entityId'), text('request')];
  return {
    ...(actorKind ? { actorKind: { eq: actorKind } } : {}),
    ...(actorName ? { actorName: { contains: actorName } } : {}),
    ...(actorId ? { actorId: { eq: actorId } } : {}),
    ...(type ? { entityType: { eq: type } } : {}),
    ...(entityId ? { entityId: { eq: entityId } } : {}),
    ...(action ? { action: { eq: action } } : {}),
    ...(from || to
      ? { occurredAt: { ...(from ? { gte: from.startOf('day').toISOString() } : {}), ...(to ? { lt: to.add(1, 'day').startOf('day').toISOString() } : {}) } }
      : {}),
    ...(request ? { requestId: { eq: request } } : {}),
  };
}

/** The URL change for a date range picked (or cleared) in the range picker. */
export function dateRangePatch(range: readonly (Dayjs | null | undefined)[] | null | undefined): Record<'from' | 'to', string | null> {
  return { from: range?.[0]?.format('YYYY-MM-DD') ?? null, to: range?.[1]?.format('YYYY-MM-DD') ?? null };
}

/** The URL change that clears every filter (the page size stays). */
export function clearedAuditFilters(): Record<AuditParam, null> {
  return Object.fromEntries(AUDIT_PARAMS.map((key) => [key, null])) as Record<AuditParam, null>;
}

/** Whether any filter is set. */
export function hasAuditFilter(get: (key: AuditParam) => string | undefined): boolean {
  return AUDIT_PARAMS.some((key) => Boolean(get(key)));
}
