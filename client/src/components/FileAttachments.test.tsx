import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { renderWithProviders } from '../test/renderWithProviders';
import { FileAttachments } from './FileAttachments';

const file = {
  __typename: 'StoredFile' as const,
  id: 'U3RvcmVkRmlsZTox',
  version: 1,
  purpose: 'EVIDENCE',
  name: 'Biên bản họp khối.pdf',
  size: 2048,
  contentType: 'application/pdf',
  uploadedBy: 'Nguyễn Văn An',
  uploadedAt: '2025-03-01T08:00:00.000Z',
  url: '/files/U3RvcmVkRmlsZTox',
};

function pick(name: string, bytes: number) {
  const input = document.querySelector('input[type=file]') as HTMLInputElement;
  fireEvent.change(input, { target: { files: [new File([new Uint8Array(bytes)], name, { type: 'application/octet-stream' })] } });
}

afterEach(() => vi.unstubAllGlobals());

describe('file attachments', () => {
  it('lists files as download links, with no upload or delete for a reader', () => {
    renderWithProviders(<FileAttachments ownerId="A" purpose="EVIDENCE" files={[file as never]} canEdit={false} />);
    const link = screen.getByText('Biên bản họp khối.pdf').closest('a')!;
    expect(link.getAttribute('href')).toBe('/files/U3RvcmVkRmlsZTox');
    expect(link.hasAttribute('download')).toBe(true);
    expect(screen.getByText(/2 KB · Nguyễn Văn An/)).toBeTruthy();
    expect(screen.queryByTestId('upload-file')).toBeNull();
    expect(screen.queryByTestId(`delete-file-${file.id}`)).toBeNull();
  });

  it('refuses a file too large or of a refused kind before sending, in Vietnamese', async () => {
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    renderWithProviders(<FileAttachments ownerId="A" purpose="EVIDENCE" files={[]} canEdit maxBytes={1000} />);
    pick('lớn.pdf', 5000);
    expect(await screen.findByText(/Tệp quá lớn/)).toBeTruthy();
    pick('trang.html', 10);
    expect(await screen.findByText(/Loại tệp không được phép/)).toBeTruthy();
    expect(fetch).not.toHaveBeenCalled();
  });

  it('sends the file with the owner and purpose, and shows the server refusal', async () => {
    const fetch = vi.fn(
      async () => new Response(JSON.stringify({ code: 'FILE_TYPE_NOT_ALLOWED', message: 'Loại tệp không được phép: chỉ nhận PDF.' }), { status: 415 }),
    );
    vi.stubGlobal('fetch', fetch);
    const onChange = vi.fn();
    renderWithProviders(<FileAttachments ownerId="Q292ZW5hbnRBc3Nlc3NtZW50OjE" purpose="EVIDENCE" files={[]} canEdit onChange={onChange} />);
    pick('giả.pdf', 10);
    expect(await screen.findByText('Loại tệp không được phép: chỉ nhận PDF.')).toBeTruthy();
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/files');
    const form = init.body as FormData;
    expect(form.get('owner')).toBe('Q292ZW5hbnRBc3Nlc3NtZW50OjE');
    expect(form.get('purpose')).toBe('EVIDENCE');
    expect((form.get('file') as File).name).toBe('giả.pdf');
    expect((init.headers as Record<string, string>)['x-requested-with']).toBe('XMLHttpRequest');
    expect(onChange).not.toHaveBeenCalled();

    fetch.mockImplementationOnce(
      async () => new Response(JSON.stringify({ id: 'X', name: 'thật.pdf', size: 10, contentType: 'application/pdf', url: '/files/X' }), { status: 201 }),
    );
    pick('thật.pdf', 10);
    await waitFor(() => expect(onChange).toHaveBeenCalledTimes(1));
  });
});
