import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { Unit } from '../unit/entities.js';
import { CovenantSignature } from './covenant-signature.entity.js';
import { SignCovenantInput, UnsignCovenantInput } from './covenant-signature.inputs.js';
import { Covenant } from './covenant.entity.js';
import { CovenantPayload } from './covenant.resolver.js';

const SignaturePayload = Payload<CovenantSignature>('SignCovenant', 'signature', () => CovenantSignature, 'Kết quả ký giao ước (sign covenant payload).');

@Resolver(() => CovenantSignature)
export class CovenantSignatureResolver {
  @PayloadMutation(
    () => SignaturePayload,
    'Ghi nhận đơn vị ký giao ước (sign covenant): NOT_A_MEMBER nếu không là thành viên khối trong năm đó, ALREADY_SIGNED nếu đã ký.',
  )
  signCovenant(@Arg('input', { description: 'Giao ước, đơn vị, người ký.' }) input: SignCovenantInput, @Ctx() ctx: Context) {
    return ctx.services.covenantSignatures.sign(ctx.actor, input);
  }

  @PayloadMutation(() => CovenantPayload, 'Hủy chữ ký của một đơn vị (unsign covenant); NOT_SIGNED nếu đơn vị chưa ký.')
  unsignCovenant(@Arg('input', { description: 'Giao ước và đơn vị.' }) input: UnsignCovenantInput, @Ctx() ctx: Context) {
    return ctx.services.covenantSignatures.unsign(ctx.actor, input);
  }

  @FieldResolver(() => Covenant, { description: 'Giao ước được ký (covenant).' })
  covenant(@Root() signature: CovenantSignature, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Covenant).load(signature.covenantId);
  }

  @FieldResolver(() => Unit, { description: 'Đơn vị ký (unit).' })
  unit(@Root() signature: CovenantSignature, @Ctx() ctx: Context) {
    return ctx.loaders.byId(Unit).load(signature.unitId);
  }
}
