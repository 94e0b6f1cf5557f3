import { Gender, TdktOrganizationKind, TrainingLevel, type Label } from '@thidua/shared';
import type { RecordTypeEntry } from './registry';

const l = (vi: string, en: string): Label => ({ vi, en });

/** The registry behind forms 0604/0605 (one list page, /reports/registry; no page per record). */
export const STATISTICS_RECORDS = {
  TdktOrganization: {
    name: (record) => record.name,
    label: l('Tổ chức làm công tác thi đua, khen thưởng', 'TĐKT organisation'),
    plural: l('Tổ chức làm công tác thi đua, khen thưởng', 'TĐKT organisations'),
    logged: true,
    listFields: ['tdktOrganizations'],
    historyFields: { name: l('Tên tổ chức', 'Name'), kind: l('Loại tổ chức', 'Kind'), unitId: l('Đơn vị quản lý', 'Unit'), note: l('Ghi chú', 'Note') },
    vocabularies: { kind: TdktOrganizationKind },
  },
  TdktOfficer: {
    name: (record) => record.fullName,
    label: l('Công chức làm công tác thi đua, khen thưởng', 'TĐKT civil servant'),
    plural: l('Công chức làm công tác thi đua, khen thưởng', 'TĐKT civil servants'),
    logged: true,
    listFields: ['tdktOfficers'],
    historyFields: {
      fullName: l('Họ và tên', 'Full name'),
      organizationId: l('Tổ chức', 'Organisation'),
      gender: l('Giới tính', 'Gender'),
      birthYear: l('Năm sinh', 'Birth year'),
      trainingLevel: l('Trình độ đào tạo', 'Training level'),
      tdktStartYear: l('Năm bắt đầu làm công tác TĐKT', 'TĐKT start year'),
      note: l('Ghi chú', 'Note'),
    },
    vocabularies: { gender: Gender, trainingLevel: TrainingLevel },
  },
} satisfies Record<string, RecordTypeEntry>;
