import { Field, Float, Int, ObjectType } from 'type-graphql';
import type { RankingExclusionCode, RankingGroup, ScoreFinalStage } from '@thidua/shared';
import { RankingExclusionCodeEnum, RankingGroupEnum, ScoreFinalStageEnum } from '../../core/graphql/enums.js';
import type { CovenantCriterion } from '../covenant/entities.js';
import type { Unit } from '../unit/entities.js';

@ObjectType({ description: 'Lý do đơn vị không được xét dẫn đầu (ranking exclusion), có giải thích tiếng Việt.' })
export class RankingExclusion {
  @Field(() => RankingExclusionCodeEnum, { description: 'Mã lý do (code).' }) code!: RankingExclusionCode;
  @Field({ description: 'Giải thích (message), tiếng Việt.' }) message!: string;
}

@ObjectType({ description: 'Điểm một tiêu chí của một đơn vị trong bảng chấm (criterion score); tiêu chí cha là tổng các tiêu chí con.' })
export class CriterionScore {
  criterionId!: string;
  /** The criterion itself, when the ranking's loader attached it (one batch for the whole sheet). */
  criterion?: CovenantCriterion;
  targetId!: string | null;
  assessmentId!: string | null;
  @Field({ description: 'Tiêu chí không có tiêu chí con (leaf): được chấm trực tiếp.' }) leaf!: boolean;
  @Field({ description: 'Không được giao (not assigned): với tiêu chí cha, mọi tiêu chí con đều không được giao.' }) notAssigned!: boolean;
  @Field(() => Float, { description: 'Điểm tối đa (max score); tiêu chí cha: tổng các tiêu chí con.' }) maxScore!: number;
  @Field(() => Float, { description: 'Điểm tối đa được giao (assigned max): trừ các tiêu chí không được giao.' }) assignedMaxScore!: number;
  @Field(() => Float, { nullable: true, description: 'Chỉ tiêu T (target) của tiêu chí định lượng; trống là không có chỉ tiêu.' }) target!: number | null;
  @Field(() => Float, { nullable: true, description: 'Tỷ lệ thực hiện r = A/T (ratio) khi có chỉ tiêu.' }) ratio!: number | null;
  @Field({ description: 'Chấm theo nhóm không chỉ tiêu (no target group): A ÷ A lớn nhất của nhóm × điểm tối đa.' }) noTargetGroup!: boolean;
  @Field(() => Float, { nullable: true, description: 'Điểm tự chấm tính theo công thức (self score); trống khi không được giao.' }) selfScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm thẩm định (review score); trống khi chưa thẩm định.' }) reviewScore!: number | null;
  @Field(() => Float, { nullable: true, description: 'Điểm cuối cùng theo cách chấm của giao ước (final score).' }) finalScore!: number | null;
  @Field({ description: 'Đã thẩm định hết (reviewed): mọi tiêu chí được giao đều có điểm thẩm định.' }) reviewed!: boolean;
}

@ObjectType({
  description: 'Một dòng xếp hạng (ranking row): tổng điểm, tỷ lệ trên điểm tối đa được giao, hạng, lý do không xét dẫn đầu, bảng điểm từng tiêu chí.',
})
export class CovenantRankingRow {
  unitId!: string;
  /** The unit itself, when the ranking's loader attached it. */
  unit?: Unit;
  @Field(() => RankingGroupEnum, { description: 'Nhóm xếp hạng (group): được giao chỉ tiêu hay không; hai nhóm không so sánh với nhau.' }) group!: RankingGroup;
  @Field(() => Int, { description: 'Hạng trong nhóm (rank), xếp hạng cạnh tranh chuẩn: bằng điểm thì cùng hạng, hạng sau bỏ số (1, 1, 3).' }) rank!: number;
  @Field({ description: 'Cùng hạng với đơn vị khác (tied).' }) tied!: boolean;
  @Field(() => Float, { description: 'Tổng điểm cuối cùng (total score).' }) totalScore!: number;
  @Field(() => Float, { description: 'Tổng điểm tự chấm (self total).' }) selfTotal!: number;
  @Field(() => Float, { nullable: true, description: 'Tổng điểm thẩm định (review total); trống khi chưa thẩm định tiêu chí nào.' }) reviewTotal!:
    number | null;
  @Field(() => Float, { description: 'Tổng điểm tối đa được giao (assigned max score).' }) assignedMaxScore!: number;
  @Field(() => Float, { nullable: true, description: 'Tỷ lệ tổng điểm ÷ điểm tối đa được giao (ratio, 0–1); trống khi không có tiêu chí được giao.' }) ratio!:
    number | null;
  @Field({ description: 'Được xét dẫn đầu (can lead): không có lý do loại trừ.' }) canLead!: boolean;
  @Field({ description: 'Dẫn đầu (is leader): hạng cao nhất trong số đơn vị được xét dẫn đầu; bằng điểm thì nhiều đơn vị cùng dẫn đầu.' }) isLeader!: boolean;
  @Field(() => [RankingExclusion], { description: 'Lý do không được xét dẫn đầu (exclusions).' }) exclusions!: RankingExclusion[];
  @Field(() => [CriterionScore], { description: 'Bảng điểm (scores): mọi tiêu chí theo thứ tự đề mục, tiêu chí cha là tổng.' }) scores!: CriterionScore[];
}

@ObjectType({ description: 'Kết quả chấm điểm và xếp hạng giao ước (covenant ranking), do cơ sở dữ liệu tính trong một câu lệnh.' })
export class CovenantRanking {
  covenantId!: string;
  @Field(() => ScoreFinalStageEnum, { description: 'Điểm cuối cùng là điểm nào (final stage).' }) finalStage!: ScoreFinalStage;
  @Field(() => Float, { description: 'Phần điểm tối đa khi đạt đúng chỉ tiêu (target share).' }) targetShare!: number;
  @Field(() => Float, { description: 'Sai số với tỷ lệ vượt cao nhất (leader tolerance).' }) leaderTolerance!: number;
  @Field({ description: 'Không dẫn đầu hai năm liên tiếp (not twice in a row).' }) leaderNotTwiceInARow!: boolean;
  @Field(() => [CovenantRankingRow], { description: 'Các đơn vị thành viên theo thứ tự xếp hạng: nhóm được giao chỉ tiêu trước, rồi theo hạng, rồi theo tên.' })
  rows!: CovenantRankingRow[];
}
