import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'Số đơn vị đã bỏ phiếu (turnout): chỉ số lượng, không có lựa chọn.' })
export class BallotTurnout {
  @Field(() => Int, { description: 'Số đơn vị được bỏ phiếu: thành viên khối trong năm giao ước; cố định khi kết thúc (voters).' }) voters!: number;
  @Field(() => Int, { description: 'Số đơn vị đã bỏ phiếu (voted).' }) voted!: number;
  @Field(() => Float, { description: 'Tỷ lệ đã bỏ phiếu, % (turnout percent).' }) percent!: number;
}

@ObjectType({ description: 'Kết quả của một ứng viên (candidate result).' })
export class BallotCandidateResult {
  /** Row id of the candidate unit, resolved by `unit`. */
  unitId!: string;
  @Field(() => Int, { description: 'Số phiếu đồng ý (votes).' }) votes!: number;
  @Field(() => Float, { description: 'Tỷ lệ đồng ý, % trên cơ sở tính của phiên (percent).' }) percent!: number;
  @Field({ description: 'Đạt ngưỡng (và phiên đủ số đơn vị bỏ phiếu) (passed).' }) passed!: boolean;
}

@ObjectType({ description: 'Kết quả kiểm phiếu khi phiên kết thúc (ballot results).' })
export class BallotResults {
  @Field(() => Int, { description: 'Số đơn vị được bỏ phiếu (voters).' }) voters!: number;
  @Field(() => Int, { description: 'Số đơn vị đã bỏ phiếu (voted).' }) voted!: number;
  @Field(() => Float, { description: 'Tỷ lệ đã bỏ phiếu, % (turnout percent).' }) turnoutPercent!: number;
  @Field({ description: 'Đủ số đơn vị bỏ phiếu theo quy định của phiên (quorum met).' }) quorumMet!: boolean;
  @Field(() => [BallotCandidateResult], { description: 'Kết quả từng ứng viên, theo thứ tự trên phiếu (candidates).' }) candidates!: BallotCandidateResult[];
}
