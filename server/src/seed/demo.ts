import type { EntityManager } from 'typeorm';
import { recordAwardDossiers } from './demo/award-dossiers.js';
import { nationalMovements } from './demo/movements.js';
import { seed } from './demo/records.js';
import { seed000 } from './demo/s000-hai-phong-lhh.js';
import { seed001 } from './demo/s001-hai-phong-dn2.js';
import { seed002 } from './demo/s002-hai-phong-lmhtx.js';
import { seed003 } from './demo/s003-hoi-dac-thu.js';
import { seed004 } from './demo/s004-da-nang-xh.js';
import { seedTdktRegistry } from './demo/tdkt-registry.js';
import { demoUsers } from './demo/users.js';

/**
 * The demo data: everything the five source articles (../shared/seeds) report, in Vietnamese as
 * written there. Where an article gives only a count, records keep the count and say so.
 * Idempotent: every record is found by a natural key before it is created.
 */
export async function loadDemoData(em: EntityManager): Promise<void> {
  const s = seed(em);
  const { alliance, board } = await seed000(em, s);
  await seed001(em, s, board);
  await seed002(em, s, alliance);
  const movements = await nationalMovements(em);
  await seed003(em, s, movements);
  await seed004(em, s, movements);
  await seedTdktRegistry(em, board);
  await demoUsers(em);
  // The 2022 awards of the articles, each decision with the dossier it came from.
  await recordAwardDossiers(em, 2022);
}
