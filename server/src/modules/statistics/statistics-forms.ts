import type { StatisticsForm } from '@thidua/shared';

/**
 * The layout of forms 0601–0605 (Circular 02/2023/TT-BNV, as LPM shows them; row and column codes
 * of ../shared/WORKFLOW.md §5) as data: each row and column says which source rows it counts, as a
 * SQL condition over the form's source (`s.*`, see statistics-sources.ts). The conditions are
 * constants of this file, never user input. A heading row has no code and no cells.
 */
export interface RowSpec {
  code: string | null;
  label: string;
  level: number;
  when?: string;
}

export interface ColumnSpec {
  code: string;
  label: string;
  when?: string;
  /** What a cell adds up; default `s.w` (the source row's weight). */
  value?: string;
}

export interface ColumnGroupSpec {
  /** Null: the columns stand alone (their header spans both header rows). */
  label: string | null;
  columns: ColumnSpec[];
}

export type SourceKind = 'commendations' | 'movements' | 'organizations' | 'officers';

export interface FormSpec {
  form: StatisticsForm;
  code: string;
  title: string;
  unit: string;
  source: SourceKind;
  /** Award levels counted (commendation forms). */
  levels?: string[];
  rows: RowSpec[];
  groups: ColumnGroupSpec[];
}

const row = (code: string, label: string, when?: string, level = 0): RowSpec => ({ code, label, level, when });
const heading = (label: string): RowSpec => ({ code: null, label, level: 0 });
const sub = (code: string, label: string, when: string) => row(code, label, when, 1);
const codeIn = (...patterns: string[]) => `(${patterns.map((p) => `s.code LIKE '${p}'`).join(' OR ')})`;
const isIn = (column: string, values: string[]) => `${column} IN (${values.map((v) => `'${v}'`).join(', ')})`;

/** Row 01 and column 1 of every form: everything counted. */
const TOTAL_ROW = row('01', 'Tổng số');
const TOTAL_COLUMN: ColumnGroupSpec = { label: null, columns: [{ code: '1', label: 'Tổng số' }] };

const COLLECTIVE = `s.subject_kind = 'COLLECTIVE'`;
const INDIVIDUAL = `s.subject_kind = 'INDIVIDUAL'`;
const category = (value: string) => `${INDIVIDUAL} AND s.category = '${value}'`;
const kind = (value: string) => `s.kind = '${value}'`;

/** Rows of the award forms 0602 and 0603: 01 total, 02–10 by subject, 11–17 by kind. */
const AWARD_ROWS: RowSpec[] = [
  TOTAL_ROW,
  heading('Chia theo đối tượng'),
  row('02', 'Tập thể', COLLECTIVE),
  sub('03', 'Trong đó: Doanh nghiệp', `${COLLECTIVE} AND s.unit_kind = 'ENTERPRISE'`),
  row('04', 'Hộ gia đình', `s.subject_kind = 'HOUSEHOLD'`),
  row('05', 'Cá nhân', INDIVIDUAL),
  sub('06', 'Lãnh đạo cấp bộ, cấp tỉnh và tương đương', category('PROVINCE_LEADER')),
  sub('07', 'Lãnh đạo cấp vụ, sở, ngành và tương đương', category('DEPARTMENT_LEADER')),
  sub('08', 'Doanh nhân', category('BUSINESS_PERSON')),
  sub('09', 'Lãnh đạo khác từ cấp phó trưởng phòng trở lên', category('OTHER_LEADER')),
  sub('10', 'Công nhân, nông dân, người lao động trực tiếp', category('DIRECT_WORKER')),
  heading('Chia theo loại hình khen thưởng'),
  row('11', 'Khen thưởng thường xuyên (theo công trạng và thành tích)', kind('MERIT')),
  row('12', 'Khen thưởng theo chuyên đề', kind('THEMATIC')),
  row('13', 'Khen thưởng đột xuất', kind('IRREGULAR')),
  row('14', 'Khen thưởng đối ngoại', kind('DIPLOMATIC')),
  row('15', 'Khen thưởng quá trình cống hiến', kind('CONTRIBUTION')),
  row('16', 'Khen thưởng theo niên hạn', kind('SENIORITY')),
  row('17', 'Khen thưởng thành tích kháng chiến', kind('RESISTANCE')),
];

const STATE_KINDS: [string, string][] = [
  ['Huân chương, Huy chương', codeIn('HUAN_CHUONG%', 'HUY_CHUONG%')],
  ['Danh hiệu vinh dự Nhà nước', codeIn('ANH_HUNG%', 'BA_ME_VIET_NAM%', '%_NHAN_DAN', '%_UU_TU')],
  ['Giải thưởng Hồ Chí Minh, Giải thưởng Nhà nước', codeIn('GIAI_THUONG%')],
  ['Cờ thi đua của Chính phủ', codeIn('CO_THI_DUA_CHINH_PHU')],
  ['Bằng khen của Thủ tướng Chính phủ', codeIn('BANG_KHEN_THU_TUONG')],
  ['Chiến sĩ thi đua toàn quốc', codeIn('CHIEN_SI_THI_DUA_TOAN_QUOC')],
];
const OTHER_STATE = `s.code IS NOT NULL AND NOT (${STATE_KINDS.map(([, when]) => when).join(' OR ')})`;

const F0602: FormSpec = {
  form: 'F0602',
  code: '0602.N/BNV-TĐKT',
  title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP NHÀ NƯỚC',
  unit: 'Đơn vị tính: Lượt tập thể, hộ gia đình, cá nhân',
  source: 'commendations',
  levels: ['STATE', 'GOVERNMENT'],
  rows: AWARD_ROWS,
  groups: [
    TOTAL_COLUMN,
    ...[...STATE_KINDS, ['Khác', OTHER_STATE] as [string, string]].map(([label, when], i) => ({
      label,
      columns: [
        { code: String(2 + 2 * i), label: 'Tập thể', when: `${when} AND ${COLLECTIVE}` },
        { code: String(3 + 2 * i), label: 'Cá nhân', when: `${when} AND ${INDIVIDUAL}` },
      ],
    })),
  ],
};

const F0603: FormSpec = {
  form: 'F0603',
  code: '0603.N/BNV-TĐKT',
  title: 'SỐ LƯỢNG KHEN THƯỞNG CẤP BỘ, BAN, NGÀNH, ĐOÀN THỂ TRUNG ƯƠNG VÀ TỈNH',
  unit: 'Đơn vị tính: Lượt tập thể, hộ gia đình, cá nhân',
  source: 'commendations',
  levels: ['MINISTRY', 'PROVINCE'],
  rows: AWARD_ROWS,
  groups: [
    TOTAL_COLUMN,
    {
      label: 'Chia theo hình thức',
      columns: [
        { code: '2', label: 'Bằng khen', when: codeIn('BANG_KHEN%') },
        { code: '3', label: 'Chiến sĩ thi đua', when: codeIn('CHIEN_SI_THI_DUA%') },
        { code: '4', label: 'Cờ thi đua', when: codeIn('CO_THI_DUA%') },
        { code: '5', label: 'Huy hiệu, Kỷ niệm chương', when: codeIn('KY_NIEM_CHUONG%', 'HUY_HIEU%') },
      ],
    },
  ],
};

const scope = (...values: string[]) => isIn('s.scope', values);

const F0601: FormSpec = {
  form: 'F0601',
  code: '0601.N/BNV-TĐKT',
  title: 'SỐ PHONG TRÀO THI ĐUA',
  unit: 'Đơn vị tính: Phong trào',
  source: 'movements',
  rows: [
    TOTAL_ROW,
    heading('Chia theo phạm vi'),
    row('02', 'Toàn quốc', scope('NATIONAL')),
    row('03', 'Bộ, ngành, địa phương', scope('PROVINCE', 'SECTOR')),
    row('04', 'Khối, cụm thi đua', scope('BLOC')),
    row('05', 'Cơ quan, đơn vị', scope('ORGANIZATION')),
    heading('Chia theo thời gian'),
    row('06', 'Dưới 1 năm', `s.years = 1 AND s.kind = 'CAMPAIGN'`),
    row('07', '1 năm', `s.years = 1 AND s.kind <> 'CAMPAIGN'`),
    row('08', 'Từ 1 năm đến dưới 3 năm', `s.years = 2`),
    row('09', 'Từ 3 năm đến dưới 5 năm', `s.years BETWEEN 3 AND 4`),
    row('10', 'Từ 5 năm trở lên', `s.years >= 5`),
    heading('Chia theo hình thức'),
    row('11', 'Theo chuyên đề, theo đợt', `s.kind IN ('THEMATIC', 'CAMPAIGN')`),
    row('12', 'Thường xuyên', `s.kind = 'REGULAR'`),
  ],
  groups: [
    TOTAL_COLUMN,
    {
      label: 'Chia ra',
      columns: [
        { code: '2', label: 'Hội đồng Thi đua – Khen thưởng Trung ương', when: scope('NATIONAL') },
        { code: '3', label: 'Bộ, ngành, tỉnh', when: scope('PROVINCE', 'SECTOR', 'BLOC') },
        { code: '4', label: 'Cơ quan, đơn vị', when: scope('ORGANIZATION') },
      ],
    },
  ],
};

const orgKind = (...values: string[]) => isIn('s.org_kind', values);

const F0604: FormSpec = {
  form: 'F0604',
  code: '0604.N/BNV-TĐKT',
  title: 'SỐ LƯỢNG TỔ CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG',
  unit: 'Đơn vị tính: Tổ chức, người',
  source: 'organizations',
  rows: [
    TOTAL_ROW,
    row('02', 'Vụ (Ban) Thi đua – Khen thưởng thuộc bộ, ngành, đoàn thể trung ương', orgKind('MINISTRY_DEPARTMENT')),
    row('03', 'Phòng thuộc Vụ (Ban) Thi đua – Khen thưởng', orgKind('MINISTRY_DIVISION')),
    row('04', 'Ban Thi đua – Khen thưởng thuộc Sở Nội vụ', orgKind('PROVINCE_BOARD')),
    row('05', 'Phòng Thi đua – Khen thưởng thuộc Sở Nội vụ, Ban', orgKind('PROVINCE_DIVISION')),
  ],
  groups: [
    {
      label: null,
      columns: [
        { code: '1', label: 'Số tổ chức' },
        { code: '2', label: 'Số công chức', value: 's.staff' },
      ],
    },
  ],
};

const age = (from: number, to?: number) => (to == null ? `s.age > ${from}` : from === 0 ? `s.age <= ${to}` : `s.age BETWEEN ${from} AND ${to}`);
const training = (value: string) => `s.training = '${value}'`;

const F0605: FormSpec = {
  form: 'F0605',
  code: '0605.N/BNV-TĐKT',
  title: 'SỐ LƯỢNG CÔNG CHỨC LÀM CÔNG TÁC THI ĐUA, KHEN THƯỞNG',
  unit: 'Đơn vị tính: Người',
  source: 'officers',
  rows: [
    TOTAL_ROW,
    sub('02', 'Trong đó: Nữ', `s.gender = 'FEMALE'`),
    heading('Chia theo độ tuổi'),
    row('03', 'Từ 30 tuổi trở xuống', age(0, 30)),
    row('04', 'Từ 31 đến 40 tuổi', age(31, 40)),
    row('05', 'Từ 41 đến 50 tuổi', age(41, 50)),
    row('06', 'Từ 51 đến 60 tuổi', age(51, 60)),
    row('07', 'Trên 60 tuổi', age(60)),
    heading('Chia theo trình độ đào tạo'),
    row('08', 'Sơ cấp', training('ELEMENTARY')),
    row('09', 'Trung cấp', training('INTERMEDIATE')),
    row('10', 'Cao đẳng', training('COLLEGE')),
    row('11', 'Đại học', training('UNIVERSITY')),
    row('12', 'Trên đại học', training('POSTGRADUATE')),
    heading('Chia theo thời gian làm công tác thi đua, khen thưởng'),
    row('13', 'Dưới 5 năm', `s.tenure < 5`),
    row('14', 'Từ 5 năm đến dưới 10 năm', `s.tenure BETWEEN 5 AND 9`),
    row('15', 'Từ 10 năm trở lên', `s.tenure >= 10`),
  ],
  groups: [
    TOTAL_COLUMN,
    {
      label: 'Chia ra',
      columns: [
        { code: '2', label: 'Bộ, ngành, đoàn thể trung ương', when: orgKind('MINISTRY_DEPARTMENT', 'MINISTRY_DIVISION') },
        { code: '3', label: 'Tỉnh, thành phố', when: orgKind('PROVINCE_BOARD', 'PROVINCE_DIVISION') },
      ],
    },
  ],
};

export const FORMS: Record<StatisticsForm, FormSpec> = { F0601, F0602, F0603, F0604, F0605 };
