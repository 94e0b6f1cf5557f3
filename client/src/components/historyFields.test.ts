import { describe, expect, it } from 'vitest';
import { fieldLabel, formatFieldValue } from './historyFields';

describe('history field names', () => {
  it('names each field the way the record’s page does, falling back to the raw name', () => {
    expect(fieldLabel('Unit', 'shortName', 'vi')).toBe('Tên viết tắt');
    expect(fieldLabel('Unit', 'shortName', 'en')).toBe('Short name');
    expect(fieldLabel('Unit', 'parentId', 'vi')).toBe('Đơn vị cấp trên');
    expect(fieldLabel('Movement', 'parentId', 'vi')).toBe('Hưởng ứng phong trào');
    expect(fieldLabel('Decision', 'issuedOn', 'vi')).toBe('Ngày ký');
    expect(fieldLabel('Decision', 'signer', 'vi')).toBe('Người ký');
    expect(fieldLabel('Decision', 'signerTitle', 'vi')).toBe('Chức vụ người ký');
    expect(fieldLabel('Covenant', 'movementIds', 'vi')).toBe('Phong trào thi đua');
    // Common names for fields every record type calls the same.
    expect(fieldLabel('Person', 'note', 'vi')).toBe('Ghi chú');
    expect(fieldLabel('SomethingNew', 'year', 'vi')).toBe('Năm');
    // Unknown fields keep their name.
    expect(fieldLabel('Unit', 'colour', 'vi')).toBe('colour');
    expect(fieldLabel('SomethingNew', 'flag', 'en')).toBe('flag');
  });
});

describe('history values', () => {
  it('shows enum values by their label, lists of them too', () => {
    expect(formatFieldValue('Unit', 'kind', 'ASSOCIATION', 'vi')).toBe('Hội, hiệp hội');
    expect(formatFieldValue('Unit', 'kind', 'ASSOCIATION', 'en')).toBe('Association');
    expect(formatFieldValue('Covenant', 'status', 'READY_TO_SIGN', 'vi')).toBe('Sẵn sàng ký');
    expect(formatFieldValue('AwardType', 'subjectKinds', ['COLLECTIVE', 'INDIVIDUAL'], 'vi')).toBe('Tập thể, Cá nhân');
    // The same word in a field without a vocabulary is left alone.
    expect(formatFieldValue('Unit', 'name', 'ASSOCIATION', 'vi')).toBe('ASSOCIATION');
    expect(formatFieldValue('Unit', 'kind', 'NOT_A_KIND', 'vi')).toBe('NOT_A_KIND');
  });

  it('writes dates as dd/MM/yyyy and times as dd/MM/yyyy HH:mm', () => {
    expect(formatFieldValue('Decision', 'issuedOn', '2022-03-31', 'vi')).toBe('31/03/2022');
    const at = new Date(2024, 0, 5, 9, 7).toISOString();
    expect(formatFieldValue('ApiToken', 'expiresAt', at, 'vi')).toBe('05/01/2024 09:07');
  });

  it('shows references by name once known, an empty value as a dash, a secret as hidden', () => {
    const names = new Map([['VW5pdDox', 'Hội Nữ Doanh nhân Hải Phòng']]);
    expect(formatFieldValue('Unit', 'parentId', 'VW5pdDox', 'vi', names)).toBe('Hội Nữ Doanh nhân Hải Phòng');
    expect(formatFieldValue('Unit', 'parentId', null, 'vi', names)).toBe('—');
    expect(formatFieldValue('Unit', 'shortName', '', 'vi')).toBe('—');
    expect(formatFieldValue('User', 'passwordHash', '***', 'vi')).toBe('(đã ẩn)');
    expect(formatFieldValue('User', 'active', true, 'vi')).toBe('Có');
    expect(formatFieldValue('Person', 'birthYear', 1978, 'vi')).toBe('1978');
  });
});

describe('history values of a council session', () => {
  it('reads its members, counts and minutes as sentences, not JSON', () => {
    const members = [
      { name: 'Nguyễn Văn An', position: 'Phó Chủ tịch UBND thành phố', role: 'CHAIR', present: true },
      { name: 'Trần Thị Bình', position: null, role: 'SECRETARY', present: false },
    ];
    expect(formatFieldValue('CouncilSession', 'members', members, 'vi')).toBe(
      'Nguyễn Văn An – Phó Chủ tịch UBND thành phố (Chủ tịch Hội đồng, có mặt); Trần Thị Bình (Ủy viên, Thư ký, vắng mặt)',
    );
    const agenda = [
      { lineId: '671e1b97-f39f-4f28-abe2-2c5fb1e18181', agree: 4, disagree: 0 },
      { lineId: 'a811a4bd-51ac-470f-9e9a-60615053545b', agree: null, disagree: null },
    ];
    expect(formatFieldValue('CouncilSession', 'agenda', agenda, 'vi')).toBe('Đối tượng 1: 4 đồng ý, 0 không đồng ý; Đối tượng 2: chưa ghi phiếu');
    expect(formatFieldValue('CouncilSession', 'agenda', agenda, 'en')).toBe('Nominee 1: 4 agree, 0 disagree; Nominee 2: not counted');
    expect(formatFieldValue('CouncilSession', 'agenda', [], 'vi')).toBe('—');
    expect(formatFieldValue('CouncilSession', 'minutes', { conclusion: 'Hội đồng thống nhất đề nghị 1/2 đối tượng.' }, 'vi')).toBe(
      'Hội đồng thống nhất đề nghị 1/2 đối tượng.',
    );
    expect(formatFieldValue('CouncilSession', 'minutes', null, 'vi')).toBe('—');
  });
});
