import { describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Button, Form } from 'antd';
import type { Dayjs } from 'dayjs';
import { DateInput, parseTypedDate, TypedDate, validDate } from './DateInput';

/** A form with one date field, as the app's forms have them. */
function DateForm({ onFinish }: { onFinish: (values: { day?: Dayjs | null }) => void }) {
  return (
    <Form onFinish={onFinish}>
      <Form.Item name="day" label="Ngày ký" rules={[validDate('vi')]}>
        <DateInput data-testid="day" />
      </Form.Item>
      <Button htmlType="submit">Lưu</Button>
    </Form>
  );
}

const input = () => screen.getByTestId('day').closest('input') ?? (screen.getByTestId('day') as HTMLInputElement);

async function typeAndLeave(text: string) {
  const field = input();
  await act(async () => {
    fireEvent.focus(field);
    fireEvent.mouseDown(field);
    fireEvent.input(field, { target: { value: text } });
    fireEvent.change(field, { target: { value: text } });
  });
  await act(async () => {
    fireEvent.blur(field);
  });
}

describe('DateInput', () => {
  it('reads only real dates, in dd/mm/yyyy, d/m/yyyy or yyyy-mm-dd', () => {
    expect(parseTypedDate('29/02/2024')?.format('YYYY-MM-DD')).toBe('2024-02-29');
    expect(parseTypedDate('5/3/2024')?.format('YYYY-MM-DD')).toBe('2024-03-05');
    expect(parseTypedDate('2024-03-05')?.format('YYYY-MM-DD')).toBe('2024-03-05');
    for (const text of ['31/02/2024', '29/02/2023', '2024-13-01', '32/01/2024', 'hôm qua']) expect(parseTypedDate(text)).toBeNull();
  });

  it.each(['31/02/2024', '2024-13-01'])('keeps an impossible date (%s) as typed and says why, in Vietnamese', async (text) => {
    const submitted: unknown[] = [];
    render(<DateForm onFinish={(values) => submitted.push(values)} />);
    await typeAndLeave(text);
    await waitFor(() => expect(screen.getByText(`Ngày không hợp lệ: "${text}". Nhập ngày/tháng/năm có thật, ví dụ 31/12/2024.`)).toBeTruthy());
    expect(input().value).toBe(text);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Lưu/ }));
    });
    expect(submitted).toEqual([]);
  });

  it('a real date typed over the kept text becomes the value again', async () => {
    const submitted: { day?: Dayjs | null }[] = [];
    render(<DateForm onFinish={(values) => submitted.push(values)} />);
    await typeAndLeave('31/02/2024');
    await waitFor(() => expect(input().value).toBe('31/02/2024'));
    await typeAndLeave('29/02/2024');
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: /Lưu/ }));
    });
    await waitFor(() => expect(submitted).toHaveLength(1));
    expect(submitted[0]!.day).not.toBeInstanceOf(TypedDate);
    expect(submitted[0]!.day?.format('YYYY-MM-DD')).toBe('2024-02-29');
  });
});
