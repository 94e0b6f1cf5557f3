import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import type { AwardLevel, CommendationKind, CommendationStatus, RecipientCategory, SubjectKind, UnitKind } from '@thidua/shared';
import {
  AwardLevelEnum,
  CommendationKindEnum,
  CommendationStatusEnum,
  RecipientCategoryEnum,
  SubjectKindEnum,
  UnitKindEnum,
} from '../../core/graphql/enums.js';

export enum CommendationDimension {
  YEAR = 'YEAR',
  AWARD_TYPE = 'AWARD_TYPE',
  ISSUING_LEVEL = 'ISSUING_LEVEL',
  BLOC = 'BLOC',
  UNIT_KIND = 'UNIT_KIND',
  SUBJECT_KIND = 'SUBJECT_KIND',
  STATUS = 'STATUS',
  KIND = 'KIND',
  RECIPIENT_CATEGORY = 'RECIPIENT_CATEGORY',
}
registerEnumType(CommendationDimension, {
  name: 'CommendationDimension',
  description: 'Chiều thống kê khen thưởng (commendation dimension).',
  valuesConfig: {
    YEAR: { description: 'Năm thành tích (year); tăng dần.' },
    AWARD_TYPE: { description: 'Danh hiệu, hình thức khen thưởng (award type); cao quý nhất trước.' },
    ISSUING_LEVEL: { description: 'Cấp khen thưởng của danh hiệu (issuing level); từ Nhà nước xuống cơ sở.' },
    BLOC: { description: 'Khối, cụm thi đua ghi trên khen thưởng (bloc); theo tên, không có khối ở cuối.' },
    UNIT_KIND: { description: 'Loại hình đơn vị (unit kind), như bộ lọc unitKind: cá nhân theo đơn vị đang công tác; hộ gia đình là null.' },
    SUBJECT_KIND: { description: 'Loại đối tượng: tập thể, cá nhân, hộ gia đình (subject kind).' },
    STATUS: { description: 'Trạng thái (status).' },
    KIND: { description: 'Loại hình khen thưởng (kind).' },
    RECIPIENT_CATEGORY: { description: 'Đối tượng cá nhân theo biểu thống kê (recipient category); null: chưa phân loại hoặc không phải cá nhân.' },
  },
});

/** Raw key values of a group; awardTypeId and blocId become objects through loaders. */
export interface GroupKeyData {
  year?: number | null;
  awardTypeId?: string | null;
  level?: AwardLevel | null;
  blocId?: string | null;
  unitKind?: UnitKind | null;
  subjectKind?: SubjectKind | null;
  status?: CommendationStatus | null;
  kind?: CommendationKind | null;
  recipientCategory?: RecipientCategory | null;
}

@ObjectType({
  description:
    'Khóa của một nhóm thống kê (group key): chỉ các chiều được yêu cầu mới có giá trị; ở một chiều được yêu cầu, null nghĩa là khen thưởng không ghi nhận giá trị đó (ví dụ không thuộc khối nào).',
})
export class CommendationGroupKey implements GroupKeyData {
  @Field(() => Int, { nullable: true, description: 'Năm thành tích (year).' })
  year?: number | null;

  awardTypeId?: string | null;

  @Field(() => AwardLevelEnum, { nullable: true, description: 'Cấp khen thưởng (issuing level).' })
  level?: AwardLevel | null;

  blocId?: string | null;

  @Field(() => UnitKindEnum, { nullable: true, description: 'Loại hình đơn vị (unit kind).' })
  unitKind?: UnitKind | null;

  @Field(() => SubjectKindEnum, { nullable: true, description: 'Loại đối tượng (subject kind).' })
  subjectKind?: SubjectKind | null;

  @Field(() => CommendationStatusEnum, { nullable: true, description: 'Trạng thái (status).' })
  status?: CommendationStatus | null;

  @Field(() => CommendationKindEnum, { nullable: true, description: 'Loại hình khen thưởng (kind).' })
  kind?: CommendationKind | null;

  @Field(() => RecipientCategoryEnum, { nullable: true, description: 'Đối tượng cá nhân theo biểu thống kê (recipient category).' })
  recipientCategory?: RecipientCategory | null;
}

@ObjectType({ description: 'Một nhóm thống kê khen thưởng (commendation group): khóa và số lượng.' })
export class CommendationGroup {
  @Field(() => CommendationGroupKey, { description: 'Khóa của nhóm (key).' })
  key!: CommendationGroupKey;

  @Field(() => Int, { description: 'Số khen thưởng trong nhóm (count).' })
  count!: number;
}
