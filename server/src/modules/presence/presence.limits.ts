import { LIMITS } from '@thidua/shared';

/** Bounds of what one heartbeat or query may carry. */
export const PRESENCE_LIMITS = {
  idsMax: LIMITS.idsMax,
  clientIdMax: 64,
  fieldMax: 100,
} as const;

/** How long presence lasts without a heartbeat, and how often each instance sweeps what expired. */
export interface PresenceTiming {
  ttlMs: number;
  sweepMs: number;
}

/** Clients beat every 10 s; a vanished one is gone after at most 20 s + one 5 s sweep. */
export const DEFAULT_TIMING: PresenceTiming = { ttlMs: 20_000, sweepMs: 5_000 };

/** The NOTIFY channel: payload = comma-separated record uuids whose presence changed. */
export const PRESENCE_CHANNEL = 'thidua_presence';
