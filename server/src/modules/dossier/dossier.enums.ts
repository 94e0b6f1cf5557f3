import { registerEnumType } from 'type-graphql';
import { AppraisalResult, DOSSIER_STATUS_LPM_CODE, DossierAttachmentKind, DossierKind, DossierLevel, DossierStatus } from '@thidua/shared';
import { graphqlEnum } from '../../core/graphql/enums.js';

export const DossierKindEnum = graphqlEnum(
  DossierKind,
  'DossierKind',
  'Loại hồ sơ đề nghị khen thưởng (dossier kind): thường xuyên, chuyên đề, đột xuất, cống hiến…',
);
export const DossierLevelEnum = graphqlEnum(
  DossierLevel,
  'DossierLevel',
  'Cấp xử lý hồ sơ (dossier level): đơn vị → khối/cơ quan cấp trên → Ban → Hội đồng → cấp quyết định.',
);

/** The statuses, each described with its label and the existing provincial system's (LPM) code. */
export const DossierStatusEnum = Object.fromEntries(DossierStatus.values.map((v) => [v, v])) as Record<DossierStatus, DossierStatus>;
registerEnumType(DossierStatusEnum, {
  name: 'DossierStatus',
  description: 'Trạng thái hồ sơ đề nghị khen thưởng (dossier status); trong ngoặc: mã trạng thái của hệ thống thi đua – khen thưởng tỉnh hiện có (LPM).',
  valuesConfig: Object.fromEntries(
    DossierStatus.values.map((v) => [v, { description: `${DossierStatus.labels[v].vi} / ${DossierStatus.labels[v].en} (LPM ${DOSSIER_STATUS_LPM_CODE[v]})` }]),
  ) as Record<DossierStatus, { description: string }>,
});

export const AppraisalResultEnum = graphqlEnum(
  AppraisalResult,
  'AppraisalResult',
  'Kết quả thẩm định một dòng đề nghị (appraisal result): đủ hoặc không đủ điều kiện.',
);

export const DossierAttachmentKindEnum = graphqlEnum(
  DossierAttachmentKind,
  'DossierAttachmentKind',
  'Loại tài liệu đính kèm hồ sơ (dossier attachment kind; mã theo hệ thống LPM): tờ trình, báo cáo thành tích, biên bản… Là `purpose` của tệp khi tải lên.',
);
