import type { DataSource } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { requirePermission } from '../../core/auth/policy.js';
import { vietnamToday } from '../../core/dates.js';
import { ConflictError, loadForUpdate } from '../../core/db/versions.js';
import { ConflictKind } from '../../core/graphql/conflict.type.js';
import type { Node } from '../../core/db/base.entity.js';
import { write } from '../../core/db/write.js';
import { Problems } from '../../core/errors.js';
import { Decision } from './decision.entity.js';
import type { PublishDecisionInput, UnpublishDecisionInput } from './decision.inputs.js';

/** Who published a decision and when, or neither: what publishing and withdrawing set. */
type Publication = Pick<Decision, 'publishedOn' | 'publishedBy'>;

/**
 * Publishing is the Board's explicit act: only a published decision, and the commendations it
 * grants, reach the public lookup (modules/public-lookup). Both acts are versioned edits of the
 * decision's `publishedOn`/`publishedBy`, so someone who published or withdrew it meanwhile is a
 * conflict, and both are in its history and the event log.
 */
export class DecisionPublicationService {
  constructor(private readonly db: DataSource) {}

  publish(actor: Actor, input: PublishDecisionInput): Promise<Decision> {
    const today = vietnamToday();
    const publishedOn = input.publishedOn ?? today;
    return this.set(actor, input, { publishedOn, publishedBy: actor.name }, (decision, problems) => {
      if (decision.publishedOn) problems.add('id', 'INVALID_STATE', `Quyết định đã được công bố ngày ${decision.publishedOn}.`);
      if (publishedOn > today) problems.add('publishedOn', 'OUT_OF_RANGE', 'Ngày công bố không được sau hôm nay.');
      if (decision.issuedOn && publishedOn < decision.issuedOn)
        problems.add('publishedOn', 'OUT_OF_RANGE', 'Ngày công bố không được trước ngày ký quyết định.');
    });
  }

  unpublish(actor: Actor, input: UnpublishDecisionInput): Promise<Decision> {
    return this.set(actor, input, { publishedOn: null, publishedBy: null }, (decision, problems) => {
      if (!decision.publishedOn) problems.add('id', 'INVALID_STATE', 'Quyết định chưa được công bố.');
    });
  }

  /** Both acts: a versioned edit of the publication, refused with what `check` finds on the locked decision. */
  private set(
    actor: Actor,
    input: PublishDecisionInput | UnpublishDecisionInput,
    publication: Publication,
    check: (decision: Decision, problems: Problems) => void,
  ): Promise<Decision> {
    requirePermission(actor, 'write:domain');
    return write(this.db, async (em) => {
      const problems = new Problems();
      const change = { id: input.id, expectedVersion: input.expectedVersion, ...publication };
      const decision = await loadForUpdate(em, Decision, change, problems);
      theirsStands(decision, change, publication.publishedOn);
      check(decision, problems);
      problems.throwIfAny();
      Object.assign(decision, publication);
      return em.save(decision);
    });
  }
}

/**
 * At a stale version, the caller asked for the publication state it already saw (publishing what it
 * saw published, withdrawing what it saw withdrawn) while someone else changed it since:
 * `loadForUpdate` lets their change stand and drops the field. Publication is one act, not a field
 * to merge, so that is a conflict too: the caller decides again on what is there now.
 */
function theirsStands(decision: Decision, change: { publishedOn?: string | null }, yours: string | null): void {
  if ('publishedOn' in change) return;
  throw new ConflictError({
    kind: ConflictKind.EDITED,
    current: decision as unknown as Node,
    currentVersion: decision.version,
    fields: [{ field: 'publishedOn', base: yours, theirs: decision.publishedOn, yours }],
    changedBy: [],
  });
}
