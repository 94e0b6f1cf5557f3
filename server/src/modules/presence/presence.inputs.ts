import { ArgsType, Field, ID, InputType } from 'type-graphql';
import { ArrayMaxSize } from 'class-validator';
import { MaxLen } from '../../core/validation.js';
import { PRESENCE_LIMITS } from './presence.limits.js';

const idsSize = ArrayMaxSize(PRESENCE_LIMITS.idsMax, { message: `Tối đa ${PRESENCE_LIMITS.idsMax} bản ghi.`, context: { code: 'OUT_OF_RANGE' } });

@InputType({ description: 'Trường đang sửa của một bản ghi.' })
export class PresenceEditingInput {
  @Field(() => ID, { description: 'Bản ghi đang sửa (mã toàn cục).' })
  recordId!: string;

  @Field({ description: 'Tên trường của input GraphQL đang sửa, ví dụ "name", "shortName".' })
  @MaxLen(PRESENCE_LIMITS.fieldMax)
  field!: string;
}

@InputType({ description: 'Một nhịp báo có mặt: thẻ trình duyệt này đang xem những bản ghi nào và sửa trường nào.' })
export class PresenceHeartbeatInput {
  @Field({ description: 'Mã do ứng dụng đặt cho thẻ trình duyệt (chữ, số, "-" hoặc "_", tối đa 64 ký tự), giữ nguyên suốt đời thẻ.' })
  @MaxLen(PRESENCE_LIMITS.clientIdMax)
  clientId!: string;

  @Field(() => [ID], { description: 'Toàn bộ bản ghi đang xem (thay cho nhịp trước); rỗng khi không xem gì.' })
  @idsSize
  viewing!: string[];

  @Field(() => PresenceEditingInput, { nullable: true, description: 'Trường đang sửa, nếu có; bản ghi của nó được tính là đang xem.' })
  editing?: PresenceEditingInput | null;
}

@ArgsType()
export class PresenceArgs {
  @Field(() => [ID], { description: `Các bản ghi cần biết (mã toàn cục, tối đa ${PRESENCE_LIMITS.idsMax}).` })
  recordIds!: string[];
}
