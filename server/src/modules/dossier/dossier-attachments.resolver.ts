import { Ctx, Field, FieldResolver, Int, ObjectType, Resolver, Root } from 'type-graphql';
import { DossierAttachmentKind } from '@thidua/shared';
import type { Context } from '../../core/context.js';
import { AwardType } from '../award-type/entities.js';
import { checklistFacts, type ChecklistEntry } from './dossier-attachments.checklist.js';
import { DossierAttachmentKindEnum } from './dossier.enums.js';
import { Dossier } from './dossier.entity.js';

@ObjectType({ description: 'Một loại tài liệu đính kèm hồ sơ phải có (dossier checklist item), theo các hình thức khen thưởng của danh sách đề nghị.' })
export class DossierChecklistItem {
  @Field(() => DossierAttachmentKindEnum, { description: 'Loại tài liệu (kind).' })
  kind!: DossierAttachmentKind;

  @Field({ description: 'Tên loại tài liệu (label), tiếng Việt.' })
  label!: string;

  @Field(() => [AwardType], {
    description: 'Các hình thức khen thưởng (của các dòng được đưa vào đề nghị) cần loại tài liệu này; trống với tờ trình khi chưa có dòng.',
  })
  requiredBy!: AwardType[];

  @Field(() => Int, { description: 'Số tệp loại này đã đính kèm (present).' })
  present!: number;

  @Field({ description: 'Còn thiếu (missing): chưa có tệp nào loại này. Hồ sơ còn thiếu không gửi được (ATTACHMENTS_MISSING).' })
  missing!: boolean;
}

@Resolver(() => Dossier)
export class DossierChecklistResolver {
  @FieldResolver(() => [DossierChecklistItem], {
    description:
      'Danh mục tài liệu phải có (checklist) theo hình thức khen thưởng của các dòng được đưa vào đề nghị, mỗi loại với số tệp đã có và còn thiếu hay không. Tải tệp: POST /files với owner = mã hồ sơ, purpose = loại tài liệu.',
  })
  async checklist(@Root() dossier: Dossier, @Ctx() ctx: Context): Promise<DossierChecklistItem[]> {
    const entries = await ctx.loaders
      .get<string, ChecklistEntry[]>('Dossier.checklist', async (ids) => {
        const facts = await checklistFacts(ctx.loaders.db, ids);
        return ids.map((id) => facts.get(id) ?? []);
      })
      .load(dossier.id);
    const types = await ctx.loaders.byId(AwardType).loadMany([...new Set(entries.flatMap((e) => e.requiredBy.map((a) => a.id)))]);
    const byId = new Map(types.filter((t): t is AwardType => !!t && !(t instanceof Error)).map((t) => [t.id, t]));
    return entries.map((e) => ({
      kind: e.kind,
      label: DossierAttachmentKind.labels[e.kind].vi,
      requiredBy: e.requiredBy.flatMap((a) => byId.get(a.id) ?? []),
      present: e.present,
      missing: e.missing,
    }));
  }
}
