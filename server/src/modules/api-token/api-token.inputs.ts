import { Field, ID, InputType, Int } from 'type-graphql';
import { ArrayMaxSize, ArrayNotEmpty, IsOptional, Matches } from 'class-validator';
import { DateTimeISOResolver } from 'graphql-scalars';
import { LIMITS, type TokenScope } from '@thidua/shared';
import { TokenScopeEnum } from '../../core/graphql/enums.js';
import { IntBetween, MaxLen, Required } from '../../core/validation.js';

@InputType({ description: 'Tạo mã truy cập API cho ứng dụng đối tác (create API token).' })
export class CreateApiTokenInput {
  @Field({ description: 'Tên gợi nhớ, ví dụ "Phần mềm nhân sự tỉnh".' }) @Required() @MaxLen(LIMITS.tokenNameMax) name!: string;
  @Field(() => [TokenScopeEnum], { description: 'Phạm vi quyền; READ chỉ đọc, thêm WRITE để được ghi.' })
  @ArrayNotEmpty({ message: 'Chọn ít nhất một phạm vi quyền.', context: { code: 'REQUIRED' } })
  scopes!: TokenScope[];
  @Field(() => DateTimeISOResolver, { description: 'Hết hạn lúc; phải ở tương lai.' }) expiresAt!: Date;
  @Field(() => [String], { nullable: true, description: 'Chỉ cho phép các thao tác có mã SHA-256 (hex) của văn bản truy vấn trong danh sách này.' })
  @IsOptional()
  @ArrayMaxSize(500)
  @Matches(/^[0-9a-f]{64}$/, { each: true, message: 'Cần mã SHA-256 dạng hex (64 ký tự).', context: { code: 'INVALID' } })
  trustedOperations?: string[] | null;
  @Field(() => Int, { nullable: true, description: 'Dung lượng xô giới hạn tốc độ (điểm chi phí); mặc định 20.000.' })
  @IsOptional()
  @IntBetween(100, 10_000_000)
  rateCapacity?: number | null;
  @Field(() => Int, { nullable: true, description: 'Điểm chi phí rò mỗi giây; mặc định 200.' })
  @IsOptional()
  @IntBetween(1, 1_000_000)
  ratePerSecond?: number | null;
}

@InputType({ description: 'Thu hồi mã truy cập API (revoke).' })
export class RevokeApiTokenInput {
  @Field(() => ID, { description: 'Mã của token.' }) id!: string;
}
