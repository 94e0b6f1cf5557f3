import { describe, expect, it } from 'vitest';
import dayjs from 'dayjs';
import { fillAchievements, placeBatchErrors, toRecordInput, type EntryValues } from './batch';

const values: EntryValues = {
  decisionMode: 'new',
  decision: {
    number: ' 1234/QĐ-UBND ',
    issuedOn: dayjs('2024-01-10'),
    issuer: 'UBND thành phố Hải Phòng',
    issuerLevel: 'PROVINCE',
    subject: 'Về việc tặng Bằng khen',
    signer: '  ',
  },
  subjectKind: 'COLLECTIVE',
  awardTypeId: 'award',
  year: 2023,
  kind: 'MERIT',
  recipients: [
    { kind: 'COLLECTIVE', subjectId: 'unit-1', achievement: ' Hoàn thành xuất sắc ' },
    { kind: 'INDIVIDUAL', subjectId: 'person-1', achievement: 'Chiến sĩ thi đua', note: 'ghi chú' },
    { kind: 'HOUSEHOLD', subjectId: 'household-1', achievement: 'Hộ sản xuất giỏi' },
  ],
};

describe('the commendation entry form and the API', () => {
  it('sends a new decision with dates as YYYY-MM-DD and each recipient under its own ID field', () => {
    const input = toRecordInput(values);
    expect(input.decision).toEqual({
      number: '1234/QĐ-UBND',
      issuedOn: '2024-01-10',
      issuer: 'UBND thành phố Hải Phòng',
      issuerLevel: 'PROVINCE',
      signer: null,
      signerTitle: null,
      subject: 'Về việc tặng Bằng khen',
    });
    expect(input.recipients).toEqual([
      { unitId: 'unit-1', achievement: 'Hoàn thành xuất sắc', note: null },
      { personId: 'person-1', achievement: 'Chiến sĩ thi đua', note: 'ghi chú' },
      { householdId: 'household-1', achievement: 'Hộ sản xuất giỏi', note: null },
    ]);
  });

  it('sends only the ID of an existing decision', () => {
    const input = toRecordInput({ ...values, decisionMode: 'existing', decision: { ...values.decision, existingId: 'decision-9' } });
    expect(input.decision).toEqual({ existingId: 'decision-9' });
  });

  it('puts batch errors next to the row and field they concern', () => {
    const placed = placeBatchErrors(
      [
        { field: ['recipients', '2', 'unitId'], code: 'SUBJECT_KIND_MISMATCH', message: '"Cờ thi đua" không áp dụng cho đối tượng cá nhân.' },
        { field: ['recipients', '0', 'subject'], code: 'SUBJECT_REQUIRED', message: 'Cần chọn đối tượng được khen thưởng.' },
        { field: ['recipients', '1', 'achievement'], code: 'REQUIRED', message: 'Trường này là bắt buộc.' },
        { field: ['recipients', '1', 'personId'], code: 'DUPLICATE', message: 'Đối tượng này đã có ở dòng 1 của danh sách.' },
        { field: ['decision', 'number'], code: 'DUPLICATE', message: 'Quyết định số 1234/QĐ-UBND đã có.' },
        { field: ['year'], code: 'OUT_OF_RANGE', message: 'Năm thành tích sau năm ký quyết định.' },
      ],
      'vi',
    );
    expect(placed.fields).toEqual([
      { name: ['recipients', 2, 'subjectId'], errors: ['"Cờ thi đua" không áp dụng cho đối tượng cá nhân.'] },
      { name: ['recipients', 0, 'subjectId'], errors: ['Cần chọn đối tượng được khen thưởng.'] },
      { name: ['recipients', 1, 'achievement'], errors: ['Trường này là bắt buộc.'] },
      { name: ['decision', 'number'], errors: ['Quyết định số 1234/QĐ-UBND đã có.'] },
      { name: ['year'], errors: ['Năm thành tích sau năm ký quyết định.'] },
    ]);
    expect(placed.rows).toEqual([0, 1, 2]);
    expect(placed.general).toEqual([]);
    // A duplicate recipient is the row's warning (with its confirmation), not a field error.
    expect(placed.duplicates).toEqual({ 1: expect.objectContaining({ code: 'DUPLICATE', message: 'Đối tượng này đã có ở dòng 1 của danh sách.' }) });
  });

  it('keeps what no field shows for the message above the form, in the interface language', () => {
    const placed = placeBatchErrors(
      [
        { field: ['recipients'], code: 'REQUIRED', message: 'Cần ít nhất một đối tượng được khen.' },
        { field: ['recipients', '4', 'householdId'], code: 'NOT_FOUND', message: 'Không tìm thấy Household với mã này.' },
        { field: ['recipients', '3', 'mystery'], code: 'INVALID', message: 'Giá trị không hợp lệ.' },
      ],
      'en',
    );
    expect(placed.general).toEqual(['This field is required.', 'Row 4: This value is not valid.']);
    expect(placed.fields).toEqual([{ name: ['recipients', 4, 'subjectId'], errors: ['The referenced record was not found.'] }]);
  });

  it('copies the first achievement into empty rows only', () => {
    const rows = fillAchievements([
      { kind: 'COLLECTIVE', achievement: '' },
      { kind: 'COLLECTIVE', achievement: 'Hoàn thành xuất sắc nhiệm vụ' },
      { kind: 'INDIVIDUAL', achievement: 'Khác' },
      { kind: 'INDIVIDUAL' },
    ]);
    expect(rows.map((r) => r.achievement)).toEqual(['Hoàn thành xuất sắc nhiệm vụ', 'Hoàn thành xuất sắc nhiệm vụ', 'Khác', 'Hoàn thành xuất sắc nhiệm vụ']);
  });
});
