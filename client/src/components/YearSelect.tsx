import { Select, type SelectProps } from 'antd';
import { LIMITS } from '@thidua/shared';

interface Props extends Omit<SelectProps<number>, 'options'> {
  /** Earliest year offered; default LIMITS.yearMin. */
  min?: number;
  /** Latest year offered; default next year. */
  max?: number;
}

/** A year chooser (newest first); typing "2022" finds the year. */
export function YearSelect({ min = LIMITS.yearMin, max = new Date().getFullYear() + 1, ...props }: Props) {
  const years = Array.from({ length: Math.max(0, max - min + 1) }, (_, i) => max - i);
  return <Select<number> showSearch allowClear {...props} options={years.map((year) => ({ value: year, label: String(year) }))} />;
}
