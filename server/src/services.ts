import type { DataSource } from 'typeorm';
import { UnitService } from './modules/unit/unit.service.js';

/** Composition root of the domain services, built once per server. */
export function buildServices(db: DataSource) {
  return {
    units: new UnitService(db),
  };
}

export type Services = ReturnType<typeof buildServices>;
