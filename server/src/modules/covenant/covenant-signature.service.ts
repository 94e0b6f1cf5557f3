import type { DataSource, EntityManager } from 'typeorm';
import type { Actor } from '../../core/actor.js';
import { canWriteBloc, canWriteUnit, ForbiddenError, requireWrite } from '../../core/auth/policy.js';
import { Problems } from '../../core/errors.js';
import { resolveRef } from '../../core/db/refs.js';
import { write } from '../../core/db/write.js';
import { removeRecords } from '../../core/changes/remove.js';
import { Unit } from '../unit/entities.js';
import { CovenantSignature } from './covenant-signature.entity.js';
import type { Covenant } from './covenant.entity.js';
import type { SignCovenantInput, UnsignCovenantInput } from './covenant-signature.inputs.js';
import { lockCovenant, MEMBER_IN_COVENANT_YEAR } from './covenant.refs.js';
import { SIGNATURES_OPEN } from './covenant.workflow.js';

/**
 * Signing a covenant: only units that are members of the bloc in the covenant's year sign, each
 * once. The covenant's status is never changed here; it moves only through transitionCovenant (covenant.workflow.ts).
 * Once it is SIGNED, a signature cannot be removed (the Board reopens signing first).
 */
export class CovenantSignatureService {
  constructor(private readonly db: DataSource) {}

  sign(actor: Actor, input: SignCovenantInput): Promise<CovenantSignature> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const covenant = await lockCovenant(em, input.covenantId, 'covenantId', problems);
      const unit = await resolveRef(em, Unit, input.unitId, 'unitId', problems);
      if (covenant && unit) {
        requireSignatureWrite(actor, covenant, unit.id);
        if (!(await isMember(em, covenant, unit.id))) problems.add('unitId', 'NOT_A_MEMBER');
        else if (await em.existsBy(CovenantSignature, { covenantId: covenant.id, unitId: unit.id })) problems.add('unitId', 'ALREADY_SIGNED');
      }
      problems.throwIfAny();
      return em.save(
        em.create(CovenantSignature, {
          covenantId: covenant!.id,
          unitId: unit!.id,
          signerName: input.signerName?.trim() || null,
          signerTitle: input.signerTitle?.trim() || null,
          signedOn: input.signedOn,
        }),
      );
    });
  }

  /** Removes a unit's signature; answers with the covenant so clients can refresh its counts. */
  unsign(actor: Actor, input: UnsignCovenantInput): Promise<Covenant> {
    requireWrite(actor);
    return write(this.db, async (em) => {
      const problems = new Problems();
      const covenant = await lockCovenant(em, input.covenantId, 'covenantId', problems);
      const unit = await resolveRef(em, Unit, input.unitId, 'unitId', problems);
      if (covenant && unit) {
        requireSignatureWrite(actor, covenant, unit.id);
        if (!SIGNATURES_OPEN.includes(covenant.status)) {
          problems.add('covenantId', 'INVALID_STATE', 'Giao ước đã ký kết: không hủy chữ ký được; Ban Thi đua – Khen thưởng cần mở lại ký kết trước.');
          problems.throwIfAny();
        }
        const affected = await removeRecords(em, CovenantSignature, { covenantId: covenant.id, unitId: unit.id });
        if (!affected) problems.add('unitId', 'NOT_SIGNED');
      }
      problems.throwIfAny();
      return covenant!;
    });
  }
}

/** The Board, the covenant's bloc officer (for any member), or the signing unit's own officer. */
function requireSignatureWrite(actor: Actor, covenant: Covenant, unitId: string): void {
  if (!canWriteBloc(actor, covenant.blocId) && !canWriteUnit(actor, unitId)) throw new ForbiddenError();
}

async function isMember(em: EntityManager, covenant: Covenant, unitId: string): Promise<boolean> {
  const rows: unknown[] = await em.query(
    `SELECT 1 FROM covenant c JOIN bloc_membership m ON ${MEMBER_IN_COVENANT_YEAR} WHERE c.id = $1 AND m.unit_id = $2 LIMIT 1`,
    [covenant.id, unitId],
  );
  return rows.length > 0;
}
