import { DataSource } from 'typeorm';
import { entities } from '../../modules/entities.js';
import { migrations } from '../../migrations/index.js';
import { ChangeCaptureSubscriber } from '../changes/subscriber.js';
import { CountingLogger } from './query-stats.js';
import { SnakeNamingStrategy } from './naming.js';

export interface DataSourceOptions {
  url: string;
  /** Log SQL errors to the console. */
  logErrors?: boolean;
  poolSize?: number;
  /** Override the migration list (schema tooling only). */
  migrations?: Function[];
}

export function createDataSource({ url, logErrors = false, poolSize = 10, migrations: only }: DataSourceOptions): DataSource {
  return new DataSource({
    type: 'postgres',
    url,
    entities,
    // Records every change of a logged entity in the event log (change_event), in its transaction.
    subscribers: [ChangeCaptureSubscriber],
    migrations: only ?? migrations,
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'all',
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    logging: ['query', 'error'],
    logger: new CountingLogger(logErrors),
    extra: { max: poolSize },
  });
}
