import { Field, InputType } from 'type-graphql';
import { GraphQLJSONObject } from 'graphql-scalars';
import { ArrayMaxSize, ArrayMinSize, IsIn, IsOptional, Matches, MaxLength, MinLength, ValidateNested } from 'class-validator';
import { JOB_LIMITS } from '@thidua/shared';

export const EXPORT_FORMATS = ['TEXT', 'NUMBER', 'DATE', 'DATETIME', 'BOOLEAN'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

@InputType({ description: 'Một cột của tệp Excel: tiêu đề và trường của mỗi dòng.' })
export class ExportColumnInput {
  @Field({ description: 'Tiêu đề cột, tiếng Việt như trên màn hình.' })
  @MinLength(1)
  @MaxLength(200)
  header!: string;

  @Field({ description: 'Đường dẫn tới giá trị trong mỗi nút của danh sách, ví dụ "name", "awardType.name", "blocs.name" (danh sách được nối bằng "; ").' })
  @Matches(/^[A-Za-z_][A-Za-z0-9_]*(\.[A-Za-z_][A-Za-z0-9_]*)*$/, { message: 'Đường dẫn trường không hợp lệ.' })
  @MaxLength(200)
  path!: string;

  @Field(() => String, { nullable: true, description: 'Kiểu ô: TEXT (mặc định), NUMBER, DATE, DATETIME, BOOLEAN.' })
  @IsOptional()
  @IsIn(EXPORT_FORMATS, { message: 'Kiểu cột không hợp lệ.' })
  format?: ExportFormat | null;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Nhãn của từng giá trị (danh mục), ví dụ { "ASSOCIATION": "Hội, hiệp hội" }.' })
  @IsOptional()
  labels?: Record<string, unknown> | null;
}

@InputType({ description: 'Xuất một danh sách ra Excel đúng như đang xem: cùng truy vấn, bộ lọc, thứ tự và cột.' })
export class ListExportInput {
  @Field({ description: 'Tên danh sách, làm tiêu đề trang tính và tên tệp, ví dụ "Đơn vị".' })
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @Field({
    description:
      'Truy vấn GraphQL của danh sách (một query, một trường gốc là một connection có `nodes` và `pageInfo { hasNextPage endCursor }`, nhận biến `$first` và `$after`).',
  })
  @MinLength(1)
  @MaxLength(JOB_LIMITS.exportDocumentLength)
  document!: string;

  @Field(() => GraphQLJSONObject, { nullable: true, description: 'Biến của truy vấn (bộ lọc, tìm kiếm, thứ tự); phân trang do máy chủ đặt.' })
  @IsOptional()
  variables?: Record<string, unknown> | null;

  @Field(() => [ExportColumnInput], { description: 'Các cột, theo thứ tự trên màn hình.' })
  @ArrayMinSize(1)
  @ArrayMaxSize(JOB_LIMITS.exportColumns)
  @ValidateNested({ each: true })
  columns!: ExportColumnInput[];

  @Field(() => String, { nullable: true, description: 'Mô tả bộ lọc đang áp dụng, in dưới tiêu đề (ví dụ "Loại hình: Hội, hiệp hội").' })
  @IsOptional()
  @MaxLength(1000)
  description?: string | null;
}
