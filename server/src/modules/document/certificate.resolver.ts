import { Arg, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../../core/context.js';
import { Payload, PayloadMutation } from '../../core/graphql/payload.js';
import { AwardType } from '../award-type/entities.js';
import { CertificateLayoutInfo } from './certificate-info.types.js';
import { CertificateLayout } from './certificate-layout.entity.js';
import { SaveCertificateLayoutInput } from './document.inputs.js';

const CertificateLayoutPayload = Payload<CertificateLayout>(
  'CertificateLayout',
  'layout',
  () => CertificateLayout,
  'Kết quả lưu bố cục phôi (certificate layout payload).',
);

@Resolver(() => AwardType)
export class AwardTypeCertificateResolver {
  @FieldResolver(() => CertificateLayoutInfo, {
    description: 'Bố cục in trên phôi (certificate layout) của hình thức này. In: GET /documents/bang-khen/<mã khen thưởng hoặc quyết định>.pdf.',
  })
  certificateLayout(@Root() awardType: AwardType, @Ctx() ctx: Context) {
    return ctx.services.certificates.layoutOf(awardType);
  }

  @PayloadMutation(
    () => CertificateLayoutPayload,
    'Lưu bố cục phôi của một hình thức khen thưởng (save certificate layout): Ban; trường ngoài khổ giấy, cỡ chữ, màu sai: LAYOUT_INVALID; CONFLICT nếu expectedVersion đã cũ.',
  )
  saveCertificateLayout(
    @Arg('input', { description: 'Hình thức, khổ giấy, các trường, phiên bản đã thấy.' }) input: SaveCertificateLayoutInput,
    @Ctx() ctx: Context,
  ) {
    return ctx.services.certificates.save(ctx.actor, input);
  }
}

@Resolver(() => CertificateLayout)
export class CertificateLayoutResolver {
  @FieldResolver(() => AwardType, { description: 'Hình thức khen thưởng của bố cục (award type).' })
  awardType(@Root() layout: CertificateLayout, @Ctx() ctx: Context) {
    return ctx.loaders.byId(AwardType).load(layout.awardTypeId);
  }
}
