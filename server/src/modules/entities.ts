import { AppMeta } from '../core/db/app-meta.entity.js';
import { features } from './features.js';

/** The entities of the record types (each feature's `records`): the Node types `node(id:)` serves, by name. */
export const nodeEntities = features.flatMap((feature) => feature.records.map((record) => record.entity));

/** Every entity of the data source; the order does not matter. Change events are Nodes too, but `node(id)` does not serve them: `changeEvents` (read:audit) and each record's `history` do. */
export const entities = [...nodeEntities, ...features.flatMap((feature) => feature.tables ?? []), AppMeta];
