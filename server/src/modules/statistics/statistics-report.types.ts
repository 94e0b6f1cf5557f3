import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import type { StatisticsForm } from '@thidua/shared';
import { StatisticsFormEnum } from '../../core/graphql/enums.js';

@InputType({
  description:
    'Phạm vi số liệu của biểu (report scope): một đơn vị cùng các đơn vị trực thuộc, hoặc các thành viên của một khối trong năm; để trống: toàn bộ. Không chọn cả hai.',
})
export class StatisticsScopeInput {
  @Field(() => ID, { nullable: true, description: 'Đơn vị (unit), gồm cả đơn vị trực thuộc.' })
  unitId?: string | null;

  @Field(() => ID, { nullable: true, description: 'Khối, cụm thi đua (bloc): các thành viên trong năm, và khen thưởng ghi khối này.' })
  blocId?: string | null;
}

@ObjectType({ description: 'Một cột của biểu (column): mã cột như trên biểu và tiêu đề.' })
export class StatisticsColumn {
  @Field({ description: 'Mã cột (code), ví dụ "1".' })
  code!: string;

  @Field({ description: 'Tiêu đề cột (label).' })
  label!: string;
}

@ObjectType({ description: 'Nhóm cột (column group): tiêu đề gộp ở hàng tiêu đề trên; null: các cột đứng riêng, tiêu đề chiếm cả hai hàng.' })
export class StatisticsColumnGroup {
  @Field(() => String, { nullable: true, description: 'Tiêu đề nhóm (label).' })
  label!: string | null;

  @Field(() => [StatisticsColumn], { description: 'Các cột của nhóm (columns), theo thứ tự trên biểu.' })
  columns!: StatisticsColumn[];
}

@ObjectType({ description: 'Một dòng của biểu (row): mã dòng, tên chỉ tiêu, mức thụt lề và các ô số theo thứ tự cột; dòng tiêu đề nhóm không có mã và ô.' })
export class StatisticsRow {
  @Field(() => String, { nullable: true, description: 'Mã dòng (code), ví dụ "01"; null ở dòng tiêu đề nhóm.' })
  code!: string | null;

  @Field({ description: 'Tên chỉ tiêu (label).' })
  label!: string;

  @Field(() => Int, { description: 'Mức thụt lề (level): 0 dòng chính, 1 dòng "trong đó".' })
  level!: number;

  @Field(() => [Int], { description: 'Các ô số (cells), theo thứ tự cột của columnGroups; rỗng ở dòng tiêu đề nhóm.' })
  cells!: number[];
}

@ObjectType({ description: 'Một biểu thống kê năm đã tính (statistics report), bố cục như biểu của Thông tư 02/2023/TT-BNV.' })
export class StatisticsReport {
  @Field(() => StatisticsFormEnum, { description: 'Biểu (form).' })
  form!: StatisticsForm;

  @Field({ description: 'Ký hiệu biểu (code), ví dụ "0603.N/BNV-TĐKT".' })
  code!: string;

  @Field({ description: 'Tên biểu (title), chữ in hoa như trên biểu.' })
  title!: string;

  @Field({ description: 'Đơn vị tính (unit of count).' })
  unitLabel!: string;

  @Field(() => Int, { description: 'Năm báo cáo (year).' })
  year!: number;

  @Field({ description: 'Phạm vi số liệu (scope), ví dụ "Toàn bộ đơn vị trong hệ thống" hoặc tên khối.' })
  scopeLabel!: string;

  @Field(() => [StatisticsColumnGroup], { description: 'Các nhóm cột (column groups), theo thứ tự trên biểu.' })
  columnGroups!: StatisticsColumnGroup[];

  @Field(() => [StatisticsRow], { description: 'Các dòng (rows), theo thứ tự trên biểu.' })
  rows!: StatisticsRow[];

  @Field(() => [String], { description: 'Ghi chú về số liệu (notes): những gì không tính được vào biểu và vì sao.' })
  notes!: string[];
}
