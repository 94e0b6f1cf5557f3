import { Field, Float, ObjectType } from 'type-graphql';
import { LocalDateResolver } from 'graphql-scalars';
import { Column, Entity, ManyToOne, Unique } from 'typeorm';
import type { ScoreFinalStage } from '@thidua/shared';
import { BaseRecord, Node } from '../../core/db/base.entity.js';
import { ScoreFinalStageEnum } from '../../core/graphql/enums.js';
import { Covenant } from '../covenant/entities.js';
import { numeric } from '../../core/db/numeric.js';

/**
 * How a covenant is scored. A covenant without this record is scored with the defaults (the NSC
 * formulas of WORKFLOW.md §1, review final, leading twice in a row allowed).
 */
@ObjectType({
  implements: [Node, BaseRecord],
  description:
    'Cách chấm điểm của giao ước (covenant scoring settings): tỷ lệ điểm khi đạt đúng chỉ tiêu, sai số so với đơn vị vượt cao nhất, điểm nào là điểm cuối cùng, có cấm dẫn đầu hai năm liên tiếp không; hạn tự chấm và hạn thẩm định.',
})
@Entity()
@Unique('uq_covenant_scoring_settings__covenant_id', ['covenantId'])
export class CovenantScoringSettings extends BaseRecord {
  @ManyToOne(() => Covenant, { onDelete: 'CASCADE' })
  covenant!: Covenant;

  @Column({ type: 'uuid' })
  covenantId!: string;

  @Field(() => ScoreFinalStageEnum, { description: 'Điểm cuối cùng (final stage): điểm thẩm định, hoặc cao nhất giữa tự chấm và thẩm định.' })
  @Column({ type: 'varchar', length: 20, default: 'REVIEW' })
  finalStage!: ScoreFinalStage;

  @Field(() => Float, { description: 'Phần điểm tối đa khi đạt đúng chỉ tiêu (target share, A = T), mặc định 0,5.' })
  @Column({ type: 'numeric', precision: 5, scale: 4, transformer: numeric })
  targetShare!: number;

  @Field(() => Float, { description: 'Sai số (leader tolerance): tỷ lệ A/T cách tỷ lệ vượt cao nhất không quá giá trị này được điểm tối đa; mặc định 0,0001.' })
  @Column({ type: 'numeric', precision: 10, scale: 8, transformer: numeric })
  leaderTolerance!: number;

  @Field({ description: 'Không dẫn đầu hai năm liên tiếp (not twice in a row): đơn vị dẫn đầu khối năm trước không được xét dẫn đầu năm nay.' })
  @Column({ type: 'boolean', default: false })
  leaderNotTwiceInARow!: boolean;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Hạn nộp bảng tự chấm (self-assessment due on), ngày cuối cùng; trống là không có hạn.' })
  @Column({ type: 'date', nullable: true })
  selfAssessmentDueOn!: string | null;

  @Field(() => LocalDateResolver, { nullable: true, description: 'Hạn hoàn thành thẩm định (review due on), ngày cuối cùng; trống là không có hạn.' })
  @Column({ type: 'date', nullable: true })
  reviewDueOn!: string | null;
}
