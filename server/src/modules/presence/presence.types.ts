import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateTimeISOResolver } from 'graphql-scalars';

export enum PresenceActorKind {
  USER = 'USER',
  TOKEN = 'TOKEN',
}
registerEnumType(PresenceActorKind, {
  name: 'PresenceActorKind',
  description: 'Ai đang có mặt: một cán bộ đăng nhập hay một ứng dụng đối tác (mã API).',
  valuesConfig: {
    USER: { description: 'Cán bộ đăng nhập (tài khoản).' },
    TOKEN: { description: 'Ứng dụng đối tác (mã API).' },
  },
});

export enum PresenceActivity {
  VIEWING = 'VIEWING',
  EDITING = 'EDITING',
}
registerEnumType(PresenceActivity, {
  name: 'PresenceActivity',
  description: 'Đang làm gì với bản ghi.',
  valuesConfig: {
    VIEWING: { description: 'Đang xem.' },
    EDITING: { description: 'Đang sửa một trường (xem `field`).' },
  },
});

@ObjectType({ description: 'Một người (hoặc ứng dụng đối tác) đang xem hay sửa một bản ghi, trong một thẻ trình duyệt (presence entry).' })
export class PresenceEntry {
  @Field({ description: 'Mã phiên làm việc do ứng dụng tự đặt, mỗi thẻ trình duyệt một mã: để ứng dụng nhận ra chính mình.' })
  clientId!: string;

  @Field(() => PresenceActorKind, { description: 'Cán bộ hay ứng dụng đối tác.' })
  kind!: PresenceActorKind;

  @Field({ description: 'Tên hiển thị của cán bộ, hoặc tên mã API.' })
  displayName!: string;

  @Field({ description: 'Tên đăng nhập của cán bộ, hoặc tên mã API.' })
  username!: string;

  @Field(() => PresenceActivity, { description: 'Đang xem hay đang sửa.' })
  activity!: PresenceActivity;

  @Field(() => String, { nullable: true, description: 'Trường đang sửa (tên trường của input GraphQL, ví dụ "name", "shortName"); null khi chỉ xem.' })
  field!: string | null;

  @Field(() => DateTimeISOResolver, { description: 'Bắt đầu từ lúc nào: lúc mở bản ghi, hoặc lúc bắt đầu sửa trường này.' })
  since!: Date;
}

@ObjectType({ description: 'Những ai đang có mặt trên một bản ghi (record presence).' })
export class RecordPresence {
  @Field(() => ID, { description: 'Mã toàn cục của bản ghi, như đã hỏi.' })
  recordId!: string;

  @Field(() => [PresenceEntry], {
    description: 'Người đang xem hoặc sửa, người đến trước đứng trước; rỗng khi không có ai, hoặc bản ghi không tồn tại hay nằm ngoài phạm vi được xem.',
  })
  entries!: PresenceEntry[];
}

@ObjectType({ description: 'Kết quả một nhịp báo có mặt (heartbeat).' })
export class PresenceHeartbeat {
  @Field(() => Int, { description: 'Gửi nhịp tiếp theo sau chừng này giây.' })
  intervalSeconds!: number;

  @Field(() => Int, { description: 'Không có nhịp mới thì sự có mặt hết hạn sau chừng này giây.' })
  expiresInSeconds!: number;

  @Field(() => [ID], { description: 'Các bản ghi đã ghi nhận; mã không tồn tại hoặc ngoài phạm vi được xem bị bỏ qua.' })
  recorded!: string[];
}
