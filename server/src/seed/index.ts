import type { DataSource } from 'typeorm';
import { AppMeta } from '../core/db/app-meta.entity.js';
import { runDemoCycle } from './cycle/demo-cycle.js';
import { loadDemoData } from './demo.js';

const SEEDED = 'demo_data_loaded_at';

/**
 * Loads the demo data on the first start of a database only, so that records users later
 * delete do not come back. Loading itself is idempotent (natural keys), too.
 */
export async function seedOnFirstStart(db: DataSource): Promise<boolean> {
  const loaded = await db.transaction(async (em) => {
    await em.query('LOCK TABLE app_meta IN EXCLUSIVE MODE');
    if (await em.findOneBy(AppMeta, { key: SEEDED })) return false;
    await loadDemoData(em);
    await em.save(em.create(AppMeta, { key: SEEDED, value: new Date().toISOString() }));
    return true;
  });
  // The year-end cycle goes through the services (their own transactions), once the records it starts from are committed.
  if (loaded) await runDemoCycle(db);
  return loaded;
}
