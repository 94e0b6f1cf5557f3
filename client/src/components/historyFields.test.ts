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
