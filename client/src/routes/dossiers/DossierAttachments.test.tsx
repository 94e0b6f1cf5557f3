import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { makeFragmentData } from '../../gql';
import { renderWithProviders } from '../../test/renderWithProviders';
import { DossierAttachments, DossierAttachments_dossier } from './DossierAttachments';

const award = (id: string, nameVi: string) => ({ __typename: 'AwardType' as const, id, nameVi });
const flag = award('QXdhcmRUeXBlOjE', 'Cờ thi đua của Ủy ban nhân dân tỉnh, thành phố');
const merit = award('QXdhcmRUeXBlOjI', 'Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh, thành phố');
const dossier = {
  __typename: 'Dossier' as const,
  id: 'RG9zc2llcjox',
  attachments: [
    {
      __typename: 'StoredFile' as const,
      id: 'U3RvcmVkRmlsZTox',
      version: 1,
      purpose: 'TOTRINH',
      name: 'Tờ trình 12-TTr.pdf',
      size: 4096,
      contentType: 'application/pdf',
      uploadedBy: 'Nguyễn Văn An',
      uploadedAt: '2025-03-01T08:00:00.000Z',
      url: '/files/U3RvcmVkRmlsZTox',
    },
  ],
  checklist: [
    { __typename: 'DossierChecklistItem' as const, kind: 'TOTRINH' as const, label: 'Tờ trình đề nghị', present: 1, missing: false, requiredBy: [flag, merit] },
    { __typename: 'DossierChecklistItem' as const, kind: 'BAOCAO' as const, label: 'Báo cáo thành tích', present: 0, missing: true, requiredBy: [flag, merit] },
    {
      __typename: 'DossierChecklistItem' as const,
      kind: 'BIENBAN' as const,
      label: 'Biên bản họp xét, bỏ phiếu',
      present: 0,
      missing: true,
      requiredBy: [flag],
    },
  ],
};
// The page's query carries the card's fragment: the card is handed it, as DossierPage does.
const ref = makeFragmentData(dossier, DossierAttachments_dossier);

describe('dossier attachments card', () => {
  it('ticks what is attached with its count, crosses what is missing with the awards needing it, and offers the kind before the upload', async () => {
    renderWithProviders(<DossierAttachments dossier={ref} editable />);
    const letter = await screen.findByTestId('checklist-TOTRINH');
    expect(within(letter).getByLabelText('Đã có')).toBeTruthy();
    expect(within(letter).getByText('1 tệp')).toBeTruthy();
    const minutes = screen.getByTestId('checklist-BIENBAN');
    expect(within(minutes).getByLabelText('Còn thiếu')).toBeTruthy();
    expect(within(minutes).getByText('Cần cho: Cờ thi đua của Ủy ban nhân dân tỉnh, thành phố')).toBeTruthy();
    expect(within(screen.getByTestId('checklist-BAOCAO')).getByText('Còn thiếu')).toBeTruthy();

    const link = screen.getByText('Tờ trình 12-TTr.pdf').closest('a')!;
    expect(link.getAttribute('href')).toBe('/files/U3RvcmVkRmlsZTox');
    expect(screen.getAllByText('Tờ trình đề nghị').length).toBeGreaterThan(1); // the checklist and the file's kind (and the chosen kind)
    expect(screen.getByTestId('attachment-kind')).toBeTruthy();
    expect(screen.getByTestId('upload-file')).toBeTruthy();
    expect(screen.getByTestId(`delete-file-${dossier.attachments[0]!.id}`)).toBeTruthy();
  });

  it('keeps download links but no upload, kind or delete once the dossier is sent', async () => {
    renderWithProviders(<DossierAttachments dossier={ref} editable={false} />);
    await screen.findByTestId('dossier-checklist');
    expect(screen.getByText('Tờ trình 12-TTr.pdf').closest('a')!.getAttribute('href')).toBe('/files/U3RvcmVkRmlsZTox');
    expect(screen.queryByTestId('upload-file')).toBeNull();
    expect(screen.queryByTestId('attachment-kind')).toBeNull();
    expect(screen.queryByTestId(`delete-file-${dossier.attachments[0]!.id}`)).toBeNull();
  });
});
