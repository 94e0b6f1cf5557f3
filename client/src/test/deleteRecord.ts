import { fireEvent, screen } from '@testing-library/react';

/** Clicks a DeleteRecordButton and confirms; returns the question the confirmation asked. */
export async function confirmDelete(testId: string): Promise<string> {
  fireEvent.click(await screen.findByTestId(testId));
  const ok = await screen.findByTestId(`${testId}-confirm`);
  const question = ok.closest('.ant-popconfirm')?.textContent ?? '';
  fireEvent.click(ok);
  return question;
}

/** A delete mutation's answer: deleted, refused with user errors, or a conflict (nothing deleted). */
export function deleteAnswer(
  field: string,
  answer: { deletedId?: string; userErrors?: { field: string[]; message: string; code: string }[]; conflict?: object },
) {
  const userErrors = (answer.userErrors ?? (answer.conflict ? [{ field: ['id'], message: 'Xung đột phiên bản.', code: 'CONFLICT' }] : [])).map((e) => ({
    __typename: 'UserError',
    ...e,
  }));
  return { data: { [field]: { __typename: 'Payload', deletedId: answer.deletedId ?? null, userErrors, conflict: answer.conflict ?? null } } };
}

/** Someone changed the record (its note) since the user opened it: EDITED_BEFORE_DELETE at `currentVersion`. */
export const changedBeforeDelete = (currentVersion: number) => ({
  __typename: 'Conflict',
  kind: 'EDITED_BEFORE_DELETE',
  currentVersion,
  changedBy: ['Trần Thị Bình (can_bo_khoi)'],
  fields: [{ __typename: 'ConflictField', field: 'note', base: null, theirs: 'Đã sửa', yours: null }],
});
