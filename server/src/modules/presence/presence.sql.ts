import { PRESENCE_CHANNEL } from './presence.limits.js';

/**
 * The statements behind presence. Each write announces the records whose presence it changed
 * with pg_notify in the same statement, so every instance hears exactly what committed; ids go
 * in chunks that stay well under NOTIFY's 8000-byte payload limit. Rows past `expires_at` count
 * as gone for readers even before a sweep deletes them.
 *
 * `changed(record_id)` is the CTE the notifying tail reads.
 */
const NOTIFY_CHANGED = `
  numbered AS (SELECT record_id, (row_number() OVER (ORDER BY record_id) - 1) / 150 AS chunk FROM (SELECT DISTINCT record_id FROM changed) c)
  SELECT pg_notify('${PRESENCE_CHANNEL}', string_agg(record_id::text, ',')) AS sent FROM numbered GROUP BY chunk`;

/**
 * One client's whole state: $1 actor id, $2 client id, $3 actor kind, $4 record ids, $5 the field
 * edited on each (null: viewing), $6 time to live in ms. Records no longer listed are left.
 * Only a real change notifies: a record joined or left, or a different field; a beat that merely
 * extends the expiry is silent.
 */
export const HEARTBEAT = `
  WITH desired AS (
    SELECT d.record_id, d.field FROM unnest($4::uuid[], $5::text[]) AS d(record_id, field)
  ),
  prior AS (
    SELECT record_id, field FROM presence WHERE actor_id = $1::uuid AND client_id = $2::text AND expires_at > now()
  ),
  gone AS (
    DELETE FROM presence WHERE actor_id = $1::uuid AND client_id = $2::text AND record_id <> ALL($4::uuid[]) RETURNING record_id
  ),
  kept AS (
    INSERT INTO presence (actor_id, client_id, record_id, actor_kind, field, since, expires_at)
    SELECT $1::uuid, $2::text, d.record_id, $3::text, d.field, now(), now() + $6::int * interval '1 millisecond' FROM desired d
    ON CONFLICT (actor_id, client_id, record_id) DO UPDATE SET
      field = EXCLUDED.field,
      since = CASE WHEN presence.field IS NOT DISTINCT FROM EXCLUDED.field AND presence.expires_at > now() THEN presence.since ELSE now() END,
      expires_at = EXCLUDED.expires_at
    RETURNING record_id
  ),
  changed AS (
    SELECT record_id FROM gone
    UNION SELECT d.record_id FROM desired d LEFT JOIN prior p USING (record_id) WHERE p.record_id IS NULL OR p.field IS DISTINCT FROM d.field
  ),${NOTIFY_CHANGED}`;

/** A clean exit of one client: $1 actor id, $2 client id. */
export const LEAVE = `
  WITH changed AS (DELETE FROM presence WHERE actor_id = $1::uuid AND client_id = $2::text RETURNING record_id),${NOTIFY_CHANGED}`;

/** Every expired row, whoever wrote it. */
export const SWEEP = `
  WITH changed AS (DELETE FROM presence WHERE expires_at <= now() RETURNING record_id),${NOTIFY_CHANGED}`;

/** Who is on records $1 (uuids) now, earliest first; names are read live from the account or token. */
export const READ = `
  SELECT p.record_id, p.client_id, p.actor_kind, p.field, p.since,
         COALESCE(u.display_name, t.name) AS display_name, COALESCE(u.username, t.name) AS username
  FROM presence p
  LEFT JOIN app_user u ON p.actor_kind = 'USER' AND u.id = p.actor_id
  LEFT JOIN api_token t ON p.actor_kind = 'TOKEN' AND t.id = p.actor_id
  WHERE p.record_id = ANY($1::uuid[]) AND p.expires_at > now() AND (u.id IS NOT NULL OR t.id IS NOT NULL)
  ORDER BY p.since, p.client_id`;

export interface PresenceRow {
  record_id: string;
  client_id: string;
  actor_kind: 'USER' | 'TOKEN';
  field: string | null;
  since: Date;
  display_name: string;
  username: string;
}
