import { LIMITS } from '@thidua/shared';
import type { Actor } from '../actor.js';
import { requireRead } from '../auth/policy.js';
import type { Node } from '../db/base.entity.js';
import { BadInputError } from '../errors.js';
import { recordType } from '../records.js';
import { fromGlobalId } from './global-id.js';
import type { Loaders } from './loaders.js';

/**
 * `node(id)` and `nodes(ids)`: any record by global ID. The request's loaders belong to the actor
 * and leave out what it may not see, so such a record is null, like one that does not exist.
 */
export class NodeService {
  get(actor: Actor, loaders: Loaders, globalId: string): Promise<Node | null> {
    requireRead(actor);
    return load(loaders, globalId);
  }

  getMany(actor: Actor, loaders: Loaders, globalIds: string[]): Promise<(Node | null)[]> {
    requireRead(actor);
    if (globalIds.length > LIMITS.idsMax) throw new BadInputError(`Tối đa ${LIMITS.idsMax} mã một lần.`);
    return Promise.all(globalIds.map((id) => load(loaders, id)));
  }
}

function load(loaders: Loaders, globalId: string): Promise<Node | null> {
  const decoded = fromGlobalId(globalId);
  const entity = decoded && recordType(decoded.type)?.entity;
  if (!decoded || !entity) return Promise.resolve(null);
  return loaders.byId<Node>(entity as never).load(decoded.id);
}
