import { useRef } from 'react';
import { DatePicker, Input, type DatePickerProps } from 'antd';
import type { Dayjs } from 'dayjs';
import { DATE_FORMATS, parseTypedDate, TypedDate } from '../lib/typedDate';

export { TypedDate, parseTypedDate, validDate } from '../lib/typedDate';

type Props = Omit<DatePickerProps, 'value' | 'onChange' | 'format'> & {
  value?: Dayjs | TypedDate | null;
  onChange?: (value: Dayjs | TypedDate | null) => void;
  'data-testid'?: string;
};

/**
 * The date field of every form (antd DatePicker, dd/mm/yyyy). Text that is not a real date is
 * kept, not erased: on leaving the field it stays as typed, marked, and the form's `validDate`
 * rule says why; a real date typed over it becomes the value again.
 */
export function DateInput({ value, onChange, ...props }: Props) {
  const typed = useRef<string | null>(null);
  if (value instanceof TypedDate) {
    const settle = (text: string) => {
      const day = text.trim() ? parseTypedDate(text) : null;
      if (day || !text.trim()) onChange?.(day);
    };
    return (
      <Input
        id={props.id}
        value={value.text}
        status="error"
        style={props.style}
        placeholder={typeof props.placeholder === 'string' ? props.placeholder : 'dd/mm/yyyy'}
        data-testid={props['data-testid']}
        onChange={(event) => onChange?.(new TypedDate(event.target.value))}
        onBlur={(event) => settle(event.target.value)}
        onPressEnter={(event) => settle(event.currentTarget.value)}
      />
    );
  }
  return (
    <span
      style={{ display: 'contents' }}
      onInput={(event) => {
        typed.current = (event.target as HTMLInputElement).value;
      }}
      onBlur={() => {
        const text = typed.current?.trim();
        typed.current = null;
        // The picker forgets text it cannot read; keep it instead, unless it was a date after all.
        if (text && !parseTypedDate(text)) onChange?.(new TypedDate(text));
      }}
    >
      <DatePicker
        {...props}
        value={value ?? null}
        format={DATE_FORMATS}
        onChange={(day) => {
          typed.current = null;
          onChange?.(Array.isArray(day) ? null : (day ?? null));
        }}
      />
    </span>
  );
}
